/**
 * The Apps Script project's server side: the custom functions, the add-on menu, and the calls the
 * sidebar makes through google.script.run. gas-webpack-plugin turns each `global.NAME =` (written
 * out each time: it does not follow aliases) into a top-level function, which is how Apps Script
 * finds entry points.
 */
import './functions';
import type { CellEdit, CellLocation, CellValue, WorkbookSnapshot } from '../shared/ground/types';
import { dayFromDate, serialFromDay } from '../shared/ground/values';
import { readCells, readSpreadsheet, selectCell, writeCells } from './sheetsAdapter';

type Exposed = Record<string, unknown>;

/** google.script.run cannot carry Date objects; serials are what the Excel host hands over too. */
function transferable(value: CellValue): CellValue {
  return value instanceof Date ? serialFromDay(dayFromDate(value)) : value;
}

function transferableWorkbook(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((s) => ({ ...s, values: s.values.map((row) => row.map(transferable)) })),
  };
}

/** Adds the Pipelint menu when the spreadsheet opens. */
(global as Exposed).onOpen = () => {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Lint pipeline', 'showSidebar').addToUi();
};

/** Adds the menu right after the add-on is installed, without waiting for a reopen. */
(global as Exposed).onInstall = () => ((global as Exposed).onOpen as () => void)();

/** Opens the Pipelint sidebar. */
(global as Exposed).showSidebar = () => {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Pipelint'));
};

/** Sidebar: every sheet's values, dates as serials. */
(global as Exposed).pipelintReadWorkbook = () =>
  transferableWorkbook(readSpreadsheet(SpreadsheetApp.getActive()));

/** Sidebar: current values of some cells, to check a fix is not stale. */
(global as Exposed).pipelintReadCells = (locations: CellLocation[]) =>
  readCells(SpreadsheetApp.getActive(), locations).map(transferable);

/** Sidebar: apply a fix's (or an undo's) cell edits. */
(global as Exposed).pipelintWriteCells = (edits: CellEdit[]) => writeCells(SpreadsheetApp.getActive(), edits);

/** Sidebar: go to a problem's cell. */
(global as Exposed).pipelintSelect = (location: CellLocation) =>
  selectCell(SpreadsheetApp.getActive(), location);
