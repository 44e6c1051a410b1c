/**
 * One measured CLI run in a fresh process, so maxRSS belongs to this run alone.
 * Usage: node --import tsx bench/child.ts parse|cli|idle <path>
 * Prints one JSON line to stdout: {ms, maxRSS (KB), code, outBytes}; the CLI's own output is discarded.
 */
import { Writable } from 'stream';
import { readWorkbook } from '../cli/read';
import { run } from '../cli/main';
import { AS_OF } from './generate';

/** Counts what it is given and keeps none of it. */
function sink(): Writable & { bytes: number } {
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      out.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  out.bytes = 0;
  return out;
}

async function main() {
  const [mode, input] = process.argv.slice(2);
  const stdout = sink();
  const stderr = sink();
  let code = 0;
  const start = performance.now();
  if (mode === 'parse') await readWorkbook(input);
  else if (mode === 'cli') {
    code = await run([input, '--format', 'json', '--as-of', AS_OF], {
      stdout,
      stderr,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
  } else if (mode !== 'idle') throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - start;
  const maxRSS = process.resourceUsage().maxRSS;
  process.stdout.write(`\n${JSON.stringify({ ms, maxRSS, code, outBytes: stdout.bytes })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 3;
});
