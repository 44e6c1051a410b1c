import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  QuickFix,
  Severity,
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
  /** Adds an empty sheet at the end, for what the pane writes on a sheet of its own (the settings). */
  addSheet(name: string): Promise<void>;
  select(location: CellLocation): Promise<void>;
  /**
   * Calls `listener` when the person selects a cell in the grid, so the pane can show that cell's
   * problems; returns the function that stops it. A host without selection events leaves it out.
   */
  onSelectionChanged?(listener: (location: CellLocation) => void): () => void;
  /**
   * Calls `listener` with the names of the sheets whose cells changed, whoever changed them, so
   * the pane can lint again; returns the function that stops it. A host without change events
   * leaves it out, and the pane lints when asked.
   */
  onChanged?(listener: (sheets: string[]) => void): () => void;
  /**
   * Marks problem cells in the grid, as squiggles mark code: a format the host owns and can find
   * again, never a change to what the person wrote or formatted. Replaces the marks it made before.
   * A host that cannot mark cells leaves it out, and the pane offers no highlights.
   */
  highlight?(marks: Highlight[]): Promise<void>;
  /** Removes exactly the marks `highlight` made, and nothing else. */
  clearHighlights?(): Promise<void>;
}

/** One cell to mark, and how serious its worst problem is. */
export interface Highlight {
  location: CellLocation;
  severity: Severity;
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

/** What a batch of fixes did: the ones written, the edits that undo them, the cells that stopped the rest. */
export interface BatchOutcome {
  applied: QuickFix[];
  undo: CellEdit[];
  stale: CellLocation[];
  formulas: CellLocation[];
}

/**
 * Applies the fixes whose cells all still hold what the lint saw and none of which is computed: a
 * fix computed from stale data would overwrite someone's newer edit, and one written over a
 * formula would replace the formula with a constant. Two fixes for one cell: the first wins. One
 * read and one write, however many fixes: each round trip to Excel or Sheets is the slow part.
 */
export async function applyFixes(host: SpreadsheetHost, fixes: readonly QuickFix[]): Promise<BatchOutcome> {
  const cells = new Map<string, { location: CellLocation; index: number }>();
  for (const e of fixes.flatMap((f) => f.edits))
    if (!cells.has(e.location.address))
      cells.set(e.location.address, { location: e.location, index: cells.size });
  const current = await host.readCells([...cells.values()].map((c) => c.location));
  const now = (e: CellEdit) => current[cells.get(e.location.address)!.index];
  const outcome: BatchOutcome = { applied: [], undo: [], stale: [], formulas: [] };
  const claimed = new Set<string>();
  for (const fix of fixes) {
    const formulas = fix.edits.filter((e) => now(e).formula).map((e) => e.location);
    const stale = fix.edits.filter((e) => !sameValue(now(e).value, e.previous)).map((e) => e.location);
    outcome.formulas.push(...formulas);
    outcome.stale.push(...stale);
    if (formulas.length || stale.length || fix.edits.some((e) => claimed.has(e.location.address))) continue;
    for (const e of fix.edits) claimed.add(e.location.address);
    outcome.applied.push(fix);
  }
  const edits = outcome.applied.flatMap((f) => f.edits);
  if (edits.length) await host.writeCells(edits);
  outcome.undo = undoEdits(edits);
  return outcome;
}

/** Applies one fix, as `applyFixes` does: only onto fresh cells that hold no formula. */
export async function applyFix(host: SpreadsheetHost, fix: QuickFix): Promise<FixOutcome> {
  const { applied, undo, stale, formulas } = await applyFixes(host, [fix]);
  return applied.length ? { applied: true, undo } : { applied: false, stale, formulas };
}
