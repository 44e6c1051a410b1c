/**
 * The pipeline's and the adoption sheets' history, kept in the spreadsheet itself: "Take snapshot"
 * appends what changed since the last snapshot, as `pipelint --snapshot` does, and every stage
 * typed into a pipeline or adoption sheet is appended as it happens (the onEdit trigger). Which
 * sheet is which, and which column is the stage, the core decides, as it does for a lint.
 */
import { loadConfig, type ResolvedConfig } from '../shared';
import { readWorkbookSettings } from '../shared/engine/engine';
import { pipelineChanges, replayHistory, type PipelineChange } from '../shared/analyses/history';
import { HEADER_SEARCH_ROWS } from '../shared/sheets/detect';
import {
  HISTORY_HEADERS,
  TRACKED_LABELS,
  sameValue,
  type PipelineHistoryTable,
} from '../shared/sheets/kinds/pipelineHistory';
import { adoptionHistoryKind, type HistoryTable } from '../shared/sheets/kinds/adoptionHistory';
import type { CellValue, WorkbookSnapshot } from '../shared/ground/types';
import { formatDay } from '../shared/ground/values';
import { readSpreadsheet } from './sheetsAdapter';
import {
  localDate,
  serialReader,
  serialsInPlace,
  wallClock,
  wallText,
  formatInSheets as formatDate,
} from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet "Take snapshot" starts when the spreadsheet has no change log yet, named as the CLI names it. */
export const PIPELINE_HISTORY_SHEET = 'Pipeline history';
/** The sheet stage moves of an adoption sheet go to when there is no adoption history yet. */
export const ADOPTION_HISTORY_SHEET = 'Adoption history';
const ADOPTION_HEADERS = (['person', 'change', 'from', 'to', 'date'] as const).map(
  (f) => adoptionHistoryKind.labels[f],
);

/** The config a lint would use today, in the spreadsheet's zone; the settings sheet goes over it. */
function baseConfig(spreadsheet: Spreadsheet, now: Date): ResolvedConfig {
  const today = localDate(wallClock(now, spreadsheet.getSpreadsheetTimeZone(), formatDate));
  const loaded = loadConfig({}, today);
  if (!loaded.ok) throw new Error('Pipelint could not load its default settings.');
  return loaded.config;
}

/**
 * Text Sheets keeps as typed: a leading apostrophe stops it reading "5000" as a number or
 * "2027-06-30" as a date, which would make the history's From and To differ from what the
 * snapshot compares them with next time.
 */
const asText = (text: string): string => (text === '' ? '' : `'${text}`);

/** A history row laid out on its table's columns (1-based), blanks where the table has none. */
function rowFor<F extends string>(columns: Partial<Record<F, number>>, cells: Partial<Record<F, CellValue>>) {
  const width = Math.max(...Object.values<number | undefined>(columns).map((c) => c ?? 0));
  const row: CellValue[] = new Array<CellValue>(width).fill('');
  for (const [field, column] of Object.entries(columns) as [F, number | undefined][])
    if (column !== undefined && cells[field] !== undefined) row[column - 1] = cells[field];
  return row;
}

/** Where rows of a history go: its sheet and its columns. */
interface Target<F extends string> {
  sheet: Sheet;
  columns: Partial<Record<F, number>>;
}

/**
 * The first history table found, or a new sheet with the given headers. A sheet of that name
 * that is something else is left alone: writing a change log into someone's sheet would spoil it.
 */
function targetOf<F extends string>(
  spreadsheet: Spreadsheet,
  found: { sheet: string; columns: Partial<Record<F, number>> } | undefined,
  name: string,
  headers: readonly string[],
  fields: readonly F[],
): Target<F> {
  if (found) return { sheet: spreadsheet.getSheetByName(found.sheet)!, columns: found.columns };
  let sheet = spreadsheet.getSheetByName(name);
  if (sheet && sheet.getLastRow() > 0)
    throw new Error(
      `The sheet "${name}" is not a history Pipelint can add to (it expects the columns ${headers.join(', ')}). Rename it, and Pipelint starts a new one.`,
    );
  if (!sheet) {
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    active.activate();
  }
  sheet.getRange(1, 1, 1, headers.length).setValues([[...headers]]);
  return { sheet, columns: Object.fromEntries(fields.map((f, i) => [f, i + 1])) as Record<F, number> };
}

/** Only a change log (Deal, Field, From, To) takes new rows; a snapshot log is the team's own copy. */
const changeLogs = (tables: readonly PipelineHistoryTable[]) =>
  tables.filter((t) => t.columns.field !== undefined && t.columns.to !== undefined);

function pipelineTarget(spreadsheet: Spreadsheet, histories: readonly PipelineHistoryTable[]) {
  return targetOf(spreadsheet, changeLogs(histories)[0], PIPELINE_HISTORY_SHEET, HISTORY_HEADERS, [
    'at',
    'deal',
    'field',
    'from',
    'to',
  ] as const);
}

/** A change as a row of the change log. */
function changeRow(
  columns: PipelineHistoryTable['columns'],
  change: PipelineChange,
  at: string,
): CellValue[] {
  return rowFor(columns, {
    at,
    deal: asText(change.deal),
    field: TRACKED_LABELS[change.field],
    from: asText(change.from),
    to: asText(change.to),
  });
}

export interface SnapshotResult {
  sheet: string;
  changes: PipelineChange[];
}

/**
 * "Take snapshot": appends the pipeline's changes since the history's last state, replayed from
 * the history itself, as `pipelint --snapshot` does. One read of each sheet, one write.
 */
export function takeSnapshot(spreadsheet: Spreadsheet, now = new Date()): SnapshotResult {
  const workbook = readSpreadsheet(spreadsheet);
  const { model, config } = readWorkbookSettings(workbook, baseConfig(spreadsheet, now));
  const histories = model.tables('pipeline-history');
  const logs = changeLogs(histories);
  const previous = histories.length ? replayHistory(histories) : undefined;
  const changes = pipelineChanges(previous, model.tables('pipeline'), config.asOf);
  // No pipeline changes and no log yet: nothing to start one with.
  if (!changes.length && !logs.length) return { sheet: PIPELINE_HISTORY_SHEET, changes };
  const target = pipelineTarget(spreadsheet, histories);
  const at = formatDay(config.asOf);
  const rows = changes.map((c) => changeRow(target.columns, c, at));
  if (rows.length)
    target.sheet.getRange(target.sheet.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);
  return { sheet: target.sheet.getName(), changes };
}

/** What an edit event carries that the history needs (see the onEdit trigger). */
export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  oldValue?: unknown;
  value?: unknown;
}

/** A stage move the onEdit trigger recorded: which history it went to, and the row. */
export interface RecordedMove {
  sheet: string;
  row: CellValue[];
}

/**
 * The top of every sheet, enough for the core to tell each sheet's kind and columns, with the
 * edited row in its place: a 100,000-row pipeline is not read on every keystroke. One read of
 * each sheet's first rows, and one of the edited row.
 */
function headsOf(spreadsheet: Spreadsheet, edited: Sheet, row: number): WorkbookSnapshot {
  const toSerial = serialReader(spreadsheet.getSpreadsheetTimeZone(), formatDate);
  return {
    sheets: spreadsheet.getSheets().map((sheet) => {
      const [rows, columns] = [sheet.getLastRow(), sheet.getLastColumn()];
      if (!rows || !columns) return { name: sheet.getName(), values: [] };
      const top = Math.min(rows, HEADER_SEARCH_ROWS);
      const values = serialsInPlace(sheet.getRange(1, 1, top, columns).getValues(), toSerial);
      if (sheet.getSheetId() === edited.getSheetId() && row > top) {
        while (values.length < row - 1) values.push([]);
        values.push(serialsInPlace(sheet.getRange(row, 1, 1, columns).getValues(), toSerial)[0]);
      }
      return { name: sheet.getName(), values };
    }),
  };
}

/** An event value as text: Sheets gives both as text, and leaves them out for a blank cell. */
const eventText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Appends a stage typed into a pipeline or adoption sheet to its history: a single cell of the
 * Stage column, below the header. A paste over several cells has no old and new value in the
 * event, so it is not recorded here; "Take snapshot" records those changes the next time it runs.
 */
export function recordStageEdit(event: EditEvent, now = new Date()): RecordedMove | undefined {
  const { range } = event;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) return undefined;
  const [from, to] = [eventText(event.oldValue), eventText(event.value)];
  if (sameValue('stage', from, to)) return undefined;
  const sheet = range.getSheet();
  const spreadsheet = sheet.getParent();
  const [row, column, name] = [range.getRow(), range.getColumn(), sheet.getName()];
  const workbook = headsOf(spreadsheet, sheet, row);
  const { model } = readWorkbookSettings(workbook, baseConfig(spreadsheet, now));
  const at = wallText(now, spreadsheet.getSpreadsheetTimeZone(), formatDate);
  const below = (t: { sheet: string; headerRow: number; columns: { stage?: number } }) =>
    t.sheet === name && t.columns.stage === column && row > t.headerRow;

  const pipeline = model.tables('pipeline').find(below);
  if (pipeline) {
    const deal = pipeline.rows.find((d) => d.row === row);
    if (deal?.id === undefined) return undefined;
    const target = pipelineTarget(spreadsheet, model.tables('pipeline-history'));
    const change: PipelineChange = { at: now, deal: deal.id, field: 'stage', from, to };
    return append(target, changeRow(target.columns, change, at));
  }
  const adoption = model.tables('adoption').find(below);
  if (adoption) {
    const person = adoption.rows.find((r) => r.row === row);
    if (person?.person === undefined) return undefined;
    const found: HistoryTable | undefined = model.tables('adoption-history')[0];
    const target = targetOf(spreadsheet, found, ADOPTION_HISTORY_SHEET, ADOPTION_HEADERS, [
      'person',
      'change',
      'from',
      'to',
      'date',
    ] as const);
    const cells = { person: asText(person.person), change: asText(person.change ?? ''), from, to, date: at };
    return append(target, rowFor(target.columns, cells));
  }
  return undefined;
}

/** appendRow writes below the last row in one call, so two quick edits never take the same row. */
function append<F extends string>(target: Target<F>, row: CellValue[]): RecordedMove {
  target.sheet.appendRow(row);
  return { sheet: target.sheet.getName(), row };
}
