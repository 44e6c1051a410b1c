import type { CellLocation } from './types';

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A → 1, AA → 27; undefined for anything that is not a column reference. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheet names with anything but letters, digits and underscores are quoted, as spreadsheets do. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(column)}${row}`;
}

export function cellLocation(sheet: string, row: number, column: number): CellLocation {
  return { sheet, row, column, address: cellAddress(sheet, row, column) };
}
