/**
 * The `pipelint` command: read the inputs, lint each as its own workbook, print one report.
 * Everything goes through `run(argv, io)` so tests drive it with in-memory streams.
 */
import { promises as fs } from 'fs';
import pc from 'picocolors';
import { lint, RULES, type ResolvedConfig } from '../shared';
import { printableConfig } from '../shared/engine/config';
import { readWorkbookSettings, stageList } from '../shared/engine/engine';
import {
  FORMATTERS,
  jsonChunks,
  formatStylish,
  type FormatName,
  type LintReport,
  type LintedWorkbook,
} from '../shared/format';
import { parseCliArgs, UsageError, USAGE } from './args';
import { ConfigError, findConfigFile, loadCliConfig } from './config';
import { startProgress, rowCount } from './progress';
import { InputError, readWorkbook, type LoadedWorkbook } from './read';
import { packageInfo } from './version';
import { KIND_IDS, kindById } from '../shared/sheets/registry';
import { cellText } from '../shared/ground/values';
import { checkSnapshotPath, takeSnapshot } from './snapshot';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Files this big take ExcelJS a few seconds; say what is happening meanwhile. */
const BIG_FILE_BYTES = 5 * 1024 * 1024;

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await lintCommand(argv, io);
  } catch (e) {
    return reportFailure(e, io);
  }
}

async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const options = parseCliArgs(argv);
  const pkg = packageInfo();
  if (options.help) return write(io.stdout, USAGE, EXIT_OK);
  if (options.version) return write(io.stdout, `${pkg.version}\n`, EXIT_OK);

  const configs = await configsFor(options.inputs, options.config, options.asOf);
  if (options.printConfig) return printConfig(options.inputs[0], configs[0], io);
  if (options.snapshot !== undefined) await checkSnapshotPath(options.snapshot, options.inputs);

  const readStart = performance.now();
  const { loaded, errors } = await readInputs(options.inputs, io);
  const readMs = performance.now() - readStart;
  if (errors.length)
    return write(io.stderr, errors.map((e) => `pipelint: ${e.message}\n`).join(''), EXIT_USAGE);

  const lintStart = performance.now();
  const workbooks = loaded.map((input, i) => lintInput(input, configs[i], io));
  const elapsedMs = performance.now() - lintStart;

  const report: LintReport = {
    workbooks,
    rules: RULES.map((r) => r.meta),
    toolVersion: pkg.version,
    informationUri: pkg.informationUri,
    elapsedMs,
    readMs,
  };
  const hasErrors = workbooks.some((w) => w.result.diagnostics.some((d) => d.severity === 'error'));
  await writeReport(io.stdout, options.format, report, io);
  const unrecognised = loaded.filter((_, i) => workbooks[i].result.sheets.every((s) => s.role === undefined));
  for (const input of unrecognised) io.stderr.write(nothingRecognised(input));
  if (options.snapshot !== undefined) {
    const snapshot = await takeSnapshot(
      options.snapshot,
      loaded.map((l) => l.workbook),
      configs[0],
    );
    const n = snapshot.changes.length;
    io.stderr.write(
      `pipelint: snapshot: ${n === 0 ? 'no changes' : `${n} change${n === 1 ? '' : 's'}`} appended to ${snapshot.file}\n`,
    );
  }
  if (unrecognised.length) return EXIT_USAGE;
  return hasErrors ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * The config of each input: the `--config` file for all of them, else the `pipelint.json` nearest
 * each input (each file read once), else the defaults.
 */
async function configsFor(
  inputs: readonly string[],
  file: string | undefined,
  asOf: string | undefined,
): Promise<ResolvedConfig[]> {
  if (file !== undefined) {
    const config = await loadCliConfig(file, asOf);
    return inputs.map(() => config);
  }
  const found = await Promise.all(inputs.map(findConfigFile));
  const loaded = new Map<string | undefined, ResolvedConfig>();
  for (const f of found) if (!loaded.has(f)) loaded.set(f, await loadCliConfig(f, asOf));
  return found.map((f) => loaded.get(f)!);
}

/** How many header cells of a sheet are shown when nothing was recognised. */
const HEADERS_SHOWN = 10;

/**
 * When no sheet of an input is one Pipelint can lint: the headers each sheet starts with, and what
 * each kind of sheet needs, so the user sees at once which word to rename or pin.
 */
function nothingRecognised(input: LoadedWorkbook): string {
  const sheets = input.workbook.sheets.map((sheet) => {
    const first = sheet.values.find((row) => row?.some((v) => cellText(v) !== undefined)) ?? [];
    const texts = first.map((v) => cellText(v)).filter((t): t is string => t !== undefined);
    const shown = texts.slice(0, HEADERS_SHOWN).map((t) => `"${t}"`);
    if (texts.length > HEADERS_SHOWN) shown.push(`... (${texts.length - HEADERS_SHOWN} more)`);
    return `  ${sheet.name}: ${shown.length ? shown.join(', ') : '(empty)'}\n`;
  });
  const kinds = KIND_IDS.map((id) => `  ${id}: ${kindById(id).needs}\n`);
  return (
    `pipelint: ${input.path}: no sheet is one Pipelint can lint. The sheets start with:\n${sheets.join('')}` +
    `What each kind of sheet needs in its header row (or pin a sheet's role and columns in the config):\n${kinds.join('')}`
  );
}

/** `--print-config`: the config the input is linted with, stages learnt from it included, as JSON. */
async function printConfig(input: string, config: ResolvedConfig, io: CliIO): Promise<number> {
  const { workbook } = await readWorkbook(input);
  const read = readWorkbookSettings(workbook, config, RULES);
  const printed = printableConfig(read.config, stageList(read.model.stages), RULES);
  return write(io.stdout, `${JSON.stringify(printed, null, 2)}\n`, EXIT_OK);
}

/** Reads every input before linting any, so a typo in the last path is reported straight away, with the others. */
async function readInputs(
  inputs: string[],
  io: CliIO,
): Promise<{ loaded: LoadedWorkbook[]; errors: InputError[] }> {
  const loaded: LoadedWorkbook[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    const status = await readingStatus(input, io);
    try {
      loaded.push(await readWorkbook(input));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e);
    } finally {
      status.clear();
    }
  }
  return { loaded, errors };
}

/** A "Reading ..." line on a terminal's stderr while a big file loads; erased once it has. */
async function readingStatus(input: string, io: CliIO): Promise<{ clear(): void }> {
  const size = io.stderrIsTTY ? ((await fs.stat(input).catch(() => undefined))?.size ?? 0) : 0;
  if (size <= BIG_FILE_BYTES) return { clear() {} };
  io.stderr.write(`Reading ${input} (${Math.round(size / 1024 / 1024)} MB)...`);
  return { clear: () => io.stderr.write('\r\x1b[K') };
}

function lintInput(input: LoadedWorkbook, config: ResolvedConfig, io: CliIO): LintedWorkbook {
  const progress = startProgress(io.stderr, io.stderrIsTTY, input.path, rowCount(input.workbook.sheets));
  try {
    const { diagnostics, sheets, rowsLinted, inferredStages } = lint(input.workbook, config, {
      onProgress: (done, total) => progress.update(done, total),
    });
    // The model behind the result is for summaries, which the CLI does not print: let it go.
    return {
      path: input.path,
      sheetFiles: input.sheetFiles,
      result: { diagnostics, sheets, rowsLinted, inferredStages },
    };
  } finally {
    progress.stop();
  }
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
function render(format: FormatName, report: LintReport, io: CliIO): string {
  if (format !== 'stylish') return FORMATTERS[format](report);
  const colour = io.stdoutIsTTY && !process.env.NO_COLOR;
  return formatStylish(report, { painter: pc.createColors(colour) });
}

/**
 * The report to the stream. JSON goes out a piece at a time, waiting whenever the stream asks to:
 * a million rows' problems are about 90 MB of it, which one string and one buffer held twice over.
 */
async function writeReport(stream: NodeJS.WritableStream, format: FormatName, report: LintReport, io: CliIO) {
  if (format !== 'json') {
    stream.write(render(format, report, io));
    return;
  }
  for (const chunk of jsonChunks(report))
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

/** Every failure ends here as a line or two of plain English and exit code 2; never a stack trace. */
function reportFailure(e: unknown, io: CliIO): number {
  if (e instanceof UsageError)
    return write(io.stderr, `pipelint: ${e.message}\nRun "pipelint --help" for usage.\n`, EXIT_USAGE);
  if (e instanceof ConfigError)
    return write(io.stderr, e.lines.map((line) => `${line}\n`).join(''), EXIT_USAGE);
  if (e instanceof InputError) return write(io.stderr, `pipelint: ${e.message}\n`, EXIT_USAGE);
  const message = e instanceof Error ? e.message : String(e);
  return write(
    io.stderr,
    `pipelint: unexpected error: ${message} (this is a bug in pipelint; please report it)\n`,
    EXIT_USAGE,
  );
}

export function runFromProcess(): void {
  // `pipelint ... | head` closes stdout early: stop quietly rather than crash on EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`pipelint: cannot write the report: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? EXIT_OK) : EXIT_USAGE);
  });
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
  void run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runFromProcess();
