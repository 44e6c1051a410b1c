import type { CellLocation } from './types';
import { flatText } from './words';

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  const known = LETTERS[column];
  if (known !== undefined) return known;
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (column > 0 && column < LETTERS_KEPT) LETTERS[column] = letters;
  return letters;
}

/**
 * The letters of the columns asked for so far: every diagnostic's address names one, and a sheet
 * has few. Only the first 702 columns (A to ZZ) are kept.
 */
const LETTERS: string[] = [];
const LETTERS_KEPT = 703;

/** A → 1, AA → 27; undefined for anything that is not a column reference. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheet names with anything but letters, digits and underscores are quoted, as spreadsheets do. */
export function quoteSheetName(sheet: string): string {
  if (sheet === lastSheet) return lastQuoted;
  lastQuoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  lastSheet = sheet;
  return lastQuoted;
}

/** The sheet last quoted: a lint's addresses come a sheet at a time, thousands on the same one. */
let lastSheet: string | undefined;
let lastQuoted = '';

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(column)}${row}`;
}

export function cellLocation(sheet: string, row: number, column: number): CellLocation {
  return { sheet, row, column, address: flatText(cellAddress(sheet, row, column)) };
}
