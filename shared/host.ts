import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  QuickFix,
  WorkbookSnapshot,
} from './ground/types';
import { isBlank } from './ground/values';

/**
 * What the UI needs from a spreadsheet, whichever spreadsheet it is. Excel and Google Sheets each
 * implement this in a few lines around their own API; the core and the UI only see this.
 */
export interface SpreadsheetHost {
  /** Every sheet's values (and number formats and formulas where the host has them), from A1. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** What the given cells hold now, in order: value, and formula when the cell has one. */
  readCells(locations: CellLocation[]): Promise<CellState[]>;
  writeCells(edits: CellEdit[]): Promise<void>;
  select(location: CellLocation): Promise<void>;
}

/** Two cell values are the same for a fix when a person would see no change. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || String(a).trim() === String(b).trim();
}

export type FixOutcome =
  { applied: true; undo: CellEdit[] } | { applied: false; stale: CellLocation[]; formulas: CellLocation[] };

/** The edits that put back what `edits` changed, newest first. */
export function undoEdits(edits: CellEdit[]): CellEdit[] {
  return [...edits].reverse().map((e) => ({
    location: e.location,
    value: isBlank(e.previous) ? '' : (e.previous as NonNullable<CellValue>),
    previous: e.value,
  }));
}

/**
 * Applies a fix only if every cell still holds what the lint saw, and none of them is computed: a
 * fix computed from stale data would overwrite someone's newer edit, and one written over a
 * formula would replace the formula with a constant. Returns the edits that undo it.
 */
export async function applyFix(host: SpreadsheetHost, fix: QuickFix): Promise<FixOutcome> {
  const current = await host.readCells(fix.edits.map((e) => e.location));
  const formulas = fix.edits.filter((_, i) => current[i].formula).map((e) => e.location);
  const stale = fix.edits.filter((e, i) => !sameValue(current[i].value, e.previous)).map((e) => e.location);
  if (stale.length || formulas.length) return { applied: false, stale, formulas };
  await host.writeCells(fix.edits);
  return { applied: true, undo: undoEdits(fix.edits) };
}
