/** Types of addin/manifest.js (plain CommonJS, for webpack.config.js), for the tests. */
export declare const DEV_BASE: string;
export declare function manifestFor(xml: string, options: { baseUrl: string; supportUrl?: string }): string;
export declare function supportUrlOf(pkg: { repository?: string | { url?: string } }): string | undefined;
