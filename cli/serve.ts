/**
 * `npm start`: serves the playground (dist/playground, built by webpack) at http://localhost:3000
 * (PORT overrides), with two endpoints the page reads workbooks through, using the command line's
 * own reader: GET api/example (the example workbook) and POST api/read?name=<file> (a file the
 * person opened or dropped). Only files of the built page are served; nothing is written anywhere
 * but a temporary copy of an upload, removed at once.
 */
import { promises as fs } from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { InputError, readWorkbook } from './read';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Uploads larger than this are refused: the playground is for trying Pipelint, not for big files. */
const MAX_UPLOAD = 50 * 1024 * 1024;

export interface PlaygroundOptions {
  /** The built page: index.html and its script. */
  pageDir: string;
  /** The workbook the page opens on. */
  example: string;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD) throw new InputError(`the file is larger than ${MAX_UPLOAD / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads an upload through a temporary file, so it meets exactly the checks a file on disk does. */
async function readUpload(name: string, bytes: Buffer) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipelint-playground-'));
  try {
    const file = path.join(dir, path.basename(name) || 'upload');
    await fs.writeFile(file, bytes);
    const { workbook } = await readWorkbook(file);
    return { name: path.basename(name), workbook };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function serveFile(res: http.ServerResponse, pageDir: string, urlPath: string) {
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
  const file = path.resolve(pageDir, relative);
  // Only the page's own files: nothing outside its folder, whatever the URL says.
  if (!file.startsWith(path.resolve(pageDir) + path.sep)) return send(res, 404, 'text/plain', 'Not found');
  try {
    send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', await fs.readFile(file));
  } catch {
    send(res, 404, 'text/plain', 'Not found');
  }
}

export function playgroundServer({ pageDir, example }: PlaygroundOptions): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/api/example' && req.method === 'GET') {
        const { workbook } = await readWorkbook(example);
        return json(res, 200, { name: path.basename(example), workbook });
      }
      if (url.pathname === '/api/read' && req.method === 'POST') {
        const name = url.searchParams.get('name') ?? 'upload';
        return json(res, 200, await readUpload(name, await readBody(req)));
      }
      if (req.method === 'GET') return serveFile(res, pageDir, url.pathname);
      return send(res, 405, 'text/plain', 'Method not allowed');
    };
    handle().catch((e: unknown) => {
      // A file Pipelint cannot read is the person's to fix: say why, as the command line does.
      if (e instanceof InputError)
        return json(res, 400, { error: e.message.replace(/^.*pipelint-playground-[^/\\]+[/\\]/, '') });
      json(res, 500, { error: `The playground failed: ${(e as Error).message}` });
    });
  });
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const port = Number(process.env.PORT ?? 3000);
  playgroundServer({
    pageDir: path.join(root, 'dist', 'playground'),
    example: path.join(root, 'examples', 'pipeline.xlsx'),
  }).listen(port, () => console.log(`Pipelint playground: http://localhost:${port}`));
}
