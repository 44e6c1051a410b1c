/**
 * What one lint of the bench workbook costs the hosts in round trips and bytes, which no Node
 * timing shows: in Excel every `context.sync` is a round trip to the workbook (a network request in
 * Excel on the web), in Google Sheets every service call is one to Google's servers.
 *
 * - Excel: the Office.js mock of the tests (test/hosts/excelMock.ts) holds the workbook; the add-in's
 *   own reader (`createExcelHost` from addin/excelHost.ts) reads it all, then the core lints it. The
 *   mock counts every sync and the JSON size of every response (values, number formats and formulas),
 *   which is what Excel on the web's 5 MB limit is measured against.
 * - Google Sheets: the recording fake of the Apps Script services (test/appsscript/fakeApps.ts) holds
 *   it; **Lint now** (`lintNow`: read, lint, mark the problem cells) runs against it, then the sidebar's
 *   read (`pipelintReadWorkbook`, whose answer crosses google.script.run as JSON). The fake charges each
 *   call by its cost model (`APPS_SCRIPT_COSTS`), a modelled figure, not a measurement of Google.
 */
import { createExcelHost } from '../addin/excelHost';
import { lintNow, sidebarApi } from '../appsscript/server';
import { lint, type ResolvedConfig, type WorkbookSnapshot } from '../shared';
import { installExcel, type FakeSheet } from '../test/hosts/excelMock';
import { APPS_SCRIPT_COSTS, fakeApps, scriptView } from '../test/appsscript/fakeApps';
import { AS_OF } from './generate';

export interface ExcelFigures {
  /** `context.sync` calls for the read: each one round trip. */
  syncs: number;
  /** `Excel.run` batches the read used. */
  runs: number;
  /** Responses that carried cells, and the JSON bytes of them all and of the largest. */
  cellResponses: number;
  bytes: number;
  largestResponseBytes: number;
  /** Read and lint, in this process (the mock's own bookkeeping included). */
  ms: number;
  diagnostics: number;
}

export interface SheetsFigures {
  /** Lint now: every Apps Script service call (reads, then the highlight rules). */
  serviceCalls: number;
  /**
   * Of which round trips to Google's servers: the rest run inside the script (Utilities.formatDate,
   * once per distinct date, and the conditional format rule builder), as the fake's cost model has it.
   */
  roundTrips: number;
  getValuesCalls: number;
  /** Cells moved by those calls (getValues, getNumberFormats, getFormulas, setValues). */
  cellsMoved: number;
  /** Service time by the fake's cost model: perCallMs a call, perThousandCellsMs per 1,000 cells. */
  serviceMs: number;
  costModel: typeof APPS_SCRIPT_COSTS;
  /** The sidebar's read: its service calls, and the bytes of its answer as JSON. */
  sidebarReadCalls: number;
  sidebarReadBytes: number;
  sidebarReadServiceMs: number;
  problems: number;
}

export interface HostFigures {
  rows: number;
  excel: ExcelFigures;
  sheets: SheetsFigures;
}

/** Calls the fake charges as work inside the script rather than a round trip (see `FakeApps.wrap`). */
const IN_SCRIPT = /^(?:Utilities|RuleBuilder|HtmlOutput|Menu)\./;

/** The snapshot's sheets as the Excel mock holds them: from A1, a blank cell as Excel's ''. */
function excelSheets(workbook: WorkbookSnapshot): FakeSheet[] {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    top: 0,
    left: 0,
    cells: sheet.values.map((row) => row.map((v) => v ?? '')),
    formats: sheet.values.map((row, r) => row.map((_, c) => sheet.numberFormats?.[r]?.[c] ?? 'General')),
  }));
}

async function excelFigures(workbook: WorkbookSnapshot, config: ResolvedConfig): Promise<ExcelFigures> {
  const { stats } = installExcel(excelSheets(workbook));
  try {
    const start = performance.now();
    const snapshot = await createExcelHost().readWorkbook();
    const result = lint(snapshot, config);
    const ms = performance.now() - start;
    return {
      syncs: stats.syncs,
      runs: stats.runs,
      cellResponses: stats.payloads.length,
      bytes: stats.payloads.reduce((a, b) => a + b, 0),
      largestResponseBytes: Math.max(0, ...stats.payloads),
      ms: Math.round(ms),
      diagnostics: result.diagnostics.length,
    };
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
}

function sheetsFigures(workbook: WorkbookSnapshot): SheetsFigures {
  const env = fakeApps('Etc/UTC');
  try {
    for (const sheet of workbook.sheets) {
      // Straight into the fake's store, as Sheets holds a pasted sheet: a date is a serial with a date
      // format (getValues hands it over as a Date), a blank cell is ''.
      const fake = env.spreadsheet.add(sheet.name);
      fake.values = sheet.values.map((row) => row.map((v) => v ?? ''));
      fake.formats = sheet.values.map((row, r) =>
        row.map((_, c) => sheet.numberFormats?.[r]?.[c] ?? 'General'),
      );
    }
    env.apps.reset();
    // Noon on the bench's as-of day, so "today" is that day in the spreadsheet's zone.
    const problems = lintNow(scriptView(env.apps), new Date(`${AS_OF}T12:00:00Z`));
    const lintCalls = [...env.apps.calls];
    const serviceMs = env.apps.elapsedMs;
    env.apps.reset();
    const sidebarReadBytes = Buffer.byteLength(JSON.stringify(sidebarApi.pipelintReadWorkbook()));
    return {
      serviceCalls: lintCalls.length,
      roundTrips: lintCalls.filter((c) => !IN_SCRIPT.test(c.method)).length,
      getValuesCalls: lintCalls.filter((c) => c.method === 'Range.getValues').length,
      cellsMoved: lintCalls.reduce((n, c) => n + (c.cells ?? 0), 0),
      serviceMs: Math.round(serviceMs),
      costModel: APPS_SCRIPT_COSTS,
      sidebarReadCalls: env.apps.count(),
      sidebarReadBytes,
      sidebarReadServiceMs: Math.round(env.apps.elapsedMs),
      problems,
    };
  } finally {
    env.uninstall();
  }
}

/** Both hosts' figures for one lint of `workbook`. */
export async function benchHosts(
  rows: number,
  workbook: WorkbookSnapshot,
  config: ResolvedConfig,
): Promise<HostFigures> {
  return { rows, excel: await excelFigures(workbook, config), sheets: sheetsFigures(workbook) };
}
