/** The host-free core: every host (CLI, Excel, Google Sheets) lints through these entry points. */
import { resolveConfig, type ConfigResult } from './engine/config';
import { lintWorkbook, type LintOptions, type LintResult } from './engine/engine';
import type { WorkbookSnapshot } from './ground/types';
import { RULES } from './rules';

export * from './ground/types';
export { cellAddress, cellLocation, columnLetter } from './ground/address';
export { configSchema, type PipelintConfig, type ResolvedConfig, type ConfigProblem } from './engine/config';
export type { LintOptions, LintResult, SheetSummary } from './engine/engine';
export { tablesOf } from './engine/engine';
export type { PaceVerdict } from './analyses/execution/pace';
export { MEASURE_FUNCTIONS, parseMeasure, type MeasureError } from './analyses/execution/measure';
export type { RuleModule, RuleMeta } from './engine/rule';
export * from './summaries';
export type { CoverageGap } from './analyses/coverage';
export {
  pipelineChanges,
  pipelineState,
  replayHistory,
  type PipelineChange,
  type PipelineState,
} from './analyses/history';
export type { PipelineHistoryTable } from './sheets/kinds/pipelineHistory';
export { RULES };

/** Validates a config object (parsed JSON) against the schema and the rule registry. */
export function loadConfig(raw: unknown, today?: Date): ConfigResult {
  return resolveConfig(raw, RULES, today);
}

/** Lints a snapshot with a config already loaded. */
export function lint(
  workbook: WorkbookSnapshot,
  config: import('./engine/config').ResolvedConfig,
  options?: LintOptions,
): LintResult {
  return lintWorkbook(workbook, config, RULES, options);
}
