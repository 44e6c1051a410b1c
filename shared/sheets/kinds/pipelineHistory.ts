/**
 * Pipeline history: a change log of the pipeline, one row per changed value (deal, field, old
 * value, new value, when). `pipelineChanges` works out what to append since the last snapshot; the
 * previous state is rebuilt from the log itself (`replayHistory`), so no full copy is ever kept.
 * Everything here is pure.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../ground/types';
import type { ResolvedConfig } from '../../engine/config';
import { cellLocation } from '../../ground/address';
import {
  findHeader,
  pipelineFieldOf,
  pipelineHistoryFieldOf,
  type HeaderGuess,
  type PipelineField,
  type PipelineHistoryField,
} from '../headers';
import { lookupKey } from '../../analyses/model';
import { DEFAULT_STAGES, StageModel } from '../stages';
import { buildPipelineTable, headerTexts, mapColumns, type Deal, type PipelineTable } from './pipeline';
import { DateReader, cellText, formatDay, isBlank, isErrorValue, type DayNumber } from '../../ground/values';

/** The deal fields a snapshot records, in the order changes are written. */
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

/** The history sheet's header row, as `--snapshot` writes it. */
export const HISTORY_HEADERS = ['Timestamp', 'Deal', 'Field', 'From', 'To'] as const;

/** Per deal (by `lookupKey` of its id): its id as written and each tracked field's value as text. */
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

/** The tracked values of every deal with an id; a later row with the same id wins. */
export function pipelineState(tables: readonly PipelineTable[]): PipelineState {
  const state: PipelineState = new Map();
  for (const table of tables)
    for (const deal of table.deals) {
      if (deal.id === undefined) continue;
      const values: Partial<Record<TrackedField, string>> = {};
      for (const field of TRACKED_FIELDS) {
        if (table.columns[field] === undefined) continue;
        values[field] = fieldValue(deal, field);
      }
      state.set(lookupKey(deal.id), { id: deal.id, values });
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
      if (from !== to) changes.push({ at, deal: id, field, from, to });
    }
  }
  return changes;
}

// ---- reading a history sheet ---------------------------------------------------------------

export interface PipelineHistoryEntry {
  /** 1-based sheet row. */
  row: number;
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

export interface PipelineHistoryTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<PipelineHistoryField, number>>;
  entries: PipelineHistoryEntry[];
}

function textOf(value: CellValue): string {
  if (isErrorValue(value) || isBlank(value)) return '';
  return cellText(value)?.trim() ?? '';
}

export function buildPipelineHistoryTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: Pick<ResolvedConfig, 'dateOrder'>,
): PipelineHistoryTable {
  const headers = headerTexts(sheet, header);
  const { columns } = mapColumns<PipelineHistoryField>(headers, pipelineHistoryFieldOf, {});
  const dates = new DateReader(config.dateOrder);
  const entries: PipelineHistoryEntry[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    const at = (f: PipelineHistoryField) => (columns[f] === undefined ? undefined : cells[columns[f]! - 1]);
    const deal = textOf(at('deal'));
    const fieldText = textOf(at('field'));
    if (!deal || !fieldText) continue;
    const entry: PipelineHistoryEntry = {
      row: i + 1,
      deal,
      fieldText,
      from: at('from'),
      to: at('to'),
      fromText: textOf(at('from')),
      toText: textOf(at('to')),
    };
    const field = pipelineFieldOf(fieldText);
    if (field) entry.field = field;
    const when = dates.read(at('at'));
    if (when.ok === true) entry.at = when.value;
    entries.push(entry);
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, columns, entries };
}

export function pipelineHistoryCell(
  table: PipelineHistoryTable,
  entry: PipelineHistoryEntry,
  field: PipelineHistoryField,
) {
  return cellLocation(table.sheet, entry.row, table.columns[field] ?? table.columns.to ?? 1);
}

/** Every sheet of a workbook with the pipeline-history role (honouring the config's sheet pins). */
export function pipelineHistoriesOf(
  workbook: WorkbookSnapshot,
  config: Pick<ResolvedConfig, 'dateOrder' | 'sheets'>,
): PipelineHistoryTable[] {
  const tables: PipelineHistoryTable[] = [];
  for (const sheet of workbook.sheets) {
    const pin = config.sheets[sheet.name];
    if (pin === 'ignore' || (pin !== undefined && pin !== 'pipeline-history')) continue;
    const header = findHeader(sheet.values, pin);
    if (header?.role === 'pipeline-history') tables.push(buildPipelineHistoryTable(sheet, header, config));
  }
  return tables;
}

/** Every pipeline table of a workbook, read as the engine reads them. */
export function pipelineTablesOf(workbook: WorkbookSnapshot, config: ResolvedConfig): PipelineTable[] {
  const stages = config.stages ? new StageModel(config.stages, false) : new StageModel(DEFAULT_STAGES, true);
  const tables: PipelineTable[] = [];
  for (const sheet of workbook.sheets) {
    const pin = config.sheets[sheet.name];
    if (pin === 'ignore' || (pin !== undefined && pin !== 'pipeline')) continue;
    const header = findHeader(sheet.values, pin, config.columns);
    if (header?.role === 'pipeline') tables.push(buildPipelineTable(sheet, header, config, stages));
  }
  return tables;
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
  for (const table of histories) for (const entry of table.entries) all.push({ table, entry });
  return all
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.entry.at ?? -Infinity) - (b.h.entry.at ?? -Infinity) || a.i - b.i)
    .map(({ h }) => h);
}

/** Per deal (by `lookupKey`), its entries oldest first, optionally of one field only. */
export function historyByDeal(
  histories: readonly PipelineHistoryTable[],
  field?: PipelineField,
): Map<string, DealHistoryEntry[]> {
  const byDeal = new Map<string, DealHistoryEntry[]>();
  for (const h of orderedEntries(histories)) {
    if (field !== undefined && h.entry.field !== field) continue;
    const key = lookupKey(h.entry.deal!);
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
    const key = lookupKey(entry.deal!);
    let deal = state.get(key);
    if (!deal) state.set(key, (deal = { id: entry.deal!, values: {} }));
    deal.values[field as TrackedField] = entry.toText;
  }
  return state;
}

// ---- time in stage -------------------------------------------------------------------------

export interface StageSpell {
  stage: string;
  /** The day the deal entered the stage. */
  from: DayNumber;
  /** The day it left, or undefined while it is still there. */
  to?: DayNumber;
  /** Days in the stage: to the day it left, else to the as-of date. */
  days: number;
}

export interface DealTimeInStage {
  deal: string;
  spells: StageSpell[];
  /** Stage name → total days, for a deal that returned to a stage. */
  totals: Record<string, number>;
}

/**
 * From the history's stage changes, how long each deal spent in each stage it entered: from each
 * dated move to the next, and from the last one to `asOf`. Moves without a readable date are left
 * out. For the panel and for reports; pure.
 */
export function timeInStage(histories: readonly PipelineHistoryTable[], asOf: DayNumber): DealTimeInStage[] {
  const result: DealTimeInStage[] = [];
  for (const entries of historyByDeal(histories, 'stage').values()) {
    const dated = entries.filter((h) => h.entry.at !== undefined && h.entry.toText !== '');
    if (dated.length === 0) continue;
    const spells: StageSpell[] = dated.map((h, i) => {
      const from = h.entry.at!;
      const next = dated[i + 1]?.entry.at;
      const spell: StageSpell = { stage: h.entry.toText, from, days: Math.max(0, (next ?? asOf) - from) };
      if (next !== undefined) spell.to = next;
      return spell;
    });
    const totals: Record<string, number> = {};
    for (const s of spells) totals[s.stage] = (totals[s.stage] ?? 0) + s.days;
    result.push({ deal: entries[0].entry.deal!, spells, totals });
  }
  return result;
}
