/** The package's own package.json, found by walking up: it sits one level up from cli/ under tsx and three from dist/node/cli/ once built. */
import { existsSync, readFileSync } from 'fs';
import path from 'path';

export interface PackageInfo {
  version: string;
  /** Where to read about pipelint: homepage, else the npm page. */
  informationUri: string;
}

const NPM_PAGE = 'https://www.npmjs.com/package/pipelint';

let cached: PackageInfo | undefined;

export function packageInfo(from: string = __dirname): PackageInfo {
  if (cached) return cached;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name?: string;
        version?: string;
        homepage?: string;
      };
      if (pkg.name === 'pipelint') {
        cached = { version: pkg.version ?? '0.0.0', informationUri: pkg.homepage ?? NPM_PAGE };
        return cached;
      }
    }
    if (path.dirname(dir) === dir) return { version: '0.0.0', informationUri: NPM_PAGE };
  }
}
