/**
 * `--snapshot <file>`: appends the pipeline's changes since the last snapshot to a history sheet in
 * a file the user names, never in an input. The previous state is replayed from the history the
 * file already holds, so each run writes only what changed.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ResolvedConfig, WorkbookSnapshot } from '../shared';
import { pipelineChanges, replayHistory, type PipelineChange } from '../shared/analyses/history';
import { HISTORY_HEADERS, TRACKED_LABELS } from '../shared/sheets/kinds/pipelineHistory';
import { tablesOf } from '../shared/engine/engine';
import { formatDay } from '../shared/ground/values';
import { UsageError } from './args';
import { InputError, readWorkbook } from './read';

/** The sheet `--snapshot` adds to or extends in an .xlsx file. */
export const HISTORY_SHEET = 'Pipeline history';

export interface SnapshotResult {
  file: string;
  changes: PipelineChange[];
}

async function realOrResolved(file: string): Promise<string> {
  const resolved = path.resolve(file);
  return fs.realpath(resolved).catch(() => resolved);
}

/** Refuses a snapshot path that is an input, or a file inside an input folder. */
export async function checkSnapshotPath(file: string, inputs: readonly string[]): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx')
    throw new UsageError(`--snapshot expects a .csv or .xlsx file, not "${file}"`);
  const target = await realOrResolved(file);
  for (const input of inputs) {
    const source = await realOrResolved(input);
    const inside = path.relative(source, target);
    if (target === source || (inside && !inside.startsWith('..') && !path.isAbsolute(inside)))
      throw new UsageError(
        `--snapshot ${file} is one of the inputs; pipelint never writes to the files it lints, so name another file`,
      );
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function row(change: PipelineChange): string[] {
  const at = change.at instanceof Date ? change.at.toISOString() : formatDay(change.at);
  return [at, change.deal, TRACKED_LABELS[change.field], change.from, change.to];
}

/** Writes the changes of `workbooks` (all inputs together) since the history in `file`. */
export async function takeSnapshot(
  file: string,
  workbooks: readonly WorkbookSnapshot[],
  config: ResolvedConfig,
): Promise<SnapshotResult> {
  const isCsv = path.extname(file).toLowerCase() === '.csv';
  // An empty CSV is as good as none: it gets the header row.
  const present = (await exists(file)) && (!isCsv || (await fs.readFile(file, 'utf8')).trim() !== '');
  const histories = present ? tablesOf((await readWorkbook(file)).workbook, config, 'pipeline-history') : [];
  if (isCsv && present && histories.length === 0)
    throw new InputError(
      `${file}: not a pipeline history, so pipelint will not append to it (expected the columns ${HISTORY_HEADERS.join(', ')})`,
    );
  const previous = histories.length ? replayHistory(histories) : undefined;
  const tables = workbooks.flatMap((w) => tablesOf(w, config, 'pipeline'));
  const changes = pipelineChanges(previous, tables, config.asOf);
  if (isCsv) await appendCsv(file, changes, present);
  else await appendXlsx(file, changes, present);
  return { file, changes };
}

async function appendCsv(file: string, changes: PipelineChange[], hasHeader: boolean): Promise<void> {
  const rows = changes.map(row);
  if (!hasHeader) {
    await fs.writeFile(file, Papa.unparse([[...HISTORY_HEADERS], ...rows], { newline: '\n' }) + '\n');
    return;
  }
  if (rows.length === 0) return;
  const text = await fs.readFile(file, 'utf8');
  const lead = text.endsWith('\n') ? '' : '\n';
  await fs.appendFile(file, lead + Papa.unparse(rows, { newline: '\n' }) + '\n');
}

async function appendXlsx(file: string, changes: PipelineChange[], present: boolean): Promise<void> {
  const { Workbook } = (await import('exceljs')).default;
  const excel = new Workbook();
  if (present) await excel.xlsx.readFile(file);
  let sheet: ExcelJS.Worksheet | undefined = excel.getWorksheet(HISTORY_SHEET);
  if (!sheet) {
    sheet = excel.addWorksheet(HISTORY_SHEET);
    sheet.addRow([...HISTORY_HEADERS]);
    sheet.getRow(1).font = { bold: true };
  }
  for (const change of changes) sheet.addRow(row(change));
  await excel.xlsx.writeFile(file);
}
