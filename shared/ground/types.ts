/**
 * The shapes that cross the boundary between a host (Excel, Google Sheets, the CLI) and the core.
 * Nothing here depends on a host API: a host hands over plain values and applies plain edits.
 */

/** One cell as a host hands it over: Excel's `range.values` or Apps Script's `getValues()`. */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetSnapshot {
  name: string;
  /** Row-major, starting at A1. Rows may be ragged. */
  values: CellValue[][];
  /** Same shape as `values` where known; lets a date serial be told from a plain number. */
  numberFormats?: (string | null | undefined)[][];
  /** Same shape as `values` where known: a cell's formula ("=SUM(D2:D9)"), blank for a plain value. */
  formulas?: (string | null | undefined)[][];
}

/** A cell now, as a fix checks it before writing: its value and, when it is computed, its formula. */
export interface CellState {
  value: CellValue;
  formula?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A cell, 1-based like the spreadsheet itself; `address` is `Sheet!E12`. */
export interface CellLocation {
  sheet: string;
  row: number;
  column: number;
  address: string;
}

export interface RelatedLocation {
  location: CellLocation;
  message: string;
}

/** One cell write. `previous` is what the cell held when the fix was computed, so a host can undo it. */
export interface CellEdit {
  location: CellLocation;
  /** An empty string clears the cell. */
  value: NonNullable<CellValue>;
  previous: CellValue;
}

export interface QuickFix {
  title: string;
  edits: CellEdit[];
  /** The fix a host may apply without asking, like VS Code's preferred code action. */
  preferred?: boolean;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  location: CellLocation;
  related?: RelatedLocation[];
  fixes?: QuickFix[];
  deal?: string;
  owner?: string;
}
