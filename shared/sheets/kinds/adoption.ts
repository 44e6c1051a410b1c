import type { CellValue, SheetSnapshot } from '../../ground/types';
import type { ResolvedConfig } from '../../engine/config';
import { cellLocation } from '../../ground/address';
import { ADOPTION_STAGES, type AdoptionStage } from '../../ground/adoption';
import {
  adoptionFieldOf,
  historyFieldOf,
  type AdoptionField,
  type HeaderGuess,
  type HistoryField,
} from '../headers';
import { DateReader, cellText, isBlank, isErrorValue, type DayNumber } from '../../ground/values';
import { headerTexts, ignoreList, mapColumns, type DuplicateHeader } from './pipeline';

/** One person's place with one change, read once and shared by every adoption rule. */
export interface AdoptionRow {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  person?: string;
  /** The change (initiative, practice) as written. */
  change?: string;
  /** The Stage cell as written, when it holds text. */
  stageText?: string;
  /** The stage of change, when the Stage cell names one of the four. */
  stage?: AdoptionStage;
  /** The day the person entered the stage, when the cell holds a readable date. */
  since?: DayNumber;
  evidence?: string;
  impact?: string;
  ignore?: string[];
}

export interface AdoptionTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<AdoptionField, number>>;
  headers: string[];
  rows: AdoptionRow[];
  duplicateHeaders: DuplicateHeader[];
}

/** One recorded move of a person from one stage of a change to another. */
export interface HistoryEntry {
  /** 1-based sheet row. */
  row: number;
  person?: string;
  change?: string;
  fromText?: string;
  from?: AdoptionStage;
  toText?: string;
  to?: AdoptionStage;
  date?: DayNumber;
}

export interface HistoryTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<HistoryField, number>>;
  entries: HistoryEntry[];
}

const STAGE_KEYS = new Map(ADOPTION_STAGES.map((s) => [s.toLowerCase(), s]));

/** "adoption", " Introduction " → the stage; anything else undefined. Case and spacing do not count. */
export function adoptionStageOf(text: string | undefined): AdoptionStage | undefined {
  return text === undefined ? undefined : STAGE_KEYS.get(text.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** 0 for Consideration up to 3 for Adoption. */
export function stageIndex(stage: AdoptionStage): number {
  return ADOPTION_STAGES.indexOf(stage);
}

/** How people and changes are matched across sheets: case and extra spaces do not count. */
export function personKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function textOf(value: CellValue): string | undefined {
  if (isErrorValue(value)) return undefined;
  const text = cellText(value)?.trim();
  return text ? text : undefined;
}

function readRow(
  row: number,
  cells: CellValue[],
  columns: AdoptionTable['columns'],
  dates: DateReader,
): AdoptionRow {
  const at = (field: AdoptionField) =>
    columns[field] === undefined ? undefined : cells[columns[field]! - 1];
  const result: AdoptionRow = { row, cells };
  const person = textOf(at('person'));
  if (person !== undefined) result.person = person;
  const change = textOf(at('change'));
  if (change !== undefined) result.change = change;
  const stageText = textOf(at('stage'));
  if (stageText !== undefined) {
    result.stageText = stageText;
    const stage = adoptionStageOf(stageText);
    if (stage) result.stage = stage;
  }
  const since = dates.read(at('since'));
  if (since.ok === true) result.since = since.value;
  const evidence = textOf(at('evidence'));
  if (evidence !== undefined) result.evidence = evidence;
  const impact = textOf(at('impact'));
  if (impact !== undefined) result.impact = impact;
  const ignore = ignoreList(at('ignore'));
  if (ignore) result.ignore = ignore;
  return result;
}

/** A row names a person or a change; titles and notes under the table elsewhere are skipped. */
function isAdoptionRow(cells: CellValue[], columns: AdoptionTable['columns']): boolean {
  return (['person', 'change'] as const).some(
    (f) => columns[f] !== undefined && !isBlank(cells[columns[f]! - 1]),
  );
}

export function buildAdoptionTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: Pick<ResolvedConfig, 'dateOrder'>,
): AdoptionTable {
  const headers = headerTexts(sheet, header);
  const { columns, duplicateHeaders } = mapColumns<AdoptionField>(headers, adoptionFieldOf, {});
  const dates = new DateReader(config.dateOrder);
  const rows: AdoptionRow[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    if (isAdoptionRow(cells, columns)) rows.push(readRow(i + 1, cells, columns, dates));
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, columns, headers, rows, duplicateHeaders };
}

export function buildHistoryTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: Pick<ResolvedConfig, 'dateOrder'>,
): HistoryTable {
  const headers = headerTexts(sheet, header);
  const { columns } = mapColumns<HistoryField>(headers, historyFieldOf, {});
  const dates = new DateReader(config.dateOrder);
  const entries: HistoryEntry[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    const at = (field: HistoryField) =>
      columns[field] === undefined ? undefined : cells[columns[field]! - 1];
    const entry: HistoryEntry = { row: i + 1 };
    const person = textOf(at('person'));
    const change = textOf(at('change'));
    if (person === undefined && change === undefined) continue;
    if (person !== undefined) entry.person = person;
    if (change !== undefined) entry.change = change;
    const fromText = textOf(at('from'));
    if (fromText !== undefined) entry.fromText = fromText;
    const from = adoptionStageOf(fromText);
    if (from) entry.from = from;
    const toText = textOf(at('to'));
    if (toText !== undefined) entry.toText = toText;
    const to = adoptionStageOf(toText);
    if (to) entry.to = to;
    const date = dates.read(at('date'));
    if (date.ok === true) entry.date = date.value;
    entries.push(entry);
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, columns, entries };
}

export function adoptionCell(table: AdoptionTable, row: AdoptionRow, field: AdoptionField) {
  return cellLocation(
    table.sheet,
    row.row,
    table.columns[field] ?? table.columns.stage ?? table.columns.person ?? 1,
  );
}

export function historyCell(table: HistoryTable, entry: HistoryEntry, field: HistoryField) {
  return cellLocation(table.sheet, entry.row, table.columns[field] ?? table.columns.to ?? 1);
}

export interface PersonHistory {
  table: HistoryTable;
  entry: HistoryEntry;
}

/**
 * The recorded moves of one person with one change, oldest first: by date, then by row (a log is
 * written top to bottom). Entries without a date keep their place after dated ones of earlier rows.
 */
export function historyOf(
  histories: readonly HistoryTable[],
  person: string,
  change: string,
): PersonHistory[] {
  const p = personKey(person);
  const c = personKey(change);
  const found: PersonHistory[] = [];
  for (const table of histories)
    for (const entry of table.entries)
      if (entry.person && entry.change && personKey(entry.person) === p && personKey(entry.change) === c)
        found.push({ table, entry });
  return found
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) =>
        (a.h.entry.date ?? -Infinity) - (b.h.entry.date ?? -Infinity) ||
        (a.h.table === b.h.table ? a.h.entry.row - b.h.entry.row : a.i - b.i),
    )
    .map(({ h }) => h);
}

// ---- summary, for the panel ----------------------------------------------------------------

export interface StageMember {
  person: string;
  row: number;
  /** Days from the "since" date to the as-of date; undefined without a readable date. */
  days?: number;
}

export interface InitiativeSummary {
  /** The change as first written. */
  change: string;
  stages: Record<AdoptionStage, StageMember[]>;
  /** People whose Stage cell is blank or names none of the four stages. */
  unknown: (StageMember & { stageText?: string })[];
  /** Everyone on the initiative. */
  people: number;
}

/**
 * Per initiative, in the order the sheet first names it, who is in each stage and for how long.
 * Changes are grouped whatever their case or spacing. Pure: it reads the table only.
 */
export function adoptionSummary(table: AdoptionTable, asOf: DayNumber): InitiativeSummary[] {
  const byChange = new Map<string, InitiativeSummary>();
  for (const r of table.rows) {
    if (r.change === undefined || r.person === undefined) continue;
    const key = personKey(r.change);
    let summary = byChange.get(key);
    if (!summary) {
      summary = {
        change: r.change,
        stages: { Consideration: [], Contemplation: [], Introduction: [], Adoption: [] },
        unknown: [],
        people: 0,
      };
      byChange.set(key, summary);
    }
    const member: StageMember = { person: r.person, row: r.row };
    if (r.since !== undefined && r.since <= asOf) member.days = asOf - r.since;
    if (r.stage) summary.stages[r.stage].push(member);
    else summary.unknown.push(r.stageText === undefined ? member : { ...member, stageText: r.stageText });
    summary.people++;
  }
  return [...byChange.values()];
}
