import type { CellEdit, CellLocation, CellState, CellValue, WorkbookSnapshot } from '../shared/ground/types';

/**
 * The Google Sheets side of the host interface, over SpreadsheetApp. Apps Script server code is
 * synchronous, so these are plain functions; the sidebar reaches them through google.script.run.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** getDataRange() always starts at A1, so its values already sit where the core expects them. */
export function readSpreadsheet(spreadsheet: Spreadsheet): WorkbookSnapshot {
  return {
    sheets: spreadsheet.getSheets().map((sheet) => {
      const range = sheet.getDataRange();
      return {
        name: sheet.getName(),
        values: range.getValues() as CellValue[][],
        numberFormats: range.getNumberFormats(),
        formulas: range.getFormulas(),
      };
    }),
  };
}

function sheetOf(spreadsheet: Spreadsheet, location: CellLocation) {
  const sheet = spreadsheet.getSheetByName(location.sheet);
  if (!sheet) throw new Error(`There is no sheet named "${location.sheet}" any more.`);
  return sheet;
}

/** Each cell's value, and its formula when it has one (getFormula gives "" for a plain value). */
export function readCells(spreadsheet: Spreadsheet, locations: CellLocation[]): CellState[] {
  return locations.map((l) => {
    const range = sheetOf(spreadsheet, l).getRange(l.row, l.column);
    const formula = range.getFormula();
    return formula
      ? { value: range.getValue() as CellValue, formula }
      : { value: range.getValue() as CellValue };
  });
}

export function writeCells(spreadsheet: Spreadsheet, edits: CellEdit[]): void {
  for (const edit of edits)
    sheetOf(spreadsheet, edit.location)
      .getRange(edit.location.row, edit.location.column)
      .setValue(edit.value);
}

/** A new empty sheet at the end, as the pane's settings are written on a sheet of their own. */
export function addSheet(spreadsheet: Spreadsheet, name: string): void {
  spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
}

export function selectCell(spreadsheet: Spreadsheet, location: CellLocation): void {
  const sheet = sheetOf(spreadsheet, location);
  sheet.activate();
  sheet.getRange(location.row, location.column).activate();
}
