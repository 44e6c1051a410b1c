/**
 * What every formatter is given: the lint results of each input plus the context a report needs.
 * Host-free on purpose (no Node, no DOM), so the Excel and Sheets add-ins can format a report too.
 */
import type { LintResult } from '../engine/engine';
import type { RuleMeta } from '../engine/rule';
import type { CellValue, Diagnostic, Severity } from '../ground/types';

/** One input as the user named it, with what the linter made of it. */
export interface LintedWorkbook {
  /** The path as given on the command line (a file or a folder of CSVs). */
  path: string;
  /** Sheet name → the file it came from; for a folder, each sheet's own CSV. */
  sheetFiles: Readonly<Record<string, string>>;
  /** What the formatters print: the problems and what was read, not the model behind them. */
  result: Pick<LintResult, 'diagnostics' | 'sheets' | 'rowsLinted' | 'inferredStages'>;
}

/** The rule metadata a report shows; `RULES.map((r) => r.meta)` fits. */
export type RuleInfo = Pick<RuleMeta<unknown>, 'id' | 'description' | 'docs' | 'defaultSeverity'>;

export interface LintReport {
  workbooks: readonly LintedWorkbook[];
  /** Every rule known to the linter, in registry order (SARIF lists them all). */
  rules: readonly RuleInfo[];
  toolVersion: string;
  /** Where to read about the tool (SARIF `informationUri`). */
  informationUri?: string;
  /** Time spent linting, in milliseconds. */
  elapsedMs: number;
  /** Time spent reading the inputs, in milliseconds, when the host measured it. */
  readMs?: number;
}

/** A formatter turns a whole report into the text written out. */
export type Formatter = (report: LintReport) => string;

/** The file a diagnostic's sheet came from; the input path when the sheet is not in the map. */
export function fileOfSheet(workbook: LintedWorkbook, sheet: string): string {
  return Object.prototype.hasOwnProperty.call(workbook.sheetFiles, sheet)
    ? workbook.sheetFiles[sheet]
    : workbook.path;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(diagnostics: Iterable<Diagnostic>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export function allDiagnostics(report: LintReport): Diagnostic[] {
  return report.workbooks.flatMap((w) => w.result.diagnostics);
}

export type JsonCellValue = string | number | boolean | null;

/** JSON has no dates or undefined: a Date becomes ISO text, a missing value null. */
export function jsonCellValue(value: CellValue): JsonCellValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return value;
}
