/**
 * The add-in's dev server: the built files in dist/addin over HTTPS, as Office loads add-ins only
 * over HTTPS. A few lines of Node instead of webpack-dev-server, which the project does not need
 * otherwise. `npm run start:excel` runs it with the Office dev certificates.
 */
import { promises as fs } from 'fs';
import https from 'https';
import path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AddinServerOptions {
  /** The built add-in: dist/addin. */
  root: string;
  /** The certificate and key to serve with (PEM). */
  cert: string | Buffer;
  key: string | Buffer;
}

/** The file a URL path names under `root`, or undefined for one outside it. */
export function fileFor(root: string, urlPath: string): string | undefined {
  const relative = urlPath === '/' ? 'taskpane.html' : decodeURIComponent(urlPath.slice(1));
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : undefined;
}

export function addinServer({ root, cert, key }: AddinServerOptions): https.Server {
  return https.createServer({ cert, key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://localhost');
    const file = fileFor(root, url.pathname);
    const fail = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    };
    if (!file || req.method !== 'GET') return fail();
    fs.readFile(file).then((body) => {
      // Office caches add-in files hard; a dev server wants every reload to see the new build.
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    }, fail);
  });
}
