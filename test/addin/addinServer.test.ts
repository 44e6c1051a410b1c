import { promises as fs } from 'fs';
import https from 'https';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { generateCertificates } from 'office-addin-dev-certs/lib/generate';
import { addinServer, fileFor } from '../../scripts/addinServer';
import { DEBUGGING, startOptions } from '../../scripts/start-excel';

function get(
  port: number,
  urlPath: string,
  ca: Buffer,
): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: 'localhost', port, path: urlPath, ca }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
      })
      .on('error', reject);
  });
}

describe('the add-in dev server', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipelint-addin-server-'));
    await fs.mkdir(path.join(dir, 'addin'));
    await fs.writeFile(path.join(dir, 'addin', 'taskpane.html'), '<!doctype html><title>Pipelint</title>');
    await fs.writeFile(path.join(dir, 'secret.txt'), 'not served');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    // A CA and a localhost certificate of its own, as office-addin-dev-certs makes them, in a temporary folder.
    await generateCertificates(
      path.join(dir, 'ca.crt'),
      path.join(dir, 'localhost.crt'),
      path.join(dir, 'localhost.key'),
      1,
    );
    log.mockRestore();
  }, 60_000);
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('serves the task pane over HTTPS with a certificate a client trusting the CA accepts, and nothing outside its folder', async () => {
    const [cert, key, ca] = await Promise.all(
      ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => fs.readFile(path.join(dir, f))),
    );
    const server = addinServer({ root: path.join(dir, 'addin'), cert, key });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const page = await get(port, '/taskpane.html', ca);
      expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(page.body).toContain('<title>Pipelint</title>');
      expect((await get(port, '/', ca)).status).toBe(200);
      expect((await get(port, '/missing.js', ca)).status).toBe(404);
      expect((await get(port, '/..%2Fsecret.txt', ca)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('maps URL paths to files inside its folder only', () => {
    expect(fileFor('/srv/addin', '/assets/icon-16.png')).toBe(path.resolve('/srv/addin/assets/icon-16.png'));
    expect(fileFor('/srv/addin', '/../secret')).toBeUndefined();
    expect(fileFor('/srv/addin', '/%2e%2e/secret')).toBeUndefined();
  });
});

describe('npm run start:excel', () => {
  it('takes --web and --no-build, and refuses anything else', () => {
    expect(startOptions([])).toEqual({ build: true, sideload: true });
    expect(startOptions(['--web', '--no-build'])).toEqual({ build: false, sideload: false });
    expect(() => startOptions(['--port=4000'])).toThrow(/Unknown argument --port=4000/);
  });

  it('fetches a pinned office-addin-debugging with npx, since it cannot be a dev dependency', () => {
    expect(DEBUGGING).toBe('office-addin-debugging@7.0.0');
  });
});
