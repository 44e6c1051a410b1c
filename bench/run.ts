/**
 * `npm run bench [-- --sizes 10k,100k,1m] [-- --json] [-- --no-cli] [-- --no-hyperformula]`
 * Times the core on snapshots already in memory (each size in a fresh process, for its peak RSS),
 * the CLI end to end on CSV and .xlsx files against a plain parse of the same file, the same checks
 * as spreadsheet formulas in HyperFormula against Pipelint, and what one lint of the 100k workbook
 * costs the Excel and Google Sheets hosts in round trips and bytes. Data is seeded, so every run
 * lints the same rows.
 *
 * With --json, stdout carries exactly one JSON object (see `BenchJson`) and the human-readable
 * report goes to stderr instead, so `npm run -s bench -- --json > figures.json` keeps both.
 */
import { spawn, spawnSync } from 'child_process';
import os from 'os';
import path from 'path';
import v8 from 'v8';
import vm from 'vm';
import { lint, loadConfig, type WorkbookSnapshot } from '../shared';
import { AS_OF, SEED, generateWorkbook, writeCsvFolder, writeXlsx } from './generate';
import { benchFunctions } from './functions';
import { benchGoals } from './goals';
import { benchHosts, type HostFigures } from './hosts';
import {
  HYPERFORMULA_START,
  compareFigures,
  definitions,
  pipelintFigures,
  type HyperFormulaRun,
  type OwnerFigures,
} from './hyperformula';

// Forced GCs let the heap figures count live data only, not whatever garbage came before.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const DATA = path.join(__dirname, '.data');
const CHILD = path.join(__dirname, 'child.ts');
const ROOT = path.join(__dirname, '..');
const WARMUP_PASSES = 5;
/** The issue's goals. */
const GOALS = {
  rowsPerSecond1m: 1_000_000,
  rss1mMB: 600,
  cliRatio: 2,
  xlsxRatio: 1.3,
  xlsxRssMB: 1536,
  hyperformulaRatio: 20,
};
/** The workbook the host figures are for: the 100k bench workbook, whatever --sizes says. */
const HOST_ROWS = 100_000;
/**
 * HyperFormula's heap, in its own process: 8 GB, a third of this machine's memory and twice what a
 * browser tab (where HyperFormula usually runs) gets. Past it, the workbook does not fit.
 */
const HYPERFORMULA_HEAP_MB = 8192;
/**
 * How long HyperFormula may take (build, evaluation and one recalculation), from the moment it
 * starts. Up to 100k rows it is given 15 minutes, to get a figure where one can be had (100k took
 * about 4 minutes here); above, about 3 minutes, past which it is no tool a person would wait for.
 */
const hyperformulaLimitMs = (rows: number) => (rows > 100_000 ? 180_000 : 900_000);

const MB = (bytes: number) => bytes / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runsFor = (rows: number) => (rows > 100_000 ? 1 : 3);
const heapUsed = () => process.memoryUsage().heapUsed;

function parseArgs(argv: string[]) {
  const at = argv.indexOf('--sizes');
  const list = at >= 0 ? (argv[at + 1] ?? '') : '10k,100k,1m';
  const sizes = list.split(',').map((s) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
    if (!m) throw new Error(`--sizes: "${s}" is not a row count (e.g. 10000, 100k, 1m)`);
    return Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2].toLowerCase() as '' | 'k' | 'm']);
  });
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    cli: !argv.includes('--no-cli'),
    hyperformula: !argv.includes('--no-hyperformula'),
    json: argv.includes('--json'),
  };
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
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What --json prints. The five top-level keys and their entries' fields are the issue's interface. */
interface BenchJson {
  machine: {
    node: string;
    cpuModel: string;
    cpuCount: number;
    totalMemoryMb: number;
    os: string;
    /** 1, 5 and 15 minute load averages when the run started: the machine is shared. */
    loadAverage: number[];
  };
  core: { rows: number; ms: number; rowsPerSecond: number; peakRssMb: number }[];
  cli: { input: 'csv' | 'xlsx'; rows: number; parseMs: number; cliMs: number; ratio: number }[];
  hyperformula: {
    rows: number;
    pipelintMs: number;
    /** null when HyperFormula did not fit (then `didNotFit` says why). */
    hyperformulaMs: number | null;
    /** hyperformulaMs / pipelintMs: how many times faster Pipelint is. */
    ratio: number | null;
    countsAgree: boolean | null;
    /** When the figures disagree: the first owner and figure that differ. */
    firstDifference?: string;
    didNotFit?: string;
  }[];
  hosts: HostFigures | null;
}

interface ChildResult {
  ms: number;
  maxRSS: number; // KB
}

interface CoreChild extends ChildResult {
  runs: number;
  diagnostics: number;
  snapshotMB: number;
  heapGrowthMB: number;
  keptMB: number;
  snapshotRssKB: number;
}

interface CliChild extends ChildResult {
  code: number;
  outBytes: number;
}

type HyperFormulaChild = ChildResult & HyperFormulaRun & { prepMs: number };

const lastJsonLine = (stdout: string) =>
  stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));

/** One measurement in a fresh Node process (bench/child.ts). */
function child<T extends ChildResult>(mode: string, arg: string): T {
  const out = spawnSync(process.execPath, ['--import', 'tsx', CHILD, mode, arg], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = lastJsonLine(out.stdout);
  if (out.status !== 0 || !line)
    throw new Error(`bench/child.ts ${mode} ${arg} failed (exit ${out.status}):\n${out.stderr}`);
  return JSON.parse(line) as T;
}

function benchChild(mode: 'xlsx-parse' | 'papaparse' | 'cli', input: string, runs: number) {
  const results = Array.from({ length: runs }, () => child<CliChild>(mode, input));
  return {
    ms: median(results.map((r) => r.ms)),
    rssMB: median(results.map((r) => r.maxRSS)) / 1024,
    last: results[runs - 1],
  };
}

/**
 * HyperFormula in its own process with a capped heap, so that running out of memory ends that
 * process and not the bench, and killed when it passes its time limit. Resolves to its result or
 * to why it did not fit.
 */
function hyperformulaChild(rows: number): Promise<HyperFormulaChild | { didNotFit: string }> {
  const limitMs = hyperformulaLimitMs(rows);
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HYPERFORMULA_HEAP_MB}`,
        '--import',
        'tsx',
        CHILD,
        'hyperformula',
        String(rows),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20_000);
      if (!timer && stderr.includes(HYPERFORMULA_START))
        timer = setTimeout(() => {
          timedOut = true;
          proc.kill('SIGKILL');
        }, limitMs);
    });
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = lastJsonLine(stdout);
      if (code === 0 && line) return resolve(JSON.parse(line) as HyperFormulaChild);
      if (timedOut) return resolve({ didNotFit: `did not finish within ${limitMs / 1000} s` });
      if (/heap out of memory|Allocation failed/i.test(stderr))
        return resolve({ didNotFit: `ran out of memory (heap capped at ${HYPERFORMULA_HEAP_MB} MB)` });
      const last = stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ didNotFit: `failed (exit ${code ?? signal}): ${last}` });
    });
  });
}

const config = (() => {
  const loaded = loadConfig({ asOf: AS_OF });
  if (!loaded.ok) throw new Error(`bench config: ${JSON.stringify(loaded.problems)}`);
  return loaded.config;
})();

/** Pipelint's side of the HyperFormula comparison: lint, then the same figures from its result. */
function benchPipelintFigures(rows: number, workbook: WorkbookSnapshot) {
  const defs = definitions(config, workbook, rows);
  const times: number[] = [];
  let figures: OwnerFigures[] = [];
  for (let i = 0; i < runsFor(rows); i++) {
    const start = performance.now();
    figures = pipelintFigures(lint(workbook, config), defs);
    times.push(performance.now() - start);
  }
  return { rows, ms: median(times), figures };
}

function machine(): BenchJson['machine'] {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryMb: Math.round(MB(os.totalmem())),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { sizes } = args;
  // With --json, stdout is the JSON's alone: the report, and whatever the other benches print, go
  // to stderr.
  if (args.json) console.log = (...a: unknown[]) => console.error(...a);
  const json: BenchJson = { machine: machine(), core: [], cli: [], hyperformula: [], hosts: null };
  const m = json.machine;
  console.log(`Pipelint benchmark: seed ${SEED}, as of ${AS_OF}, sizes ${sizes.map(rowsLabel).join(', ')}`);
  console.log(
    `Node ${m.node}, ${m.cpuCount} x ${m.cpuModel}, ${int(m.totalMemoryMb / 1024)} GB, ${m.os}, load average ${m.loadAverage[0].toFixed(2)} (figures are wall-clock; other work on the machine skews them)`,
  );

  // Warm the JIT on a small workbook first, so the 10k figures are not mostly compilation: one
  // pass leaves 10k at 2-3x its steady time, a few passes settle it. (The core's own runs are in a
  // child, which warms itself; this is for Pipelint's side of the HyperFormula comparison.)
  const warmup = generateWorkbook(10_000, SEED + 1);
  for (let i = 0; i < WARMUP_PASSES; i++) lint(warmup, config);

  console.log('\nData (bench/.data/)');
  const core: (CoreChild & { rows: number })[] = [];
  const pipelintSide: ReturnType<typeof benchPipelintFigures>[] = [];
  const inputs: { label: string; input: 'csv' | 'xlsx'; rows: number; path: string }[] = [];
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
    inputs.push({ label: `csv  ${rowsLabel(rows)}`, input: 'csv', rows, path: csv });
    const xlsx = path.join(DATA, `pipeline-${rows}.xlsx`);
    await writeXlsx(workbook, xlsx);
    inputs.push({ label: `xlsx ${rowsLabel(rows)}`, input: 'xlsx', rows, path: xlsx });
    const writeMs = performance.now() - start;
    console.log(
      `  ${rowsLabel(rows).padEnd(5)} generated in ${int(genMs)} ms (snapshot ~${int(snapshotMB)} MB of heap); files written in ${int(writeMs)} ms`,
    );
    // The core in a process of its own: its maxRSS is then this size's peak, and nothing else's.
    core.push({ rows, ...child<CoreChild>('core', String(rows)) });
    if (args.hyperformula) pipelintSide.push(benchPipelintFigures(rows, workbook));
    workbook = undefined;
  }

  console.log(
    `\nCore: lint(snapshot, config) on values already in memory, each size in a fresh process (median of 3 runs up to 100k rows, 1 run above)`,
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
        `${int(c.snapshotRssKB / 1024)} -> ${int(c.maxRSS / 1024)}`,
      ]),
    ),
  );
  console.log(
    "  heap +MB: heapUsed right after the first lint minus before it, from a GC'd heap; a lower bound of the\n" +
      '  peak, as GC can run inside lint. kept MB: what the last result holds after a full GC. maxRSS: the\n' +
      "  process's peak once the snapshot is made -> after the lints (Node, tsx and the core's modules included):\n" +
      '  the second figure is peakRssMb in --json.',
  );
  for (const c of core) {
    json.core.push({
      rows: c.rows,
      ms: round(c.ms),
      rowsPerSecond: Math.round((c.rows / c.ms) * 1000),
      peakRssMb: Math.round(c.maxRSS / 1024),
    });
  }
  const [first, last] = [core[0], core[core.length - 1]];
  if (first && last && last.rows > first.rows) {
    console.log(
      `  linearity: time per row at ${rowsLabel(last.rows)} / at ${rowsLabel(first.rows)} = ${fixed(last.ms / last.rows / (first.ms / first.rows), 2)} (1.00 is linear)`,
    );
  }

  benchFunctions();
  benchGoals();
  if (args.cli) benchCli(inputs, json);
  if (args.hyperformula) await benchHyperFormula(pipelintSide, json);

  console.log(
    `\nHosts: one full read and lint of the ${rowsLabel(HOST_ROWS)}-row bench workbook (Office.js mock, Apps Script fake)`,
  );
  const hosts = await benchHosts(HOST_ROWS, generateWorkbook(HOST_ROWS), config);
  json.hosts = hosts;
  printHosts(hosts);
  printGoals(json);

  if (args.json) process.stdout.write(`${JSON.stringify(json)}\n`);
}

function benchCli(
  inputs: { label: string; input: 'csv' | 'xlsx'; rows: number; path: string }[],
  json: BenchJson,
) {
  const idle = child<CliChild>('idle', '');
  console.log(
    `\nCLI end to end: fresh process per run (median of 3 up to 100k rows, 1 above); "--format json --as-of ${AS_OF}", output discarded`,
  );
  const rows: string[][] = [];
  for (const input of inputs) {
    const runs = runsFor(input.rows);
    // Each format against a plain parse of the same file, the floor any linter of it stands on:
    // CSV against papaparse alone, .xlsx against ExcelJS's streaming reader alone.
    const csv = input.input === 'csv';
    const parse = benchChild(csv ? 'papaparse' : 'xlsx-parse', input.path, runs);
    const full = benchChild('cli', input.path, runs);
    const ratio = full.ms / parse.ms;
    const met = csv ? ratio <= GOALS.cliRatio : ratio <= GOALS.xlsxRatio && full.rssMB < GOALS.xlsxRssMB;
    json.cli.push({
      input: input.input,
      rows: input.rows,
      parseMs: round(parse.ms),
      cliMs: round(full.ms),
      ratio: round(ratio, 2),
    });
    rows.push([
      input.label,
      fixed(parse.ms),
      int(parse.rssMB),
      fixed(full.ms),
      int(full.rssMB),
      `${int(full.last.outBytes / 1024)} KB`,
      String(full.last.code),
      fixed(ratio, 2),
      verdict(met),
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
        `<= ${GOALS.cliRatio} (csv), ${GOALS.xlsxRatio} (xlsx)`,
      ],
      rows,
    ),
  );
  console.log(
    `  parse: for CSV, papaparse alone (read each file as UTF-8, Papa.parse with its defaults); for .xlsx,\n` +
      `  ExcelJS's streaming WorkbookReader touching every cell (bench/xlsxParse.ts). cli: run() from\n` +
      `  arguments to written report (read, lint, format); for .xlsx also under ${int(GOALS.xlsxRssMB)} MB of maxRSS.\n` +
      `  maxRSS is the child's peak; Node + tsx + the CLI modules alone take ${int(idle.maxRSS / 1024)} MB. exit 1 = errors found.`,
  );
}

async function benchHyperFormula(pipelintSide: ReturnType<typeof benchPipelintFigures>[], json: BenchJson) {
  console.log(
    `\nVersus formulas: the same checks as COUNTIFS/SUMIFS over helper columns, evaluated by HyperFormula\n` +
      `(bench/hyperformula.ts), each size in its own process (heap capped at ${int(HYPERFORMULA_HEAP_MB)} MB)`,
  );
  const rows: string[][] = [];
  for (const side of pipelintSide) {
    const hf = await hyperformulaChild(side.rows);
    if ('didNotFit' in hf) {
      console.log(`  ${rowsLabel(side.rows).padEnd(5)} HyperFormula ${hf.didNotFit}`);
      json.hyperformula.push({
        rows: side.rows,
        pipelintMs: round(side.ms),
        hyperformulaMs: null,
        ratio: null,
        countsAgree: null,
        didNotFit: hf.didNotFit,
      });
      rows.push([rowsLabel(side.rows), fixed(side.ms), 'did not fit', '-', '-', '-', '-', '-', '-', '-']);
      continue;
    }
    const difference = compareFigures(side.figures, hf.figures);
    const ratio = hf.buildMs / side.ms;
    console.log(
      `  ${rowsLabel(side.rows).padEnd(5)} ${int(hf.formulas)} formulas; workbook prepared in ${int(hf.prepMs)} ms (not timed); figures ${difference === undefined ? 'agree' : `differ: ${difference}`}`,
    );
    json.hyperformula.push({
      rows: side.rows,
      pipelintMs: round(side.ms),
      hyperformulaMs: round(hf.buildMs),
      ratio: round(ratio),
      countsAgree: difference === undefined,
      ...(difference !== undefined && { firstDifference: difference }),
    });
    rows.push([
      rowsLabel(side.rows),
      fixed(side.ms),
      fixed(hf.buildMs),
      fixed(hf.evaluationMs),
      fixed(hf.recalcMs),
      int(hf.maxRSS / 1024),
      fixed(ratio),
      verdict(ratio >= GOALS.hyperformulaRatio),
      difference === undefined ? 'yes' : 'NO',
      countsOnly(side.figures, hf.figures),
    ]);
  }
  console.log(
    table(
      [
        'rows',
        'pipelint ms',
        'hyperformula ms',
        'of which eval',
        'recalc ms',
        'HF maxRSS MB',
        'ratio',
        `>= ${GOALS.hyperformulaRatio}x`,
        'counts agree',
        'counts only',
      ],
      rows,
    ),
  );
  console.log(
    '  pipelint ms: lint(snapshot, config) with every rule, then the per-owner figures from its diagnostics and\n' +
      '  model. hyperformula ms: buildFromSheets of the power user\'s workbook (parse, graph, full evaluation; "of\n' +
      '  which eval" by HyperFormula\'s statistics). recalc ms: one amount edited afterwards. ratio = hyperformula /\n' +
      '  pipelint. counts agree: stalled, close date past, missing close date, open pipeline and coverage, per owner\n' +
      '  and over all deals; counts only: the three counts alone, without the money figures.',
  );
}

/** Whether the three counts agree, leaving money out: tells a counting difference from an amount one. */
function countsOnly(a: OwnerFigures[], b: OwnerFigures[]): string {
  const strip = (f: OwnerFigures[]) => f.map((x) => ({ ...x, openPipeline: 0, coverage: 0 }));
  return compareFigures(strip(a), strip(b)) === undefined ? 'yes' : 'NO';
}

function printHosts(h: HostFigures) {
  const { excel, sheets } = h;
  console.log(
    `  Excel (createExcelHost over the Office.js mock): ${excel.syncs} context.sync calls in ${excel.runs} Excel.run,\n` +
      `    ${excel.cellResponses} responses carrying cells, ${fixed(excel.bytes / 1e6)} MB as JSON in all (largest ${fixed(excel.largestResponseBytes / 1e6, 2)} MB;\n` +
      `    Excel on the web refuses a response over 5 MB); read + lint ${int(excel.ms)} ms in Node, ${int(excel.diagnostics)} problems`,
  );
  console.log(
    `  Google Sheets, Lint now (lintNow over the Apps Script fake): ${int(sheets.serviceCalls)} service calls, of which\n` +
      `    ${int(sheets.roundTrips)} round trips (${sheets.getValuesCalls} getValues) and the rest in-script (Utilities.formatDate per distinct date,\n` +
      `    the rule builder); ${int(sheets.cellsMoved)} cells moved; modelled service time ${fixed(sheets.serviceMs / 1000)} s\n` +
      `    (${sheets.costModel.perCallMs} ms a round trip, ${sheets.costModel.perThousandCellsMs} ms per 1,000 cells: a model, not a measurement); ${int(sheets.problems)} problems`,
  );
  console.log(
    `  Google Sheets, the sidebar's read (pipelintReadWorkbook): ${int(sheets.sidebarReadCalls)} service calls, ${fixed(sheets.sidebarReadBytes / 1e6)} MB of JSON\n` +
      `    through google.script.run, modelled service time ${fixed(sheets.sidebarReadServiceMs / 1000)} s`,
  );
}

/** Every goal of the issue, with what this run measured of it. */
function printGoals(json: BenchJson) {
  const line = (goal: string, result: string) => console.log(`  ${goal.padEnd(44)} ${result}`);
  const core = (rows: number) => json.core.find((c) => c.rows === rows);
  console.log('\nGoals from the issue');
  const m1 = core(1_000_000);
  line(
    `core 1M >= ${int(GOALS.rowsPerSecond1m)} rows/s`,
    m1
      ? `${verdict(m1.rowsPerSecond >= GOALS.rowsPerSecond1m)} (${int(m1.rowsPerSecond)} rows/s)`
      : 'not measured',
  );
  line(
    `core 1M peak RSS <= ${GOALS.rss1mMB} MB`,
    m1 ? `${verdict(m1.peakRssMb <= GOALS.rss1mMB)} (${int(m1.peakRssMb)} MB)` : 'not measured',
  );
  for (const rows of [100_000, 1_000_000]) {
    const c = json.cli.find((x) => x.input === 'csv' && x.rows === rows);
    line(
      `CLI on CSV ${rowsLabel(rows)} <= ${GOALS.cliRatio}x papaparse`,
      c ? `${verdict(c.ratio <= GOALS.cliRatio)} (${fixed(c.ratio, 2)}x)` : 'not measured',
    );
  }
  const x1m = json.cli.find((x) => x.input === 'xlsx' && x.rows === 1_000_000);
  line(
    `CLI on .xlsx 1M <= ${GOALS.xlsxRatio}x streaming parse`,
    x1m ? `${verdict(x1m.ratio <= GOALS.xlsxRatio)} (${fixed(x1m.ratio, 2)}x)` : 'not measured',
  );
  for (const h of json.hyperformula) {
    const label = `${rowsLabel(h.rows)}: >= ${GOALS.hyperformulaRatio}x HyperFormula, counts agree`;
    if (h.ratio === null) line(label, `not measured: HyperFormula ${h.didNotFit}`);
    else
      line(
        label,
        `${verdict(h.ratio >= GOALS.hyperformulaRatio)} (${fixed(h.ratio)}x), ${h.countsAgree ? 'PASS (agree)' : `FAIL (${h.firstDifference})`}`,
      );
  }
  if (json.hyperformula.length === 0) line('>= 20x HyperFormula, counts agree', 'not measured');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
