import type { SpreadsheetHost } from '../shared/host';

/** The part of google.script.run the sidebar uses; Apps Script provides it in the sidebar page. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** Calls a server function from appsscript/server.ts and resolves with what it returns. */
function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (run[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The Google Sheets side of the host interface, as seen from the sidebar. */
export const sidebarHost: SpreadsheetHost = {
  readWorkbook: () => callServer('pipelintReadWorkbook'),
  readCells: (locations) => callServer('pipelintReadCells', locations),
  writeCells: (edits) => callServer('pipelintWriteCells', edits),
  select: (location) => callServer('pipelintSelect', location),
};
