import type { CellLocation, CellValue, SheetSnapshot } from '../../ground/types';
import { cellLocation, columnLetter, columnNumber } from '../../ground/address';
import {
  normalizeHeader,
  pipelineFieldOf,
  type HeaderGuess,
  type PipelineField,
  type SheetRole,
} from '../headers';
import type { ResolvedConfig } from '../../engine/config';
import type { ColumnNeed } from '../../engine/rule';
import type { StageInfo, StageModel } from '../stages';
import {
  DateReader,
  cellText,
  isBlank,
  isDateFormat,
  isErrorValue,
  numericDateOrders,
  parseAmount,
  parsePercent,
  type DateOrder,
  type DayNumber,
  type Parsed,
} from '../../ground/values';

/** What the engine learnt about one sheet, for the workbook rules. */
export interface SheetInfo {
  name: string;
  role?: SheetRole;
  /** 1-based; absent when no header was found. */
  headerRow?: number;
  /** Rows below the header that hold anything. */
  dataRows: number;
  /** True when no cell holds anything. */
  empty: boolean;
  pinned: boolean;
}

/** A value that could not be read as its column's type. */
export interface ValueProblem {
  column: number;
  field?: PipelineField;
  reason: string;
}

export const DATE_FIELDS = ['created', 'stageDate', 'closeDate', 'lastActivity'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** One pipeline row, read once and shared by every rule. */
export interface Deal {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  id?: string;
  owner?: string;
  stageText?: string;
  stage?: StageInfo;
  amount?: number;
  created?: DayNumber;
  stageDate?: DayNumber;
  closeDate?: DayNumber;
  lastActivity?: DayNumber;
  nextStep?: string;
  source?: string;
  probability?: number;
  product?: string;
  account?: string;
  /** Rule ids listed in the row's "Lint ignore" cell; `*` silences every rule. */
  ignore?: string[];
  problems?: ValueProblem[];
}

/**
 * Every field present from the start, unset ones as undefined: all deals then share one object
 * shape, so the rules' property reads stay fast and a deal is one allocation. Fields added as found
 * gave a dozen shapes and measurably slower lints on 100k+ rows.
 */
function newDeal(row: number, cells: CellValue[]): Deal {
  return {
    row,
    cells,
    id: undefined,
    owner: undefined,
    stageText: undefined,
    stage: undefined,
    amount: undefined,
    created: undefined,
    stageDate: undefined,
    closeDate: undefined,
    lastActivity: undefined,
    nextStep: undefined,
    source: undefined,
    probability: undefined,
    product: undefined,
    account: undefined,
    ignore: undefined,
    problems: undefined,
  };
}

export interface DuplicateHeader {
  column: number;
  header: string;
  /** The column that is used instead. */
  keptColumn: number;
  field?: string;
}

/** A text date column whose day/month order could not be settled from its own values. */
export interface DateColumnNote {
  field: DateField;
  column: number;
  kind: 'ambiguous' | 'mixed';
  assumed: DateOrder;
  /** A row holding an example value. */
  row: number;
  example: string;
}

export interface PipelineTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<PipelineField, number>>;
  headers: string[];
  deals: Deal[];
  duplicateHeaders: DuplicateHeader[];
  dateNotes: DateColumnNote[];
  /** Pinned columns that are not in the sheet. */
  missingPins: { field: PipelineField; pin: string }[];
  /** Filled by the engine: columns that enabled rules need and the sheet lacks. */
  missingColumns: MissingColumn[];
}

export interface MissingColumn {
  key: string;
  need: ColumnNeed;
  ruleIds: string[];
}

export function isOpen(deal: Deal): boolean {
  return deal.stage !== undefined && deal.stage.closed === undefined;
}

export function fieldLocation(table: PipelineTable, row: number, field: PipelineField): CellLocation {
  return cellLocation(table.sheet, row, table.columns[field] ?? 1);
}

export function headerLocation(table: PipelineTable, column: number): CellLocation {
  return cellLocation(table.sheet, table.headerRow, column);
}

/** Header text of a column, or its letter when the header is blank. */
export function columnName(table: PipelineTable, field: PipelineField): string {
  const column = table.columns[field];
  if (column === undefined) return field;
  return table.headers[column - 1] || `column ${columnLetter(column)}`;
}

/** The header row's cells as text, whatever the sheet kind. */
export function headerTexts(sheet: SheetSnapshot, header: HeaderGuess): string[] {
  return (sheet.values[header.headerIndex] ?? []).map((v) => cellText(v) ?? '');
}

/** A "Lint ignore" cell's rule ids (comma-, semicolon- or space-separated); undefined when blank. */
export function ignoreList(value: CellValue): string[] | undefined {
  const text = cellText(value);
  return text ? text.split(/[\s,;]+/).filter(Boolean) : undefined;
}

/**
 * Maps header cells to a sheet kind's fields: pinned columns first, then header words; a header
 * that repeats (by text or by meaning) is recorded and the first one kept.
 */
export function mapColumns<F extends string>(
  headers: string[],
  fieldOf: (header: string) => F | undefined,
  pins: Partial<Record<F, string>>,
) {
  const columns: Partial<Record<F, number>> = {};
  const duplicateHeaders: DuplicateHeader[] = [];
  const missingPins: { field: F; pin: string }[] = [];
  const pinned = new Set<number>();
  for (const [field, pin] of Object.entries(pins) as [F, string][]) {
    const byHeader = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(pin)) + 1;
    const column = byHeader || columnNumber(pin);
    if (column && column <= Math.max(headers.length, 1)) {
      columns[field] = column;
      pinned.add(column);
    } else missingPins.push({ field, pin });
  }
  const seenText = new Map<string, number>();
  headers.forEach((header, i) => {
    const column = i + 1;
    const key = normalizeHeader(header);
    if (!key) return;
    const sameText = seenText.get(key);
    if (sameText !== undefined) {
      duplicateHeaders.push({ column, header, keptColumn: sameText, field: fieldOf(header) });
      return;
    }
    seenText.set(key, column);
    if (pinned.has(column)) return;
    const field = fieldOf(header);
    if (!field || pins[field] !== undefined) return;
    const kept = columns[field];
    if (kept !== undefined) duplicateHeaders.push({ column, header, keptColumn: kept, field });
    else columns[field] = column;
  });
  return { columns, duplicateHeaders, missingPins };
}

/** A title or section label spanning the row ("Q3 deals"), not a deal: skipped, like a blank row. */
function isLabelRow(cells: CellValue[], columns: Partial<Record<PipelineField, number>>): boolean {
  let filled = 0;
  let first: CellValue;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (filled === 0) first = v;
    else if (v !== first) return false;
    filled++;
  }
  if (filled === 0) return true;
  const stage = columns.stage !== undefined ? cells[columns.stage - 1] : undefined;
  return typeof first === 'string' && (filled > 1 || isBlank(stage)) && !isErrorValue(first);
}

/** A numeric date has its first separator at index 1 or 2 (after any space); ISO dates and words skip the set lookup. */
function mayBeNumericDate(text: string): boolean {
  if (text.charCodeAt(0) === 32) return true;
  const c1 = text.charCodeAt(1);
  const c2 = text.charCodeAt(2);
  return c1 === 47 || c1 === 46 || c1 === 45 || c2 === 47 || c2 === 46 || c2 === 45; // / . -
}

/** Settles each text date column's order from its own values where the locale leaves it open. */
function dateOrders(
  rows: CellValue[][],
  firstData: number,
  columns: Partial<Record<PipelineField, number>>,
  config: ResolvedConfig,
) {
  const orders = new Map<DateField, DateOrder>();
  const notes: DateColumnNote[] = [];
  for (const field of DATE_FIELDS) {
    const column = columns[field];
    if (column === undefined) continue;
    const evidence = { MDY: 0, DMY: 0, both: 0 };
    let example: { row: number; text: string } | undefined;
    const seen = new Set<string>();
    for (let i = firstData; i < rows.length; i++) {
      const v = rows[i]?.[column - 1];
      if (typeof v !== 'string' || !mayBeNumericDate(v) || seen.has(v)) continue;
      seen.add(v);
      const fits = numericDateOrders(v);
      if (!fits || fits.length === 0) continue;
      if (fits.length === 2) {
        evidence.both++;
        example ??= { row: i + 1, text: v };
      } else {
        evidence[fits[0]]++;
        if (fits[0] !== config.dateOrder) example = { row: i + 1, text: v };
      }
    }
    let order = config.dateOrder;
    if (evidence.MDY && evidence.DMY) {
      notes.push({ field, column, kind: 'mixed', assumed: order, row: example!.row, example: example!.text });
    } else if (evidence.MDY || evidence.DMY) {
      order = evidence.MDY ? 'MDY' : 'DMY';
    } else if (evidence.both && !config.dateOrderExplicit) {
      notes.push({
        field,
        column,
        kind: 'ambiguous',
        assumed: order,
        row: example!.row,
        example: example!.text,
      });
    }
    orders.set(field, order);
  }
  return { orders, notes };
}

interface RowReader {
  field: PipelineField;
  index: number;
  read(deal: Deal, value: CellValue, numberFormat: string | null | undefined): void;
}

function problem(deal: Deal, column: number, field: PipelineField | undefined, reason: string) {
  (deal.problems ??= []).push({ column, field, reason });
}

function store<T>(deal: Deal, column: number, field: PipelineField, parsed: Parsed<T>, set: (v: T) => void) {
  if (parsed.ok === true) set(parsed.value);
  else if (parsed.ok === false) problem(deal, column, field, parsed.reason);
}

const TEXT_FIELDS = ['deal', 'owner', 'nextStep', 'source', 'product', 'account'] as const;
const TEXT_KEYS: Record<
  (typeof TEXT_FIELDS)[number],
  'id' | 'owner' | 'nextStep' | 'source' | 'product' | 'account'
> = {
  deal: 'id',
  owner: 'owner',
  nextStep: 'nextStep',
  source: 'source',
  product: 'product',
  account: 'account',
};

function rowReaders(
  columns: Partial<Record<PipelineField, number>>,
  config: ResolvedConfig,
  stages: StageModel,
  orders: Map<DateField, DateOrder>,
): RowReader[] {
  const readers: RowReader[] = [];
  const add = (field: PipelineField, read: RowReader['read']) => {
    const column = columns[field];
    if (column === undefined) return;
    readers.push({
      field,
      index: column - 1,
      read: (deal, v, fmt) =>
        isErrorValue(v) ? problem(deal, column, field, `the cell holds the error ${v}`) : read(deal, v, fmt),
    });
  };
  for (const field of TEXT_FIELDS) {
    const key = TEXT_KEYS[field];
    add(field, (deal, v) => (deal[key] = cellText(v)));
  }
  add('stage', (deal, v) => {
    const text = cellText(v);
    deal.stageText = text;
    if (text !== undefined) deal.stage = stages.resolve(text);
  });
  add('amount', (deal, v, fmt) =>
    store(
      deal,
      columns.amount!,
      'amount',
      parseAmount(v, config.decimal, isDateFormat(fmt)),
      (n) => (deal.amount = n),
    ),
  );
  add('probability', (deal, v) =>
    store(deal, columns.probability!, 'probability', parsePercent(v), (n) => (deal.probability = n)),
  );
  for (const field of DATE_FIELDS) {
    const reader = new DateReader(orders.get(field) ?? config.dateOrder);
    add(field, (deal, v) => store(deal, columns[field]!, field, reader.read(v), (d) => (deal[field] = d)));
  }
  add('ignore', (deal, v) => {
    const ignore = ignoreList(v);
    if (ignore) deal.ignore = ignore;
  });
  return readers;
}

/** Error values in columns no reader looks at still deserve a word: the row's data is broken there. */
function unreadErrors(deal: Deal, cells: CellValue[], read: Set<number>) {
  for (let i = 0; i < cells.length; i++) {
    if (!read.has(i) && isErrorValue(cells[i]))
      problem(deal, i + 1, undefined, `the cell holds the error ${cells[i]}`);
  }
}

export function buildPipelineTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: ResolvedConfig,
  stages: StageModel,
): PipelineTable {
  const rows = sheet.values;
  const headers = headerTexts(sheet, header);
  const { columns, duplicateHeaders, missingPins } = mapColumns(headers, pipelineFieldOf, config.columns);
  const firstData = header.headerIndex + 1;
  const { orders, notes } = dateOrders(rows, firstData, columns, config);
  const readers = rowReaders(columns, config, stages, orders);
  const readIndexes = new Set(readers.map((r) => r.index));
  const deals: Deal[] = [];
  for (let i = firstData; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isLabelRow(cells, columns)) continue;
    const formats = sheet.numberFormats?.[i];
    const deal = newDeal(i + 1, cells);
    for (const r of readers) r.read(deal, cells[r.index], formats?.[r.index]);
    unreadErrors(deal, cells, readIndexes);
    deals.push(deal);
  }
  return {
    sheet: sheet.name,
    headerRow: header.headerIndex + 1,
    columns,
    headers,
    deals,
    duplicateHeaders,
    dateNotes: notes,
    missingPins,
    missingColumns: [],
  };
}
