/**
 * `npm run start:excel`: Pipelint in Excel from this checkout, Microsoft's template way.
 *
 *   1. builds the add-in (dist/addin, development mode: quicker, readable);
 *   2. installs the Office dev certificates (`office-addin-dev-certs install`: a CA trusted for
 *      localhost, in ~/.office-addin-dev-certs; asks once for permission to trust it);
 *   3. serves dist/addin on https://localhost:3000, where manifest.xml points;
 *   4. sideloads manifest.xml in Excel on the desktop with office-addin-debugging, fetched on
 *      demand by npx: it cannot be a dev dependency, as it pulls a native module (keytar) that
 *      does not build on a machine with Node alone, which would break `npm ci`.
 *
 * `--web` skips step 4: upload manifest.xml in Excel on the web yourself (see the README).
 * `--no-build` serves what dist/addin holds. Ctrl+C stops the server and the sideload.
 */
import { spawn, type SpawnOptions } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { addinServer } from './addinServer';

/** The dev server's port: the one manifest.xml names. */
export const PORT = 3000;
/** The release this script was written against; npx fetches it once and caches it. */
export const DEBUGGING = 'office-addin-debugging@7.0.0';

export interface StartOptions {
  build: boolean;
  sideload: boolean;
}

/** The options from the command line; an unknown argument is an error, not ignored. */
export function startOptions(args: readonly string[]): StartOptions {
  const options: StartOptions = { build: true, sideload: true };
  for (const arg of args) {
    if (arg === '--web') options.sideload = false;
    else if (arg === '--no-build') options.build = false;
    else
      throw new Error(`Unknown argument ${arg}. Use --web (serve only, for Excel on the web) or --no-build.`);
  }
  return options;
}

const root = path.resolve(__dirname, '..');
const say = (text: string) => console.log(`\n> ${text}`);

function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
      ...options,
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function main() {
  const options = startOptions(process.argv.slice(2));
  const dist = path.join(root, 'dist', 'addin');
  if (options.build) {
    say('Building the add-in into dist/addin');
    await run('npx', ['webpack', '--config-name', 'addin', '--mode', 'development']);
  }
  say('Installing the Office dev certificates for https://localhost (asks once to trust them)');
  await run('npx', ['office-addin-dev-certs', 'install']);
  const certs = path.join(os.homedir(), '.office-addin-dev-certs');
  const [cert, key] = await Promise.all([
    fs.readFile(path.join(certs, 'localhost.crt')),
    fs.readFile(path.join(certs, 'localhost.key')),
  ]);
  const server = addinServer({ root: dist, cert, key });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(PORT, resolve));
  say(`Serving dist/addin on https://localhost:${PORT} (Ctrl+C stops)`);
  const stop = async () => {
    if (options.sideload)
      await run('npx', ['--yes', DEBUGGING, 'stop', 'manifest.xml']).catch(() => undefined);
    server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  if (options.sideload) {
    say(`Sideloading manifest.xml in Excel on the desktop (${DEBUGGING}, fetched by npx)`);
    await run('npx', [
      '--yes',
      DEBUGGING,
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--no-debug',
    ]).catch((error: Error) =>
      console.error(
        `Sideloading failed (${error.message}). The server is still running: upload manifest.xml by hand (see the README).`,
      ),
    );
  } else {
    say('Now in Excel on the web: Insert > Add-ins > Upload My Add-in, and pick manifest.xml');
  }
}

if (require.main === module)
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
