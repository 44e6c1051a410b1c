/** Shared by the CLI tests: in-memory streams for `run()` and throwaway folders. */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { Writable } from 'stream';
import { run, type CliIO } from '../../cli/main';

export class MemoryStream extends Writable {
  text = '';
  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a non-terminal process would: no colour, no progress bar. */
export async function runCli(
  argv: string[],
  tty: Partial<Pick<CliIO, 'stdoutIsTTY' | 'stderrIsTTY'>> = {},
): Promise<CliRun> {
  const stdout = new MemoryStream();
  const stderr = new MemoryStream();
  const code = await run(argv, {
    stdout,
    stderr,
    stdoutIsTTY: tty.stdoutIsTTY ?? false,
    stderrIsTTY: tty.stderrIsTTY ?? false,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function tempDir(): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pipelint-cli-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The maven-crm sample, a folder of CSVs, as the repository sees it. */
export const MAVEN = path.join(__dirname, '..', '..', '..', 'shared', 'datasets', 'maven-crm');
