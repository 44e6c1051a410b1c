import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  QuickFix,
  Severity,
  SheetSnapshot,
  WorkbookSnapshot,
} from './ground/types';
import { dayFromDate, isBlank, serialFromDay } from './ground/values';

/**
 * What the UI needs from a spreadsheet, whichever spreadsheet it is. Excel and Google Sheets each
 * implement this in a few lines around their own API; the core and the UI only see this.
 */
export interface SpreadsheetHost {
  /** Every sheet's values (and number formats and formulas where the host has them), from A1. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /**
   * Only the named sheets, as `readWorkbook` reads them, in the order asked: after an edit, a
   * live lint re-reads the sheets that changed and keeps the rest. A host where one sheet costs
   * as much as all of them leaves it out.
   */
  readSheets?(names: string[]): Promise<SheetSnapshot[]>;
  /** What the given cells hold now, in order: value, and formula when the cell has one. */
  readCells(locations: CellLocation[]): Promise<CellState[]>;
  writeCells(edits: CellEdit[]): Promise<void>;
  /** Adds an empty sheet at the end, for what the pane writes on a sheet of its own (the settings). */
  addSheet(name: string): Promise<void>;
  /**
   * Removes a sheet the pane added, when undoing the change that added it, but only when the sheet
   * holds nothing: whatever someone typed there since stays. Returns whether it was removed. A
   * host that cannot remove sheets leaves it out, and the undone sheet stays, empty.
   */
  removeSheet?(name: string): Promise<boolean>;
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

/**
 * The workbook as it is now, reading as little as will do: with the sheets that changed since
 * `last` was read, only those (when the host can read sheets by name and every one of them was
 * there before); otherwise the whole workbook.
 */
export async function readChanged(
  host: SpreadsheetHost,
  last: WorkbookSnapshot | undefined,
  changed: ReadonlySet<string> | undefined,
): Promise<WorkbookSnapshot> {
  const known = new Set(last?.sheets.map((s) => s.name));
  if (!last || !changed?.size || !host.readSheets || [...changed].some((n) => !known.has(n)))
    return host.readWorkbook();
  const fresh = await host.readSheets([...changed]);
  const byName = new Map(fresh.map((s) => [s.name, s]));
  // A sheet that vanished meanwhile (renamed, deleted) makes the merge wrong: read it all.
  if (byName.size !== changed.size) return host.readWorkbook();
  return { sheets: last.sheets.map((s) => byName.get(s.name) ?? s) };
}

/** One cell to mark, and how serious its worst problem is. */
export interface Highlight {
  location: CellLocation;
  severity: Severity;
}

/** ISO date text, as fixes write dates: "2027-06-30", maybe with a time of day, without a zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/;
/** Excel's serials run from 1 (1900-01-01) to 2958465 (9999-12-31). */
const LAST_SERIAL = 2_958_466;
/** Excel keeps a time to about a millisecond; half a second apart is the same moment to a person. */
const SAME_MOMENT = 0.5 / 86_400;

/** A moment as an Excel serial: the day's serial plus the fraction of the day gone by. */
function serialAt(day: Date, hours: number, minutes: number, seconds: number): number {
  return serialFromDay(dayFromDate(day)) + (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/**
 * What a date-like value means, as an Excel serial: a Date, ISO date text, or a number in Excel's
 * serial range. Undefined for anything else (and for text naming a day that does not exist).
 */
function dateMeaning(value: CellValue): number | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const seconds = value.getSeconds() + value.getMilliseconds() / 1000;
    return serialAt(value, value.getHours(), value.getMinutes(), seconds);
  }
  if (typeof value === 'number') return value >= 1 && value < LAST_SERIAL ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, date, hours, minutes, seconds] = m.slice(1).map((p) => Number(p ?? 0));
  const day = new Date(year, month - 1, date);
  if (day.getMonth() !== month - 1 || day.getDate() !== date) return undefined;
  return serialAt(day, hours, minutes, seconds);
}

/**
 * Two cell values are the same for a fix when a person would see no change. Dates by meaning:
 * Excel turns the date text a fix writes into a serial number, and Apps Script hands dates over as
 * Dates, so the undo of a date fix finds a serial or a Date where it wrote text.
 */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === b || String(a).trim() === String(b).trim()) return true;
  // Two numbers were compared above: 46568 and 46568.5 are different values, not one date.
  if (typeof a === 'number' && typeof b === 'number') return false;
  const [x, y] = [dateMeaning(a), dateMeaning(b)];
  return x !== undefined && y !== undefined && Math.abs(x - y) < SAME_MOMENT;
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
