import type { CellLocation, CellValue, SheetSnapshot } from '../../ground/types';
import { nameKey, normalizeHeader } from '../../ground/keys';
import { cellLocation } from '../../ground/address';
import { DateReader, formatDay, wordsOf, type DayNumber } from '../../ground/values';
import { defineKind, type HeaderRow, type ReadContext, type Table } from '../kind';
import { cellOf, headerTexts, readTable } from '../table';
import { settleDateOrders } from '../dates';
import { pipelineKind, type Deal, type PipelineField } from './pipeline';

/**
 * The pipeline's history, in either of the two shapes teams keep it:
 * - a change log, one row per changed value (what `--snapshot` writes): Timestamp, Deal, Field,
 *   From, To;
 * - a snapshot log, the whole pipeline copied every week or month with the date of the copy
 *   beside each row (Snapshot date, Deal, Stage, Amount, Close date...), so each deal repeats once
 *   per snapshot. It is read as the changes from one snapshot to the next.
 * Either way the rules see change entries: time in stage, slipped close dates and skipped stages
 * come from them.
 */
export const PIPELINE_HISTORY_FIELDS = ['at', 'snapshot', 'deal', 'field', 'from', 'to'] as const;
export type PipelineHistoryField = (typeof PIPELINE_HISTORY_FIELDS)[number];

/** The history sheet's header row, as `--snapshot` writes it. */
export const HISTORY_HEADERS = ['Timestamp', 'Deal', 'Field', 'From', 'To'] as const;

/** The deal fields a history records, in the order changes are written. */
export const TRACKED_FIELDS = ['stage', 'amount', 'closeDate', 'owner', 'probability'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** How a tracked field is written in the Field column. */
export const TRACKED_LABELS: Record<TrackedField, string> = {
  stage: 'Stage',
  amount: 'Amount',
  closeDate: 'Close date',
  owner: 'Owner',
  probability: 'Probability',
};

export interface PipelineHistoryEntry {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  at?: DayNumber;
  deal?: string;
  /** The Field cell as written. */
  fieldText?: string;
  field?: PipelineField;
  from: CellValue;
  to: CellValue;
  fromText: string;
  toText: string;
  /** In a snapshot log, the column of the changed field (a change log has one To column). */
  column?: number;
}

export type PipelineHistoryTable = Table<PipelineHistoryField, PipelineHistoryEntry>;

/** A deal's field as text, the way it is compared and recorded: stage names canonical, dates ISO. */
export function fieldValue(deal: Deal, field: TrackedField): string {
  switch (field) {
    case 'stage':
      return deal.stage?.name ?? deal.stageText ?? '';
    case 'closeDate':
      return deal.closeDate === undefined ? '' : formatDay(deal.closeDate);
    case 'amount':
    case 'probability':
      return deal[field] === undefined ? '' : String(deal[field]);
    case 'owner':
      return deal.owner ?? '';
  }
}

/**
 * Whether a field's recorded value and its value now are the same: a stage by its words, since a
 * stage learnt from the data is named as the data spells it ("proposal" then "Proposal" is no move).
 */
export function sameValue(field: TrackedField, from: string, to: string): boolean {
  return field === 'stage' ? normalizeHeader(from) === normalizeHeader(to) : from === to;
}

/** The cell holding an entry's new value: the To cell of a change log, the field's cell of a snapshot. */
export function changeCell(table: PipelineHistoryTable, entry: PipelineHistoryEntry): CellLocation {
  return entry.column === undefined
    ? cellOf(table, entry, 'to')
    : cellLocation(table.sheet, entry.row, entry.column);
}

/** The history compares texts: a blank or error cell is the empty text. */
const textOf = (value: CellValue): string => wordsOf(value) ?? '';

function readEntry(
  row: number,
  cells: CellValue[],
  columns: PipelineHistoryTable['columns'],
  dates: DateReader,
): PipelineHistoryEntry {
  const at = (f: PipelineHistoryField) => (columns[f] === undefined ? undefined : cells[columns[f]! - 1]);
  const fieldText = textOf(at('field'));
  const entry: PipelineHistoryEntry = {
    row,
    cells,
    deal: textOf(at('deal')),
    fieldText,
    from: at('from'),
    to: at('to'),
    fromText: textOf(at('from')),
    toText: textOf(at('to')),
  };
  const field = pipelineKind.fieldOf(fieldText);
  if (field) entry.field = field;
  const when = dates.read(at('at') ?? at('snapshot'));
  if (when.ok === true) entry.at = when.value;
  return entry;
}

function readChangeLog(
  sheet: SheetSnapshot,
  headerIndex: number,
  context: ReadContext,
): PipelineHistoryTable {
  const dates = new DateReader(context.dateOrder);
  const cell = (cells: CellValue[], column: number | undefined) =>
    column === undefined ? '' : textOf(cells[column - 1]);
  return readTable(pipelineHistoryKind, sheet, headerIndex, context, {
    // An entry names a deal and a field; anything else is a note.
    isRow: (cells, columns) => cell(cells, columns.deal) !== '' && cell(cells, columns.field) !== '',
    read: (row, cells, columns) => readEntry(row, cells, columns, dates),
  });
}

/** The snapshot column of a snapshot log's header, 1-based; 0 when there is none. */
const snapshotColumn = (headers: readonly string[]) =>
  headers.findIndex((h) => pipelineHistoryKind.fieldOf(h) === 'snapshot') + 1;

/**
 * A snapshot log as change entries. Its rows are read as a pipeline's (same columns, stages and
 * value parsing), then each deal's copies are taken oldest snapshot first: its first copy records
 * every value it has, and each later copy whatever differs from the one before. A blank cell is no
 * news, not a change to blank: snapshots often leave out what did not change.
 */
function readSnapshotLog(
  sheet: SheetSnapshot,
  headerIndex: number,
  context: ReadContext,
): PipelineHistoryTable {
  const deals = pipelineKind.read(sheet, headerIndex, context);
  const headers = headerTexts(sheet.values, headerIndex);
  const column = snapshotColumn(headers);
  const { bySeparator } = settleDateOrders(sheet.values, headerIndex + 1, column, context);
  const dates = new DateReader(context.dateOrder, bySeparator);
  const copies: { deal: Deal; at: DayNumber }[] = [];
  for (const deal of deals.rows) {
    const at = dates.read(deal.cells[column - 1]);
    if (deal.id !== undefined && at.ok === true) copies.push({ deal, at: at.value });
  }
  copies.sort((a, b) => a.at - b.at || a.deal.row - b.deal.row);
  const tracked = TRACKED_FIELDS.filter((f) => deals.columns[f] !== undefined);
  const last = new Map<string, Partial<Record<TrackedField, string>>>();
  const rows: PipelineHistoryEntry[] = [];
  for (const { deal, at } of copies) {
    const key = nameKey(deal.id!);
    let before = last.get(key);
    if (!before) last.set(key, (before = {}));
    for (const field of tracked) {
      const to = fieldValue(deal, field);
      const from = before[field] ?? '';
      if (to === '' || sameValue(field, from, to)) continue;
      before[field] = to;
      rows.push({
        row: deal.row,
        cells: deal.cells,
        at,
        deal: deal.id,
        fieldText: TRACKED_LABELS[field],
        field,
        from,
        to,
        fromText: from,
        toText: to,
        column: deals.columns[field],
      });
    }
  }
  // Tables keep their rows in sheet order; a row's entries keep the field order.
  rows.sort(
    (a, b) =>
      a.row - b.row ||
      TRACKED_FIELDS.indexOf(a.field as TrackedField) - TRACKED_FIELDS.indexOf(b.field as TrackedField),
  );
  const table: PipelineHistoryTable = {
    kind: pipelineHistoryKind,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    headers,
    columns: { snapshot: column, ...(deals.columns.deal === undefined ? {} : { deal: deals.columns.deal }) },
    idColumns: {},
    rows,
    duplicateHeaders: deals.duplicateHeaders,
    missingPins: [],
  };
  return table;
}

/** The fields of a pipeline a snapshot log copies besides the deal: any one of them will do. */
const SNAPSHOT_SIGNS: readonly PipelineField[] = ['stage', 'status', 'amount', 'closeDate'];

/** A change log has Deal, Field, From and To; a snapshot log a snapshot date beside a pipeline's columns. */
function matchHistory(row: HeaderRow<PipelineHistoryField>): number | undefined {
  const f = row.fields;
  if (f.has('deal') && f.has('field') && f.has('from') && f.has('to')) return f.size;
  if (!f.has('snapshot')) return undefined;
  const pipeline = new Set(row.texts.map((t) => pipelineKind.fieldOf(t)).filter((x) => x !== undefined));
  if (!pipeline.has('deal') || !SNAPSHOT_SIGNS.some((s) => pipeline.has(s))) return undefined;
  // Above the pipeline's own score for the same row: the snapshot date is what tells them apart.
  return pipeline.size + 1;
}

function readPipelineHistory(
  sheet: SheetSnapshot,
  headerIndex: number,
  context: ReadContext,
): PipelineHistoryTable {
  const headers = headerTexts(sheet.values, headerIndex);
  const changeLog = headers.some((h) => pipelineHistoryKind.fieldOf(h) === 'field');
  return !changeLog && snapshotColumn(headers) > 0
    ? readSnapshotLog(sheet, headerIndex, context)
    : readChangeLog(sheet, headerIndex, context);
}

export const pipelineHistoryKind = defineKind({
  id: 'pipeline-history',
  fields: PIPELINE_HISTORY_FIELDS,
  synonyms: {
    at: ['timestamp', 'changedat', 'changedon', 'changed', 'date', 'when', 'at'],
    // The date a copy of the pipeline was taken: what makes a sheet of deals a snapshot log.
    snapshot: [
      'snapshot',
      'snapshotdate',
      'snapshotday',
      'snapshotweek',
      'snapshotmonth',
      'asof',
      'asofdate',
      'asat',
      'reportdate',
      'reportingdate',
      'reportweek',
      'extractdate',
      'exportdate',
      'week',
      'weekending',
      'weekof',
      'weekstarting',
      'weekstart',
      'weekend',
      'fechadecorte',
      'semana',
      'stichtag',
      'woche',
      'datedextraction',
      'semaine',
      'datadiestrazione',
      'settimana',
    ],
    deal: ['deal', 'dealid', 'dealname', 'opportunity', 'opportunityid', 'oppid'],
    field: ['field', 'changedfield', 'column', 'property'],
    from: ['from', 'old', 'oldvalue', 'previous', 'previousvalue', 'was'],
    to: ['to', 'new', 'newvalue', 'now', 'becomes'],
  },
  labels: {
    at: 'Timestamp',
    snapshot: 'Snapshot date',
    deal: 'Deal',
    field: 'Field',
    from: 'From',
    to: 'To',
  },
  needs:
    'Deal, Field, From and To columns (a change log), or a Snapshot date (or Week, As of) column beside a Deal and a Stage, Amount or Close date (a snapshot log)',
  anchor: ['to'],
  match: matchHistory,
  read: readPipelineHistory,
});
