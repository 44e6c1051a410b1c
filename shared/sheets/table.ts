import type { CellLocation, CellValue, QuickFix, SheetSnapshot } from '../ground/types';
import { cellLocation, columnNumber } from '../ground/address';
import { isIdHeader, normalizeHeader } from '../ground/keys';
import { cellText, isBlank } from '../ground/values';
import type { DuplicateHeader, KindSpec, ReadContext, RowRecord, Table } from './kind';

/**
 * The work every kind's reader shares: header texts, column mapping and pins, duplicate headers,
 * the "Lint ignore" cell, and where a row's field is in the grid.
 */

/** The header row's cells as text, whatever the sheet kind. */
export function headerTexts(
  values: readonly (readonly CellValue[] | undefined)[],
  headerIndex: number,
): string[] {
  return (values[headerIndex] ?? []).map((v) => cellText(v) ?? '');
}

/** A "Lint ignore" cell's rule ids (comma-, semicolon- or space-separated); undefined when blank. */
export function ignoreList(value: CellValue): string[] | undefined {
  const text = cellText(value);
  return text ? text.split(/[\s,;]+/).filter(Boolean) : undefined;
}

/**
 * Maps header cells to a sheet kind's fields: pinned columns first, then header words; a header
 * that repeats (by text or by meaning) is recorded and the first one kept. An id column beside a
 * name column of the same field ("Owner ID" and "Owner name") is no repeat: the field takes the
 * name, or the id for the fields the kind keys by id (a pipeline's deal), and `idColumns` keeps
 * every field's id column.
 */
export function mapColumns<F extends string>(
  headers: string[],
  fieldOf: (header: string) => F | undefined,
  pins: Partial<Record<F, string>>,
  options: { repeatable?: readonly F[]; keyedById?: readonly F[] } = {},
) {
  const { repeatable = [], keyedById = [] } = options;
  const columns: Partial<Record<F, number>> = {};
  const idColumns: Partial<Record<F, number>> = {};
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
  const isId = (column: number) => isIdHeader(headers[column - 1] ?? '');
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
    if (kept === undefined) columns[field] = column;
    else if (isId(kept) !== isId(column) && idColumns[field] === undefined) {
      const [id, name] = isId(column) ? [column, kept] : [kept, column];
      idColumns[field] = id;
      columns[field] = keyedById.includes(field) ? id : name;
    } else if (!repeatable.includes(field))
      duplicateHeaders.push({ column, header, keptColumn: kept, field });
  });
  for (const [field, column] of Object.entries(columns) as [F, number][])
    if (idColumns[field] === undefined && isId(column)) idColumns[field] = column;
  return { columns, idColumns, duplicateHeaders, missingPins };
}

/** The config's pins for a kind's fields. */
export function pinsFor<F extends string>(
  kind: KindSpec<F>,
  context: ReadContext,
): Partial<Record<F, string>> {
  return (context.pins[kind.id] ?? {}) as Partial<Record<F, string>>;
}

/** How one kind reads its rows, given the generic reader's column map. */
export interface RowReader<F extends string, R extends RowRecord> {
  /** Whether a row below the header is one of the kind's rows (titles, notes and blank rows are not). */
  isRow(cells: CellValue[], columns: Partial<Record<F, number>>): boolean;
  /** The row's record, without its "Lint ignore" entries: the reader adds those. */
  read(row: number, cells: CellValue[], columns: Partial<Record<F, number>>): R;
  /** Header text → field, when the kind reads a header by its neighbours (coverage's "Activity or outcome"). */
  fieldOf?(headers: readonly string[]): (header: string) => F | undefined;
}

/** Reads a sheet as one kind's table: every kind but the pipeline uses this as it is. */
export function readTable<F extends string, R extends RowRecord>(
  kind: KindSpec<F>,
  sheet: SheetSnapshot,
  headerIndex: number,
  context: ReadContext,
  reader: RowReader<F, R>,
): Table<F, R> {
  const headers = headerTexts(sheet.values, headerIndex);
  const fieldOf = reader.fieldOf?.(headers) ?? kind.fieldOf;
  const { columns, idColumns, duplicateHeaders, missingPins } = mapColumns(
    headers,
    fieldOf,
    pinsFor(kind, context),
    kind,
  );
  const ignoreColumn = (columns as Partial<Record<string, number>>).ignore;
  const rows: R[] = [];
  for (let i = headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    if (!reader.isRow(cells, columns)) continue;
    const record = reader.read(i + 1, cells, columns);
    const ignore = ignoreColumn === undefined ? undefined : ignoreList(cells[ignoreColumn - 1]);
    if (ignore) record.ignore = ignore;
    rows.push(record);
  }
  return {
    kind,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    headers,
    columns,
    idColumns,
    rows,
    duplicateHeaders,
    missingPins,
  };
}

/** The cell of a row's field; when the sheet lacks the field, the kind's anchor field, else column A. */
export function cellOf<F extends string>(table: Table<F, RowRecord>, row: RowRecord, field: F): CellLocation {
  let column = table.columns[field];
  for (const anchor of table.kind.anchor) column ??= table.columns[anchor];
  return cellLocation(table.sheet, row.row, column ?? 1);
}

/**
 * A quick fix that writes one cell of a row, of any kind, remembering what the cell held so the
 * host can undo it (and refuse the fix if the cell changed since the lint). A report about the
 * same cell passes its `location`: one object for both, not two, for each of a big sheet's reports.
 */
export function setCellFix<F extends string, R extends RowRecord>(
  table: Table<F, R>,
  row: R,
  field: F,
  title: string,
  value: string | number,
  preferred = false,
  location = cellOf(table, row, field),
): QuickFix {
  const fix: QuickFix = {
    title,
    edits: [{ location, value, previous: rawCell(table, row, field) ?? null }],
  };
  if (preferred) fix.preferred = true;
  return fix;
}

/** A cell of the header row. */
export function headerCell(table: Table<string, RowRecord>, column: number): CellLocation {
  return cellLocation(table.sheet, table.headerRow, column);
}

/** What a row's field cell holds as written; undefined when the sheet lacks the field. */
export function rawCell<F extends string>(table: Table<F, RowRecord>, row: RowRecord, field: F): CellValue {
  const column = table.columns[field];
  return column === undefined ? undefined : row.cells[column - 1];
}

/**
 * The record read from a sheet row, if the table has one. Rows are in sheet order, so a binary
 * search finds it: the pane asks this for every problem row it draws.
 */
export function rowAt(table: Table<string, RowRecord>, row: number): RowRecord | undefined {
  const rows = table.rows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < row) lo = mid + 1;
    else if (rows[mid].row > row) hi = mid - 1;
    else return rows[mid];
  }
  return undefined;
}

/** Rows below the header that hold anything. */
export function countDataRows(values: readonly (readonly CellValue[] | undefined)[], from: number): number {
  let n = 0;
  for (let i = from; i < values.length; i++) if (values[i]?.some(isFilled)) n++;
  return n;
}

/** Named, not an arrow in the loop: that would be a new closure for each of a million rows. */
const isFilled = (v: CellValue) => !isBlank(v);
