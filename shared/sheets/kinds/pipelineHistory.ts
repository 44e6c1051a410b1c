import type { CellValue, SheetSnapshot } from '../../ground/types';
import { DateReader, wordsOf, type DayNumber } from '../../ground/values';
import { countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';
import { pipelineKind, type PipelineField } from './pipeline';

/**
 * A change log of the pipeline, one row per changed value (what `--snapshot` writes). It needs a
 * Deal and a Field column, which neither a pipeline nor an adoption history has.
 */
export const PIPELINE_HISTORY_FIELDS = ['at', 'deal', 'field', 'from', 'to'] as const;
export type PipelineHistoryField = (typeof PIPELINE_HISTORY_FIELDS)[number];

/** The history sheet's header row, as `--snapshot` writes it. */
export const HISTORY_HEADERS = ['Timestamp', 'Deal', 'Field', 'From', 'To'] as const;

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
}

export type PipelineHistoryTable = Table<PipelineHistoryField, PipelineHistoryEntry>;

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
  const when = dates.read(at('at'));
  if (when.ok === true) entry.at = when.value;
  return entry;
}

function readPipelineHistory(
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

export const pipelineHistoryKind = defineKind({
  id: 'pipeline-history',
  fields: PIPELINE_HISTORY_FIELDS,
  synonyms: {
    at: ['timestamp', 'changedat', 'changedon', 'changed', 'date', 'when', 'at', 'snapshot', 'snapshotdate'],
    deal: ['deal', 'dealid', 'dealname', 'opportunity', 'opportunityid', 'oppid'],
    field: ['field', 'changedfield', 'column', 'property'],
    from: ['from', 'old', 'oldvalue', 'previous', 'previousvalue', 'was'],
    to: ['to', 'new', 'newvalue', 'now', 'becomes'],
  },
  labels: { at: 'Timestamp', deal: 'Deal', field: 'Field', from: 'From', to: 'To' },
  needs: 'Deal, Field, From and To columns',
  anchor: ['to'],
  match: countFields((f) => f.has('deal') && f.has('field') && f.has('from') && f.has('to')),
  read: readPipelineHistory,
});
