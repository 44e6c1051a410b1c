import type { CellEdit, CellLocation, CellValue, QuickFix, WorkbookSnapshot } from './ground/types';
import { isBlank } from './ground/values';

/**
 * What the UI needs from a spreadsheet, whichever spreadsheet it is. Excel and Google Sheets each
 * implement this in a few lines around their own API; the core and the UI only see this.
 */
export interface SpreadsheetHost {
  /** Every sheet's values (and number formats where the host has them), from A1. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Current values of the given cells, in order. */
  readCells(locations: CellLocation[]): Promise<CellValue[]>;
  writeCells(edits: CellEdit[]): Promise<void>;
  select(location: CellLocation): Promise<void>;
}

/** Two cell values are the same for a fix when a person would see no change. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || String(a).trim() === String(b).trim();
}

export type FixOutcome = { applied: true; undo: CellEdit[] } | { applied: false; stale: CellLocation[] };

/** The edits that put back what `edits` changed, newest first. */
export function undoEdits(edits: CellEdit[]): CellEdit[] {
  return [...edits].reverse().map((e) => ({
    location: e.location,
    value: isBlank(e.previous) ? '' : (e.previous as NonNullable<CellValue>),
    previous: e.value,
  }));
}

/**
 * Applies a fix only if every cell still holds what the lint saw: a fix computed from stale data
 * would overwrite someone's newer edit. Returns the edits that undo it.
 */
export async function applyFix(host: SpreadsheetHost, fix: QuickFix): Promise<FixOutcome> {
  const current = await host.readCells(fix.edits.map((e) => e.location));
  const stale = fix.edits.filter((e, i) => !sameValue(current[i], e.previous)).map((e) => e.location);
  if (stale.length) return { applied: false, stale };
  await host.writeCells(fix.edits);
  return { applied: true, undo: undoEdits(fix.edits) };
}
