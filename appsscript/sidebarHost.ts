import type { SpreadsheetHost } from '../shared/host';
import type { SidebarApi } from './server';

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

/** The Google Sheets side of the host interface, as seen from the sidebar. */
export const sidebarHost: SpreadsheetHost = {
  readWorkbook: () => callServer('pipelintReadWorkbook'),
  readCells: (locations) => callServer('pipelintReadCells', locations),
  writeCells: (edits) => callServer('pipelintWriteCells', edits),
  addSheet: (name) => callServer('pipelintAddSheet', name),
  select: (location) => callServer('pipelintSelect', location),
};
