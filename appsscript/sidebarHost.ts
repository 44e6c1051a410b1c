import type { SpreadsheetHost } from '../shared/host';
import type { CellEdit, CellValue } from '../shared/ground/types';
import type { SidebarApi } from './server';
import { localDateText } from '../shared/ground/values';
import { editedSince, type EditStamps } from './editStamps';

/** The part of google.script.run the sidebar uses; Apps Script provides it in the sidebar page. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function of appsscript/server.ts by its name in `sidebarApi`, with the arguments
 * it takes, and resolves with what it returns. Only the type of the server is imported: none of
 * its code ends up in the sidebar.
 */
export function callServer<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<SidebarApi[K]>))
      .withFailureHandler(reject);
    (run[name] as (...a: unknown[]) => void)(...args);
  });
}

/**
 * google.script.run turns a Date into null, so none is sent: a date a fix writes goes as ISO text
 * of its local day, which Sheets reads as that date, as Excel does.
 */
const sendable = (value: CellValue): CellValue => (value instanceof Date ? localDateText(value) : value);

function sendableEdits(edits: CellEdit[]): CellEdit[] {
  return edits.map((e) => ({
    ...e,
    value: sendable(e.value) as NonNullable<CellValue>,
    previous: sendable(e.previous),
  }));
}

/**
 * How often the open sidebar asks which sheets were edited (editStamps.ts): one small call, so a
 * typed change is linted within a few seconds without keeping Apps Script busy.
 */
export const EDIT_POLL_MS = 3000;

/**
 * Edits in the grid, learnt by asking the server for the onEdit trigger's stamps. The first
 * answer is the baseline; each later one that moved calls `listener` with the sheets edited. No
 * poll goes out while the sidebar is out of sight (another tab, a minimised window).
 */
function onEdited(listener: (sheets: string[]) => void): () => void {
  let last: EditStamps | undefined;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    if (!document.hidden) {
      try {
        const stamps = await callServer('pipelintEditStamps');
        const edited = last ? editedSince(last, stamps) : [];
        last = stamps;
        if (edited.length > 0 && !stopped) listener(edited);
      } catch {
        // A poll lost on the way (the network, a server busy) is made up by the next one.
      }
    }
    if (!stopped) timer = setTimeout(() => void poll(), EDIT_POLL_MS);
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * The Google Sheets side of the host interface, as seen from the sidebar: each method is one
 * google.script.run call, however many cells it reads or writes. Sheets tells a sidebar nothing
 * of selections in the grid, so there is no onSelectionChanged; edits arrive by `onEdited`.
 */
export const sidebarHost: SpreadsheetHost = {
  readWorkbook: () => callServer('pipelintReadWorkbook'),
  readSheets: (names) => callServer('pipelintReadSheets', names),
  readCells: (locations) => callServer('pipelintReadCells', locations),
  writeCells: (edits) => callServer('pipelintWriteCells', sendableEdits(edits)),
  addSheet: (name) => callServer('pipelintAddSheet', name),
  removeSheet: (name) => callServer('pipelintRemoveSheet', name),
  select: (location) => callServer('pipelintSelect', location),
  highlight: (marks) => callServer('pipelintHighlight', marks),
  clearHighlights: () => callServer('pipelintClearHighlights'),
  onChanged: onEdited,
};
