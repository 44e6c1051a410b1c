/**
 * The Apps Script project's server side: the custom functions, the add-on menu, the onEdit
 * trigger, and the calls the sidebar makes through google.script.run. gas-webpack-plugin turns
 * each `global.NAME =` (written out each time: it does not follow aliases) into a top-level
 * function, which is how Apps Script finds entry points.
 *
 * Only SpreadsheetApp, HtmlService and Utilities are used, which the manifest's two scopes
 * (spreadsheets.currentonly, script.container.ui) cover, and the document's properties, which
 * need no scope: they hold only when each sheet was last edited (editStamps.ts). Nothing is
 * fetched or sent.
 */
import './functions';
import { lint, loadConfig } from '../shared';
import type { Highlight } from '../shared/host';
import type {
  CellEdit,
  CellLocation,
  CellState,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../shared/ground/types';
import {
  addSheet,
  clearHighlights,
  highlight,
  readCells,
  readSheets,
  readSpreadsheet,
  removeSheet,
  selectCell,
  writeCells,
} from './sheetsAdapter';
import { recordStageEdit, takeSnapshot, type EditEvent } from './history';
import { withSidebarRequest, type SidebarRequest } from './sidebarPage';
import { editStamps, stampEdits, type EditStamps } from './editStamps';
import { formatInSheets, localDate, wallClock } from './zone';

type Exposed = Record<string, unknown>;

/** The add-on menu, in the order it shows: each item's label and the server function it runs. */
export const MENU_ITEMS: readonly (readonly [label: string, functionName: string])[] = [
  ['Open sidebar', 'pipelintMenuOpen'],
  ['Lint now', 'pipelintMenuLint'],
  ['Goal wizard', 'pipelintMenuGoal'],
  ['Settings', 'pipelintMenuSettings'],
  ['Take snapshot', 'pipelintMenuSnapshot'],
  ['Clear highlights', 'pipelintMenuClearHighlights'],
];

/**
 * Adds the Pipelint menu when the spreadsheet opens. Before the add-on is used in a file, onOpen
 * runs with no access to it (AuthMode.NONE), so building the menu is all it does.
 */
(global as Exposed).onOpen = () => {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [label, name] of MENU_ITEMS) menu.addItem(label, name);
  menu.addToUi();
};

/** Adds the menu right after the add-on is installed, without waiting for a reopen. */
(global as Exposed).onInstall = () => ((global as Exposed).onOpen as () => void)();

/** Opens the sidebar on the tab asked for. */
function openSidebar(request: SidebarRequest): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar');
  page.setContent(withSidebarRequest(page.getContent(), request)).setTitle('Pipelint');
  SpreadsheetApp.getUi().showSidebar(page);
}

/** A short message in the corner of the grid, which goes by itself. */
function toast(message: string): void {
  SpreadsheetApp.getActive().toast(message, 'Pipelint');
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/**
 * Lints the whole spreadsheet here on the server, in one execution (read included), and marks the
 * problem cells, so the grid shows them even before the sidebar has loaded.
 */
export function lintNow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now = new Date()): number {
  const workbook = readSpreadsheet(spreadsheet);
  const today = localDate(wallClock(now, spreadsheet.getSpreadsheetTimeZone(), formatInSheets));
  const loaded = loadConfig({}, today);
  if (!loaded.ok) throw new Error('Pipelint could not load its default settings.');
  const { diagnostics } = lint(workbook, loaded.config);
  highlight(
    spreadsheet,
    diagnostics.map((d): Highlight => ({ location: d.location, severity: d.severity })),
  );
  return diagnostics.length;
}

(global as Exposed).pipelintMenuOpen = () => openSidebar({ tab: 'problems', lint: false });

(global as Exposed).pipelintMenuLint = () => {
  const found = lintNow(SpreadsheetApp.getActive());
  toast(found ? `${plural(found, 'problem')} found and marked.` : 'No problems found.');
  openSidebar({ tab: 'problems', lint: true });
};

(global as Exposed).pipelintMenuGoal = () => openSidebar({ tab: 'goal', lint: false });

(global as Exposed).pipelintMenuSettings = () => openSidebar({ tab: 'settings', lint: false });

(global as Exposed).pipelintMenuSnapshot = () => {
  const { sheet, changes } = takeSnapshot(SpreadsheetApp.getActive());
  toast(
    changes.length
      ? `${plural(changes.length, 'change')} since the last snapshot added to "${sheet}".`
      : 'Nothing has changed since the last snapshot.',
  );
};

(global as Exposed).pipelintMenuClearHighlights = () => {
  clearHighlights(SpreadsheetApp.getActive());
  toast('Highlights cleared.');
};

/**
 * A simple trigger, so it runs for everyone who edits, within 30 seconds: the edited sheet is
 * stamped for the sidebar's live lint, and a stage typed into a pipeline or adoption sheet goes
 * to its history. It reads the top of each sheet and the edited
 * row, never a whole sheet. An error here must not interrupt the person's typing, so it is logged.
 */
(global as Exposed).onEdit = (e: EditEvent) => {
  try {
    const edited = [e.range.getSheet().getName()];
    try {
      const move = recordStageEdit(e);
      if (move) edited.push(move.sheet);
    } finally {
      // The history sheet changed too, so the sidebar re-reads it; and the edit itself is stamped
      // even when its history could not be written.
      stampEdits(PropertiesService.getDocumentProperties(), edited, Date.now());
    }
  } catch (error) {
    // Shown in the project's Executions log (Stackdriver, appsscript.json), never in the grid.
    // eslint-disable-next-line no-console -- Apps Script's console is its log, not a terminal.
    console.error(error);
  }
};

/**
 * What the sidebar may call through google.script.run: one call per host method, and no Date
 * in either direction (google.script.run cannot carry one; dates go as serials, or as ISO text in
 * edits). `sidebarHost` is typed against this object, so a call with a misspelt name or the wrong
 * arguments fails the typecheck, not the user.
 */
export const sidebarApi = {
  /** Every sheet's values, number formats and formulas, dates as serials in the spreadsheet's zone. */
  pipelintReadWorkbook: (): WorkbookSnapshot => readSpreadsheet(SpreadsheetApp.getActive()),
  /** Only the named sheets, for the live lint after an edit. */
  pipelintReadSheets: (names: string[]): SheetSnapshot[] => readSheets(SpreadsheetApp.getActive(), names),
  /** What some cells hold now, to check a fix is not stale and writes over no formula. */
  pipelintReadCells: (locations: CellLocation[]): CellState[] =>
    readCells(SpreadsheetApp.getActive(), locations),
  /** Applies a batch of edits: fixes, an undo, settings, a goal or an adoption row. */
  pipelintWriteCells: (edits: CellEdit[]): void => writeCells(SpreadsheetApp.getActive(), edits),
  /** Adds an empty sheet at the end (the settings sheet, the goals sheet). */
  pipelintAddSheet: (name: string): void => addSheet(SpreadsheetApp.getActive(), name),
  /** Removes a sheet the pane added, if it is still empty. */
  pipelintRemoveSheet: (name: string): boolean => removeSheet(SpreadsheetApp.getActive(), name),
  /** Goes to a problem's cell, on its sheet. */
  pipelintSelect: (location: CellLocation): void => selectCell(SpreadsheetApp.getActive(), location),
  /** Replaces the problem marks in the grid. */
  pipelintHighlight: (marks: Highlight[]): void => highlight(SpreadsheetApp.getActive(), marks),
  /** Removes the problem marks, and only those. */
  pipelintClearHighlights: (): void => clearHighlights(SpreadsheetApp.getActive()),
  /** When each sheet was last edited in the grid, for the sidebar's live lint. */
  pipelintEditStamps: (): EditStamps => editStamps(PropertiesService.getDocumentProperties()),
};

export type SidebarApi = typeof sidebarApi;

// Each written out for gas-webpack-plugin, which does not follow a loop over the object's keys.
(global as Exposed).pipelintReadWorkbook = sidebarApi.pipelintReadWorkbook;
(global as Exposed).pipelintReadSheets = sidebarApi.pipelintReadSheets;
(global as Exposed).pipelintReadCells = sidebarApi.pipelintReadCells;
(global as Exposed).pipelintWriteCells = sidebarApi.pipelintWriteCells;
(global as Exposed).pipelintAddSheet = sidebarApi.pipelintAddSheet;
(global as Exposed).pipelintRemoveSheet = sidebarApi.pipelintRemoveSheet;
(global as Exposed).pipelintSelect = sidebarApi.pipelintSelect;
(global as Exposed).pipelintHighlight = sidebarApi.pipelintHighlight;
(global as Exposed).pipelintClearHighlights = sidebarApi.pipelintClearHighlights;
(global as Exposed).pipelintEditStamps = sidebarApi.pipelintEditStamps;
