import { execFileSync, spawnSync } from 'child_process';
import { rmSync } from 'fs';
import path from 'path';
import pkg from '../../package.json';

const ROOT = path.join(__dirname, '..', '..');

/** What `npx pipelint` runs once the package is installed: bin/pipelint.js over the compiled CLI. */
describe('the built pipelint command', () => {
  beforeAll(() => {
    // A clean build: a compiled file whose source was moved or deleted would otherwise still load.
    rmSync(path.join(ROOT, 'dist', 'node'), { recursive: true, force: true });
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
      cwd: ROOT,
    });
  }, 60_000);

  const pipelint = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pipelint.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('prints its version', () => {
    const run = pipelint('--version');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('lints the example workbook and exits 1 for its errors', () => {
    const run = pipelint('examples/pipeline.xlsx', '--config', 'examples/pipelint.json', '--format', 'json');
    expect(run.status).toBe(1);
    const entries = JSON.parse(run.stdout) as { ruleId: string }[];
    expect(entries.some((e) => e.ruleId === 'pipeline/stalled-deal')).toBe(true);
  });

  it('exits 2 with a one-line message for a missing file', () => {
    const run = pipelint('no-such-file.xlsx');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('pipelint: no such file or folder: no-such-file.xlsx\n');
  });
});
