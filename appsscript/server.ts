/**
 * The Apps Script project's server side: the custom functions, the add-on menu, and the calls the
 * sidebar makes through google.script.run. gas-webpack-plugin turns each `global.NAME =` (written
 * out each time: it does not follow aliases) into a top-level function, which is how Apps Script
 * finds entry points.
 */
import './functions';
import type { CellEdit, CellLocation, CellState, CellValue, WorkbookSnapshot } from '../shared/ground/types';
import { dayFromDate, serialFromDay } from '../shared/ground/values';
import { addSheet, readCells, readSpreadsheet, selectCell, writeCells } from './sheetsAdapter';

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

/**
 * What the sidebar may call through google.script.run. `sidebarHost` is typed against this object,
 * so a call with a misspelt name or the wrong arguments fails the typecheck, not the user.
 */
export const sidebarApi = {
  /** Every sheet's values, dates as serials. */
  pipelintReadWorkbook: (): WorkbookSnapshot =>
    transferableWorkbook(readSpreadsheet(SpreadsheetApp.getActive())),
  /** What some cells hold now, to check a fix is not stale and writes over no formula. */
  pipelintReadCells: (locations: CellLocation[]): CellState[] =>
    readCells(SpreadsheetApp.getActive(), locations).map((c) => ({ ...c, value: transferable(c.value) })),
  /** Applies a fix's (or an undo's) cell edits. */
  pipelintWriteCells: (edits: CellEdit[]): void => writeCells(SpreadsheetApp.getActive(), edits),
  /** Adds an empty sheet at the end (the settings sheet). */
  pipelintAddSheet: (name: string): void => addSheet(SpreadsheetApp.getActive(), name),
  /** Goes to a problem's cell. */
  pipelintSelect: (location: CellLocation): void => selectCell(SpreadsheetApp.getActive(), location),
};

export type SidebarApi = typeof sidebarApi;

// Each written out for gas-webpack-plugin, which does not follow a loop over the object's keys.
(global as Exposed).pipelintReadWorkbook = sidebarApi.pipelintReadWorkbook;
(global as Exposed).pipelintReadCells = sidebarApi.pipelintReadCells;
(global as Exposed).pipelintWriteCells = sidebarApi.pipelintWriteCells;
(global as Exposed).pipelintAddSheet = sidebarApi.pipelintAddSheet;
(global as Exposed).pipelintSelect = sidebarApi.pipelintSelect;
