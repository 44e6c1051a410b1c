import type { CellValue, SheetSnapshot } from '../../ground/types';
import { DateReader, wordsOf, type DayNumber } from '../../ground/values';
import { countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';
import type { AdoptionStage } from '../../ground/adoption';
import { CHANGE_SYNONYMS, PERSON_SYNONYMS, adoptionStageOf } from './adoption';

export const HISTORY_FIELDS = ['person', 'change', 'from', 'to', 'date'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** One recorded move of a person from one stage of a change to another. */
export interface HistoryEntry {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  person?: string;
  change?: string;
  fromText?: string;
  from?: AdoptionStage;
  toText?: string;
  to?: AdoptionStage;
  date?: DayNumber;
}

export type HistoryTable = Table<HistoryField, HistoryEntry>;

function readEntry(row: number, cells: CellValue[], columns: HistoryTable['columns'], dates: DateReader) {
  const at = (field: HistoryField) => (columns[field] === undefined ? undefined : cells[columns[field]! - 1]);
  const entry: HistoryEntry = { row, cells };
  const person = wordsOf(at('person'));
  if (person !== undefined) entry.person = person;
  const change = wordsOf(at('change'));
  if (change !== undefined) entry.change = change;
  const fromText = wordsOf(at('from'));
  if (fromText !== undefined) entry.fromText = fromText;
  const from = adoptionStageOf(fromText);
  if (from) entry.from = from;
  const toText = wordsOf(at('to'));
  if (toText !== undefined) entry.toText = toText;
  const to = adoptionStageOf(toText);
  if (to) entry.to = to;
  const date = dates.read(at('date'));
  if (date.ok === true) entry.date = date.value;
  return entry;
}

function readHistory(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): HistoryTable {
  const dates = new DateReader(context.dateOrder);
  return readTable(adoptionHistoryKind, sheet, headerIndex, context, {
    // An entry names a person or a change; anything else is a note.
    isRow: (cells, columns) =>
      (['person', 'change'] as const).some(
        (f) => columns[f] !== undefined && wordsOf(cells[columns[f]! - 1]) !== undefined,
      ),
    read: (row, cells, columns) => readEntry(row, cells, columns, dates),
  });
}

/**
 * A stage-change log beside an adoption sheet: one row per move. "To" has no "stage" synonym so an
 * adoption sheet is never read as its own history.
 */
export const adoptionHistoryKind = defineKind({
  id: 'adoption-history',
  fields: HISTORY_FIELDS,
  synonyms: {
    person: PERSON_SYNONYMS,
    change: CHANGE_SYNONYMS,
    from: ['from', 'fromstage', 'previousstage', 'oldstage', 'movedfrom'],
    to: ['to', 'tostage', 'newstage', 'movedto'],
    date: ['date', 'changedon', 'changed', 'datechanged', 'movedon', 'when', 'on'],
  },
  labels: { person: 'Person', change: 'Change', from: 'From', to: 'To', date: 'Date' },
  needs: 'Person, Change, From and To columns',
  anchor: ['to'],
  match: countFields((f) => f.has('person') && f.has('change') && f.has('from') && f.has('to')),
  read: readHistory,
});
