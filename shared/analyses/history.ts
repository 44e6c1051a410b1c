/**
 * Pipeline history: what changed since the last snapshot (`pipelineChanges`) and what the log says
 * each deal's fields were (`replayHistory`), rebuilt from the log itself, so no full copy of the
 * pipeline is ever kept. Everything here is pure.
 */
import { nameKey } from '../ground/keys';
import type { DayNumber } from '../ground/values';
import type { PipelineField, PipelineTable } from '../sheets/kinds/pipeline';
import {
  TRACKED_FIELDS,
  fieldValue,
  sameValue,
  type PipelineHistoryEntry,
  type PipelineHistoryTable,
  type TrackedField,
} from '../sheets/kinds/pipelineHistory';

/** Per deal (by `nameKey` of its id): its id as written and each tracked field's value as text. */
export type PipelineState = Map<string, { id: string; values: Partial<Record<TrackedField, string>> }>;

/** One row of the history: a field of a deal changed from one value to another. */
export interface PipelineChange {
  at: DayNumber | Date;
  deal: string;
  field: TrackedField;
  /** '' when the field had no value (or the deal was not yet recorded). */
  from: string;
  to: string;
}

/** The tracked values of every deal with an id; a later row with the same id wins. */
export function pipelineState(tables: readonly PipelineTable[]): PipelineState {
  const state: PipelineState = new Map();
  for (const table of tables)
    for (const deal of table.rows) {
      if (deal.id === undefined) continue;
      const values: Partial<Record<TrackedField, string>> = {};
      for (const field of TRACKED_FIELDS) {
        if (table.columns[field] === undefined) continue;
        values[field] = fieldValue(deal, field);
      }
      state.set(nameKey(deal.id), { id: deal.id, values });
    }
  return state;
}

/**
 * The change rows that bring `previous` up to `current`: one per deal and field whose value
 * differs. With no previous state (the first snapshot) every deal's non-blank values are changes
 * from ''. Deals gone from the sheet and columns the sheet lacks are not changes.
 */
export function pipelineChanges(
  previous: PipelineState | undefined,
  current: PipelineTable | readonly PipelineTable[],
  at: DayNumber | Date,
): PipelineChange[] {
  const now = pipelineState(Array.isArray(current) ? current : [current as PipelineTable]);
  const changes: PipelineChange[] = [];
  for (const [key, { id, values }] of now) {
    const before = previous?.get(key)?.values ?? {};
    for (const field of TRACKED_FIELDS) {
      const to = values[field];
      if (to === undefined) continue;
      const from = before[field] ?? '';
      if (!sameValue(field, from, to)) changes.push({ at, deal: id, field, from, to });
    }
  }
  return changes;
}

/** A history entry with its table, in the order the moves happened. */
export interface DealHistoryEntry {
  table: PipelineHistoryTable;
  entry: PipelineHistoryEntry;
}

/**
 * The entries of the history, oldest first: by timestamp, then in sheet order (a log is written
 * top to bottom). Entries without a readable timestamp keep their place among the others.
 */
export function orderedEntries(histories: readonly PipelineHistoryTable[]): DealHistoryEntry[] {
  const all: DealHistoryEntry[] = [];
  for (const table of histories) for (const entry of table.rows) all.push({ table, entry });
  return all
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.entry.at ?? -Infinity) - (b.h.entry.at ?? -Infinity) || a.i - b.i)
    .map(({ h }) => h);
}

/** Per deal (by `nameKey`), its entries oldest first, optionally of one field only. */
export function historyByDeal(
  histories: readonly PipelineHistoryTable[],
  field?: PipelineField,
): Map<string, DealHistoryEntry[]> {
  const byDeal = new Map<string, DealHistoryEntry[]>();
  for (const h of orderedEntries(histories)) {
    if (field !== undefined && h.entry.field !== field) continue;
    const key = nameKey(h.entry.deal!);
    let list = byDeal.get(key);
    if (!list) byDeal.set(key, (list = []));
    list.push(h);
  }
  return byDeal;
}

/** Replays the history: every deal's last recorded value of each tracked field. */
export function replayHistory(histories: readonly PipelineHistoryTable[]): PipelineState {
  const state: PipelineState = new Map();
  for (const { entry } of orderedEntries(histories)) {
    const field = entry.field;
    if (!field || !(TRACKED_FIELDS as readonly string[]).includes(field)) continue;
    const key = nameKey(entry.deal!);
    let deal = state.get(key);
    if (!deal) state.set(key, (deal = { id: entry.deal!, values: {} }));
    deal.values[field as TrackedField] = entry.toText;
  }
  return state;
}
