/**
 * `npm run bench [-- --sizes 10000,100000] [-- --no-cli]`
 * Times the core on snapshots already in memory, then the CLI end to end on CSV and .xlsx files,
 * each CLI run in a fresh process. Data is seeded, so every run lints the same rows.
 */
import { spawnSync } from 'child_process';
import os from 'os';
import path from 'path';
import v8 from 'v8';
import vm from 'vm';
import { lint, loadConfig, type WorkbookSnapshot } from '../shared';
import { AS_OF, SEED, generateWorkbook, writeCsvFolder, writeXlsx } from './generate';
import { benchFunctions } from './functions';
import { benchGoals } from './goals';

// Forced GCs let the heap figures count live data only, not whatever garbage came before.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const DATA = path.join(__dirname, '.data');
const XLSX_MAX_ROWS = 100_000;
const WARMUP_PASSES = 5;
const GOALS = { ms100k: 500, ms1m: 5000, cliRatio: 2 };

const MB = (bytes: number) => bytes / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runsFor = (rows: number) => (rows > 100_000 ? 1 : 3);
const heapUsed = () => process.memoryUsage().heapUsed;
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

function parseArgs(argv: string[]) {
  const at = argv.indexOf('--sizes');
  const list = at >= 0 ? (argv[at + 1] ?? '') : '10k,100k,1m';
  const sizes = list.split(',').map((s) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
    if (!m) throw new Error(`--sizes: "${s}" is not a row count (e.g. 10000, 100k, 1m)`);
    return Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase() as '' | 'k' | 'm']);
  });
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), cli: !argv.includes('--no-cli') };
}

/** Right-aligned columns under a header; first column left-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const rowsLabel = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface CoreResult {
  rows: number;
  ms: number;
  diagnostics: number;
  heapGrowthMB: number;
  keptMB: number;
  rssBeforeMB: number;
  rssAfterMB: number;
}

const config = (() => {
  const loaded = loadConfig({ asOf: AS_OF });
  if (!loaded.ok) throw new Error(`bench config: ${JSON.stringify(loaded.problems)}`);
  return loaded.config;
})();

function benchCore(rows: number, workbook: WorkbookSnapshot): CoreResult {
  const times: number[] = [];
  let result: ReturnType<typeof lint> | undefined;
  // Only the first run starts from a forced GC: one before every run shrinks the young generation
  // and made 10k lints 3-5x slower than back-to-back ones, which is not how a host runs.
  const rssBeforeMB = maxRssMB();
  gc();
  const heapBefore = heapUsed();
  let heapGrowthMB = 0;
  for (let i = 0; i < runsFor(rows); i++) {
    result = undefined;
    const start = performance.now();
    result = lint(workbook, config);
    times.push(performance.now() - start);
    // Sync work cannot be sampled from a timer: heap after vs before is a lower bound of the peak
    // (GC may have run inside lint).
    if (i === 0) heapGrowthMB = MB(heapUsed() - heapBefore);
  }
  gc();
  const keptMB = MB(heapUsed() - heapBefore);
  return {
    rows,
    ms: median(times),
    diagnostics: result!.diagnostics.length,
    heapGrowthMB,
    keptMB,
    rssBeforeMB,
    rssAfterMB: maxRssMB(),
  };
}

interface ChildResult {
  ms: number;
  maxRSS: number; // KB
  code: number;
  outBytes: number;
}

/** One CLI measurement in a fresh Node process, with the CLI's output discarded there. */
function child(mode: 'parse' | 'cli' | 'idle', input: string): ChildResult {
  const out = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'child.ts'), mode, input],
    {
      cwd: path.join(__dirname, '..'),
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = out.stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (out.status !== 0 || !line)
    throw new Error(`bench/child.ts ${mode} ${input} failed (exit ${out.status}):\n${out.stderr}`);
  return JSON.parse(line) as ChildResult;
}

function benchChild(mode: 'parse' | 'cli', input: string, runs: number) {
  const results = Array.from({ length: runs }, () => child(mode, input));
  return {
    ms: median(results.map((r) => r.ms)),
    rssMB: median(results.map((r) => r.maxRSS)) / 1024,
    last: results[runs - 1],
  };
}

async function main() {
  const { sizes, cli } = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`Pipelint benchmark: seed ${SEED}, as of ${AS_OF}, sizes ${sizes.map(rowsLabel).join(', ')}`);
  console.log(
    `Node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? 'CPU'}, load average ${os.loadavg()[0].toFixed(2)} (figures are wall-clock; other work on the machine skews them)`,
  );

  // Warm the JIT on a small workbook first, so the 10k figure is not mostly compilation: one
  // pass leaves 10k at 2-3x its steady time, a few passes settle it.
  const warmup = generateWorkbook(10_000, SEED + 1);
  for (let i = 0; i < WARMUP_PASSES; i++) lint(warmup, config);

  console.log('\nData (bench/.data/)');
  const core: CoreResult[] = [];
  const inputs: { label: string; rows: number; path: string }[] = [];
  for (const rows of sizes) {
    gc();
    const heapBefore = heapUsed();
    let start = performance.now();
    let workbook: WorkbookSnapshot | undefined = generateWorkbook(rows);
    const genMs = performance.now() - start;
    gc();
    const snapshotMB = MB(heapUsed() - heapBefore);
    start = performance.now();
    const csv = path.join(DATA, `pipeline-${rows}`);
    writeCsvFolder(workbook, csv);
    inputs.push({ label: `csv  ${rowsLabel(rows)}`, rows, path: csv });
    if (rows <= XLSX_MAX_ROWS) {
      const xlsx = path.join(DATA, `pipeline-${rows}.xlsx`);
      await writeXlsx(workbook, xlsx);
      inputs.push({ label: `xlsx ${rowsLabel(rows)}`, rows, path: xlsx });
    }
    const writeMs = performance.now() - start;
    console.log(
      `  ${rowsLabel(rows).padEnd(5)} generated in ${int(genMs)} ms (snapshot ~${int(snapshotMB)} MB of heap); files written in ${int(writeMs)} ms`,
    );
    core.push(benchCore(rows, workbook));
    workbook = undefined;
  }

  console.log(
    `\nCore: lint(snapshot, config) on values already in memory (median of 3 runs up to 100k rows, 1 run above)`,
  );
  console.log(
    table(
      ['rows', 'ms', 'rows/s', 'µs/row', 'diagnostics', 'heap +MB', 'kept MB', 'maxRSS MB'],
      core.map((c) => [
        rowsLabel(c.rows),
        fixed(c.ms),
        int((c.rows / c.ms) * 1000),
        fixed((c.ms * 1000) / c.rows, 2),
        int(c.diagnostics),
        int(c.heapGrowthMB),
        int(c.keptMB),
        `${int(c.rssBeforeMB)} -> ${int(c.rssAfterMB)}`,
      ]),
    ),
  );
  console.log(
    "  heap +MB: heapUsed right after the first lint minus before it, from a GC'd heap; a lower bound of the\n" +
      '  peak, as GC can run inside lint. kept MB: what the last result holds after a full GC. maxRSS: this\n' +
      "  process's peak before and after the runs; it includes the snapshot and all earlier sizes.",
  );
  const at = (rows: number) => core.find((c) => c.rows === rows);
  const [k100, m1] = [at(100_000), at(1_000_000)];
  console.log('\nGoals');
  console.log(
    `  100k rows < ${GOALS.ms100k} ms: ${k100 ? `${verdict(k100.ms < GOALS.ms100k)} (${fixed(k100.ms)} ms)` : 'not measured'}`,
  );
  console.log(
    `  1M rows < ${GOALS.ms1m / 1000} s:     ${m1 ? `${verdict(m1.ms < GOALS.ms1m)} (${fixed(m1.ms / 1000, 2)} s)` : 'not measured'}`,
  );
  if (k100 && m1) {
    console.log(
      `  linearity: time per row at 1M / at 100k = ${fixed(m1.ms / m1.rows / (k100.ms / k100.rows), 2)} (1.00 is linear)`,
    );
  }

  benchFunctions();
  benchGoals();
  if (!cli) return;
  const idle = child('idle', '');
  console.log(
    `\nCLI end to end: fresh process per run (median of 3 up to 100k rows, 1 above); "--format json --as-of ${AS_OF}", output discarded`,
  );
  const rows: string[][] = [];
  for (const input of inputs) {
    const runs = runsFor(input.rows);
    const parse = benchChild('parse', input.path, runs);
    const full = benchChild('cli', input.path, runs);
    const ratio = full.ms / parse.ms;
    rows.push([
      input.label,
      fixed(parse.ms),
      int(parse.rssMB),
      fixed(full.ms),
      int(full.rssMB),
      `${int(full.last.outBytes / 1024)} KB`,
      String(full.last.code),
      fixed(ratio, 2),
      verdict(ratio <= GOALS.cliRatio),
    ]);
  }
  console.log(
    table(
      [
        'input',
        'parse ms',
        'parse maxRSS MB',
        'cli ms',
        'cli maxRSS MB',
        'report',
        'exit',
        'cli/parse',
        `<= ${GOALS.cliRatio}`,
      ],
      rows,
    ),
  );
  console.log(
    `  parse: readWorkbook() alone. cli: run() from arguments to written report (read, lint, format).\n` +
      `  maxRSS is the child's peak; Node + tsx + the CLI modules alone take ${int(idle.maxRSS / 1024)} MB. exit 1 = errors found.`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
