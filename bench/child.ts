/**
 * One measurement in a fresh process, so that maxRSS belongs to that measurement alone and a crash
 * (HyperFormula out of memory) cannot take the bench down with it.
 * Usage: node --import tsx bench/child.ts <mode> <arg>
 *   xlsx-parse <path>     ExcelJS's streaming reader over every cell, nothing else (the .xlsx baseline)
 *   papaparse <path>      read each CSV file and Papa.parse it, nothing else (the CSV baseline)
 *   cli <path>            run() end to end, "--format json", output discarded
 *   idle                  the CLI's modules loaded, nothing run
 *   core <rows>           generate the bench workbook, warm up, lint it
 *   hyperformula <rows>   the power user's formulas over the same workbook, in HyperFormula
 *   floor <rows>          what any lint of the workbook pays on this machine, whatever its design
 * Prints one JSON line to stdout, last: always {ms, maxRSS (KB)}, and what the mode measures besides.
 * Each mode imports only what it runs, so its maxRSS carries no other mode's modules.
 */
import fs from 'fs';
import path from 'path';
import v8 from 'v8';
import vm from 'vm';
import { Writable } from 'stream';
import type { CellLocation, Diagnostic, QuickFix } from '../shared';

/**
 * This process's peak resident memory in KB. On Linux, VmHWM from /proc/self/status: the peak of
 * this process's own address space, which starts afresh at exec. `resourceUsage().maxRSS` will not
 * do there: Linux carries it over from the parent at fork, so every child of a bench that already
 * holds a million-row workbook reported at least the bench's own 500 MB.
 */
function peakRssKB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // No /proc: not Linux, where maxRSS is this process's own.
  }
  return process.resourceUsage().maxRSS;
}

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MB = (bytes: number) => bytes / 1024 / 1024;

/** The CSV files of an input: the file itself, or a folder's, in the order the CLI reads them. */
function csvFiles(input: string): string[] {
  if (!fs.statSync(input).isDirectory()) return [input];
  return fs
    .readdirSync(input)
    .filter((f) => path.extname(f).toLowerCase() === '.csv')
    .sort()
    .map((f) => path.join(input, f));
}

async function papaparse(input: string) {
  const { default: Papa } = await import('papaparse');
  const start = performance.now();
  let rows = 0;
  // What anyone would write to parse a CSV with papaparse: read it as UTF-8, parse with the defaults.
  for (const file of csvFiles(input)) rows += Papa.parse<string[]>(fs.readFileSync(file, 'utf8')).data.length;
  return { ms: performance.now() - start, rows };
}

async function xlsxParse(input: string) {
  const { parseXlsxStreaming } = await import('./xlsxParse');
  const start = performance.now();
  const counts = await parseXlsxStreaming(input);
  return { ms: performance.now() - start, ...counts };
}

async function cli(mode: 'cli' | 'idle', input: string) {
  const [{ run }, { AS_OF }] = await Promise.all([import('../cli/main'), import('./generate')]);
  const stdout = sink();
  const stderr = sink();
  let code = 0;
  const start = performance.now();
  if (mode === 'cli') {
    code = await run([input, '--format', 'json', '--as-of', AS_OF], {
      stdout,
      stderr,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
  }
  return { ms: performance.now() - start, code, outBytes: stdout.bytes };
}

/** What the modes that lint a snapshot in memory need: a collector to call, the core, the bench's config. */
async function inMemory() {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const [{ lint, loadConfig }, { AS_OF, SEED, generateWorkbook }] = await Promise.all([
    import('../shared'),
    import('./generate'),
  ]);
  const loaded = loadConfig({ asOf: AS_OF });
  if (!loaded.ok) throw new Error(`bench config: ${JSON.stringify(loaded.problems)}`);
  return { gc, lint, config: loaded.config, SEED, generateWorkbook };
}

/** Passes on a 10k workbook before the measured ones: one pass leaves 10k at 2-3x its steady time. */
const WARMUP_PASSES = 5;

/**
 * The core on a snapshot in memory, alone in its process: the process's peak RSS is then what
 * holding that snapshot and linting it takes (Node and the core's modules included), which is
 * the figure a host lives with. The warm-up workbook is 10k rows and dropped before the measured
 * one is made, so it raises the peak of no size above 10k.
 */
async function core(rows: number) {
  const { gc, lint, config, SEED, generateWorkbook } = await inMemory();
  let warmup: ReturnType<typeof generateWorkbook> | undefined = generateWorkbook(10_000, SEED + 1);
  for (let i = 0; i < WARMUP_PASSES; i++) lint(warmup, config);
  warmup = undefined;
  gc();
  const heapEmpty = process.memoryUsage().heapUsed;
  const workbook = generateWorkbook(rows);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const snapshotRssKB = peakRssKB();
  const times: number[] = [];
  let result: ReturnType<typeof lint> | undefined;
  let heapGrowthMB = 0;
  // Only the first run starts from a forced GC: one before every run shrinks the young generation
  // and made 10k lints 3-5x slower than back-to-back ones, which is not how a host runs.
  for (let i = 0; i < (rows > 100_000 ? 1 : 3); i++) {
    result = undefined;
    const start = performance.now();
    result = lint(workbook, config);
    times.push(performance.now() - start);
    // Sync work cannot be sampled from a timer: heap after vs before is a lower bound of the peak
    // (GC may have run inside lint).
    if (i === 0) heapGrowthMB = MB(process.memoryUsage().heapUsed - heapBefore);
  }
  gc();
  return {
    ms: median(times),
    runs: times.length,
    diagnostics: result!.diagnostics.length,
    snapshotMB: MB(heapBefore - heapEmpty),
    heapGrowthMB,
    keptMB: MB(process.memoryUsage().heapUsed - heapBefore),
    snapshotRssKB,
  };
}

/**
 * Floors under the core's time, measured on this machine: what a lint that hands back its
 * diagnostics as objects, and gives rules a record per deal, cannot go below however it reads.
 * - cellsMs: one look at every cell of the pipeline (its type, a text's length).
 * - dealRecordsMs: a two-field object per deal, kept, as a rule's `deal` is.
 * - diagnosticsMs: the lint's own diagnostics made again, same shape (objects only: every string is
 *   shared with the lint's), kept. A lower bound: the lint also builds the strings.
 */
async function floor(rows: number) {
  const { gc, lint, config, SEED, generateWorkbook } = await inMemory();
  const warmup = generateWorkbook(10_000, SEED + 1);
  for (let i = 0; i < WARMUP_PASSES; i++) lint(warmup, config);
  const workbook = generateWorkbook(rows);
  const { diagnostics } = lint(workbook, config);
  gc();

  let start = performance.now();
  let seen = 0;
  for (const cells of workbook.sheets[0].values)
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      seen += typeof v === 'string' ? v.length : typeof v === 'number' ? 1 : 0;
    }
  const cellsMs = performance.now() - start;

  start = performance.now();
  const records = new Array<{ table: object; at: number }>(rows);
  for (let at = 0; at < rows; at++) records[at] = { table: workbook, at };
  const dealRecordsMs = performance.now() - start;

  const location = (l: CellLocation): CellLocation => ({
    sheet: l.sheet,
    row: l.row,
    column: l.column,
    address: l.address,
  });
  start = performance.now();
  const copies = new Array<Diagnostic>(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    const copy: Diagnostic = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      location: location(d.location),
    };
    if (d.related)
      copy.related = d.related.map((r) => ({ location: location(r.location), message: r.message }));
    if (d.fixes)
      copy.fixes = d.fixes.map((f) => {
        const fix: QuickFix = {
          title: f.title,
          edits: f.edits.map((e) => ({
            location: location(e.location),
            value: e.value,
            previous: e.previous,
          })),
        };
        if (f.preferred) fix.preferred = true;
        return fix;
      });
    if (d.deal !== undefined) copy.deal = d.deal;
    if (d.owner !== undefined) copy.owner = d.owner;
    copies[i] = copy;
  }
  const diagnosticsMs = performance.now() - start;
  return {
    ms: cellsMs + dealRecordsMs + diagnosticsMs,
    cellsMs,
    dealRecordsMs,
    diagnosticsMs,
    diagnostics: copies.length,
    kept: seen > 0 && records.length === rows,
  };
}

async function hyperformula(rows: number) {
  const [{ loadConfig }, { AS_OF, generateWorkbook }, hf] = await Promise.all([
    import('../shared'),
    import('./generate'),
    import('./hyperformula'),
  ]);
  const loaded = loadConfig({ asOf: AS_OF });
  if (!loaded.ok) throw new Error(`bench config: ${JSON.stringify(loaded.problems)}`);
  const prepStart = performance.now();
  let workbook: ReturnType<typeof generateWorkbook> | undefined = generateWorkbook(rows);
  const defs = hf.definitions(loaded.config, workbook, rows);
  const sheets = hf.powerUserSheets(workbook, defs);
  workbook = undefined; // only the sheets are needed now; let the snapshot go before HyperFormula starts
  const prepMs = performance.now() - prepStart;
  process.stderr.write(`${hf.HYPERFORMULA_START}\n`);
  const run = hf.runHyperFormula(sheets, defs.owners.length);
  return { ms: run.buildMs, prepMs, ...run };
}

async function main() {
  const [mode, arg = ''] = process.argv.slice(2);
  let result: object;
  if (mode === 'papaparse') result = await papaparse(arg);
  else if (mode === 'xlsx-parse') result = await xlsxParse(arg);
  else if (mode === 'cli' || mode === 'idle') result = await cli(mode, arg);
  else if (mode === 'core') result = await core(Number(arg));
  else if (mode === 'hyperformula') result = await hyperformula(Number(arg));
  else if (mode === 'floor') result = await floor(Number(arg));
  else throw new Error(`unknown mode ${mode}`);
  const maxRSS = peakRssKB();
  process.stdout.write(`\n${JSON.stringify({ ...result, maxRSS })}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exitCode = 3;
  });
}
