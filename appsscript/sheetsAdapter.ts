import type { Highlight } from '../shared/host';
import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../shared/ground/types';
import { MARK_FILL, MAX_ADDRESS_CHARS } from './marks';
import { isMarkFormula, markFormula, markRules } from '../shared/marks';
import { writePlan } from './writePlan';
import { serialReader, serialsInPlace, formatInSheets as formatDate } from './zone';
import { localDateText } from '../shared/ground/values';

/**
 * The Google Sheets side of the host interface, over SpreadsheetApp. Apps Script server code is
 * synchronous, so these are plain functions; the sidebar reaches each through one
 * google.script.run call. Every call to the Spreadsheet service is a round trip, so each function
 * makes as few as it can: one read of values, number formats and formulas per sheet, one write per
 * rectangle of cells.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Dates read in the spreadsheet's own time zone, as serials (see zone.ts). */
function dateReader(spreadsheet: Spreadsheet) {
  return serialReader(spreadsheet.getSpreadsheetTimeZone(), formatDate);
}

/**
 * One sheet from A1: getDataRange() always starts there and spans the last row and column with
 * content, so its cells already sit where the core expects them.
 */
/** Number formats that say nothing the core reads (neither a date nor a currency): Sheets' defaults. */
const PLAIN_FORMATS = new Set(['', 'General', '0.###############']);

/**
 * Only what a grid says beyond its default, so that a big sheet's snapshot stays small on its way
 * to the sidebar (`google.script.run` sends it as JSON): a default cell is null, a row of defaults
 * an empty row, and a grid of nothing but defaults is left out.
 */
export function beyondDefault(
  grid: string[][],
  isDefault: (cell: string) => boolean,
): (string | null)[][] | undefined {
  let any = false;
  const rows = grid.map((row) => {
    if (row.every(isDefault)) return [];
    any = true;
    return row.map((cell) => (isDefault(cell) ? null : cell));
  });
  return any ? rows : undefined;
}

function readSheet(sheet: Sheet, toSerial: (date: Date) => number | null): SheetSnapshot {
  const range = sheet.getDataRange();
  const numberFormats = beyondDefault(range.getNumberFormats(), (f) => PLAIN_FORMATS.has(f));
  const formulas = beyondDefault(range.getFormulas(), (f) => f === '');
  return {
    name: sheet.getName(),
    values: serialsInPlace(range.getValues(), toSerial),
    ...(numberFormats && { numberFormats }),
    ...(formulas && { formulas }),
  };
}

/** Every sheet, dates as serials in the spreadsheet's zone. */
export function readSpreadsheet(spreadsheet: Spreadsheet): WorkbookSnapshot {
  const toSerial = dateReader(spreadsheet);
  return { sheets: spreadsheet.getSheets().map((sheet) => readSheet(sheet, toSerial)) };
}

/**
 * The named sheets, in the order asked. A sheet renamed or deleted since is left out, which tells
 * the pane to read the whole workbook again (see `readChanged`).
 */
export function readSheets(spreadsheet: Spreadsheet, names: readonly string[]): SheetSnapshot[] {
  const toSerial = dateReader(spreadsheet);
  return names
    .map((name) => spreadsheet.getSheetByName(name))
    .filter((sheet): sheet is Sheet => sheet !== null)
    .map((sheet) => readSheet(sheet, toSerial));
}

function sheetOf(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`There is no sheet named "${name}" any more.`);
  return sheet;
}

/**
 * Up to this many cells, the cells a fix checks are read as the one rectangle around them on their
 * sheet (two calls); beyond, one by one, as a few cells at the two ends of a long sheet would
 * otherwise read the whole of it.
 */
export const READ_BOX_CELLS = 50_000;

/** Each cell's value, and its formula when it has one (Sheets gives "" for a plain value). */
export function readCells(spreadsheet: Spreadsheet, locations: readonly CellLocation[]): CellState[] {
  const toSerial = dateReader(spreadsheet);
  const state = (value: unknown, formula: string): CellState => {
    const v = value instanceof Date ? toSerial(value) : (value as CellValue);
    return formula ? { value: v, formula } : { value: v };
  };
  const out: CellState[] = new Array<CellState>(locations.length);
  const bySheet = new Map<string, number[]>();
  locations.forEach((l, i) => bySheet.set(l.sheet, [...(bySheet.get(l.sheet) ?? []), i]));
  for (const [name, indexes] of bySheet) {
    const sheet = sheetOf(spreadsheet, name);
    const rows = indexes.map((i) => locations[i].row);
    const columns = indexes.map((i) => locations[i].column);
    const [top, left] = [Math.min(...rows), Math.min(...columns)];
    const [height, width] = [Math.max(...rows) - top + 1, Math.max(...columns) - left + 1];
    if (height * width <= READ_BOX_CELLS) {
      const box = sheet.getRange(top, left, height, width);
      const [values, formulas] = [box.getValues(), box.getFormulas()];
      for (const i of indexes) {
        const [r, c] = [locations[i].row - top, locations[i].column - left];
        out[i] = state(values[r][c], formulas[r][c]);
      }
    } else {
      for (const i of indexes) {
        const range = sheet.getRange(locations[i].row, locations[i].column);
        out[i] = state(range.getValue(), range.getFormula());
      }
    }
  }
  return out;
}

/** What a cell is given: a Date as ISO text (see `localDateText`), anything else as it is. */
const writable = (value: CellValue): CellValue => (value instanceof Date ? localDateText(value) : value);

/** Writes the edits, rectangle by rectangle (see writePlan.ts). */
export function writeCells(spreadsheet: Spreadsheet, edits: readonly CellEdit[]): void {
  const sheets = new Map<string, Sheet>();
  const sheet = (name: string) => {
    let found = sheets.get(name);
    if (!found) sheets.set(name, (found = sheetOf(spreadsheet, name)));
    return found;
  };
  for (const step of writePlan(edits)) {
    if (step.kind === 'block')
      sheet(step.sheet)
        .getRange(step.row, step.column, step.values.length, step.values[0].length)
        .setValues(step.values.map((row) => row.map(writable)));
    else
      sheet(step.sheet)
        .getRangeList(step.a1)
        .setValue(writable(step.value) as string);
  }
}

/**
 * A new empty sheet at the end, for what the pane writes on a sheet of its own. Sheets makes a new
 * sheet the active one; the person stays on the sheet they were looking at, as in Excel.
 */
export function addSheet(spreadsheet: Spreadsheet, name: string): void {
  const active = spreadsheet.getActiveSheet();
  spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  active.activate();
}

/**
 * Removes a sheet the pane added, when undoing that, but only when it holds nothing: what someone
 * typed there since stays. Sheets will not delete a spreadsheet's last sheet either.
 */
export function removeSheet(spreadsheet: Spreadsheet, name: string): boolean {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0 || spreadsheet.getNumSheets() < 2)
    return false;
  spreadsheet.deleteSheet(sheet);
  return true;
}

/** Goes to a cell: its sheet first, then the cell. */
export function selectCell(spreadsheet: Spreadsheet, location: CellLocation): void {
  const sheet = sheetOf(spreadsheet, location.sheet);
  sheet.activate();
  sheet.getRange(location.row, location.column).activate();
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Whether a conditional format rule is one of Pipelint's marks, by its formula's tag. */
function isMark(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return (
    condition !== null &&
    condition.getCriteriaType() === SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA &&
    isMarkFormula(condition.getCriteriaValues()[0])
  );
}

/**
 * Replaces Pipelint's marks with `marks`: on each sheet, one read of its rules and, where marks
 * come or go, one write of the person's own rules, unchanged and in their order, after the new
 * marks. Marks go first so that they show over the person's colours, as a squiggle shows over code.
 */
export function highlight(spreadsheet: Spreadsheet, marks: readonly Highlight[]): void {
  const wanted = new Map<string, ReturnType<typeof markRules>>();
  for (const rule of markRules(marks, MAX_ADDRESS_CHARS))
    wanted.set(rule.sheet, [...(wanted.get(rule.sheet) ?? []), rule]);
  for (const sheet of spreadsheet.getSheets()) {
    const rules = sheet.getConditionalFormatRules();
    const theirs = rules.filter((r) => !isMark(r));
    const mine = wanted.get(sheet.getName()) ?? [];
    if (!mine.length && theirs.length === rules.length) continue;
    const built = mine.map((m) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(markFormula(m.severity))
        .setBackground(MARK_FILL[m.severity])
        .setRanges(sheet.getRangeList(m.areas).getRanges())
        .build(),
    );
    sheet.setConditionalFormatRules([...built, ...theirs]);
  }
}

/** Removes exactly the marks `highlight` made, and nothing else. */
export function clearHighlights(spreadsheet: Spreadsheet): void {
  highlight(spreadsheet, []);
}
