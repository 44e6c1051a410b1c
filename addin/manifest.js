// @ts-check
/**
 * The add-in's manifest for where it is hosted. The manifest in the repository points at the dev
 * server (https://localhost:3000); a production build (`npm run build -- --env baseUrl=...`) writes
 * one whose every URL is under the base URL instead. Plain CommonJS: webpack.config.js loads it,
 * and the tests call it directly.
 */

const { URL } = require('url');

/** Where the manifest in the repository points: the dev server `npm run start:excel` runs. */
const DEV_BASE = 'https://localhost:3000';

/**
 * The base URL the add-in's files are served under, checked: https (Office loads nothing else),
 * no query or fragment, no trailing slash.
 * @param {string} baseUrl
 * @returns {URL}
 */
function checkedBase(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`baseUrl "${baseUrl}" is not a URL; give the https address dist/addin is served from`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`baseUrl must be https (Office loads add-ins only over https): ${baseUrl}`);
  if (url.search || url.hash) throw new Error(`baseUrl must have no query or fragment: ${baseUrl}`);
  return url;
}

/**
 * The manifest with the dev server's URLs moved under `baseUrl`. AppDomain takes the base's origin
 * (a domain, not a path); `supportUrl`, when given, replaces SupportUrl and the Get Started page's
 * "learn more" link (Pipelint's support page, served with the add-in, is the default).
 * @param {string} xml the manifest in the repository
 * @param {{ baseUrl: string, supportUrl?: string }} options
 * @returns {string}
 */
function manifestFor(xml, { baseUrl, supportUrl }) {
  const base = checkedBase(baseUrl);
  const root = base.href.replace(/\/+$/, '');
  let out = xml.replace(
    new RegExp(`<AppDomain>${DEV_BASE}</AppDomain>`, 'g'),
    () => `<AppDomain>${base.origin}</AppDomain>`,
  );
  if (supportUrl) {
    if (!/^https:\/\//.test(supportUrl)) throw new Error(`supportUrl must be https: ${supportUrl}`);
    out = out
      .replace(/(<SupportUrl DefaultValue=")[^"]*(")/, (_, a, b) => `${a}${supportUrl}${b}`)
      .replace(
        /(<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue=")[^"]*(")/,
        (_, a, b) => `${a}${supportUrl}${b}`,
      );
  }
  out = out.split(DEV_BASE).join(root);
  if (/https?:\/\/localhost/i.test(out)) throw new Error('The production manifest still names localhost');
  return out;
}

/**
 * Where support is: the README's Support section in the repository package.json names, if it
 * names one; else undefined, and the manifest keeps the support page served with the add-in.
 * @param {{ repository?: string | { url?: string } }} pkg
 * @returns {string | undefined}
 */
function supportUrlOf(pkg) {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const web = repository
    ?.replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
  if (web && /^https:\/\//.test(web)) return `${web}#support`;
  return undefined;
}

module.exports = { DEV_BASE, manifestFor, supportUrlOf };
