/**
 * How the Excel host splits a workbook read into requests. Excel on the web refuses a response
 * over 5 MB, so a big sheet is read in blocks of whole rows, one `context.sync` per block, sized
 * from what the cells already read really weighed; a small workbook is read in one request.
 */

/** What a read aims to stay under: 3 MB, well inside Excel on the web's 5 MB, for rows denser than those measured. */
export const READ_BUDGET_BYTES = 3_000_000;

/**
 * Bytes a cell is assumed to cost before any has been measured: its value, its number format and
 * its formula (the value again, for a plain cell), each as JSON. Generous, so that a small
 * workbook of ordinary cells is one request and a first block rarely overshoots; a wrong guess is
 * caught (`isPayloadTooLarge`) and the read tried again in smaller blocks.
 */
export const ASSUMED_BYTES_PER_CELL = 100;

/** A sheet's used range, 0-based as Office.js gives it; a sheet with nothing in it has no rows. */
export interface UsedShape {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Rows `start` to `start + rows - 1` of one sheet's used range (counted from its first row). */
export interface RowSlice {
  sheet: number;
  start: number;
  rows: number;
}

/**
 * The slices to load in the next request: the rows not read yet, in workbook order, as many as
 * `budget` holds at `bytesPerCell`, and always at least one row so that a read cannot stall.
 * `read[i]` is how many rows of sheet `i` are read already.
 */
export function nextSlices(
  shapes: readonly UsedShape[],
  read: readonly number[],
  bytesPerCell: number,
  budget = READ_BUDGET_BYTES,
): RowSlice[] {
  const slices: RowSlice[] = [];
  let left = budget;
  for (let sheet = 0; sheet < shapes.length; sheet++) {
    const { rowCount, columnCount } = shapes[sheet];
    const remaining = rowCount - read[sheet];
    if (remaining <= 0 || columnCount <= 0) continue;
    const fit = Math.floor(left / (bytesPerCell * columnCount));
    const rows = Math.min(remaining, slices.length ? fit : Math.max(1, fit));
    if (rows <= 0) break;
    slices.push({ sheet, start: read[sheet], rows });
    left -= rows * columnCount * bytesPerCell;
    if (rows < remaining) break;
  }
  return slices;
}

/** Whether every sheet's used range has been read. */
export function allRead(shapes: readonly UsedShape[], read: readonly number[]): boolean {
  return shapes.every((s, i) => s.columnCount <= 0 || read[i] >= s.rowCount);
}

const utf8 = new TextEncoder();

/** The size of what a block of cells comes back as: its values, number formats and formulas as JSON. */
export function payloadBytes(values: unknown, numberFormat: unknown, formulas: unknown): number {
  return utf8.encode(JSON.stringify([values, numberFormat, formulas])).length;
}

/**
 * Excel's answer to a request whose response would be too large. Excel on the web names it;
 * other errors (a sheet deleted meanwhile, a lost connection) are not for a retry in blocks.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
