/** The host-free core: every host (CLI, Excel, Google Sheets) lints through these entry points. */
import { resolveConfig, type ConfigResult } from './core/config';
import { lintWorkbook, type LintOptions, type LintResult } from './core/engine';
import type { WorkbookSnapshot } from './core/types';
import { RULES } from './rules';

export * from './core/types';
export { cellAddress, cellLocation, columnLetter } from './core/address';
export { configSchema, type PipelintConfig, type ResolvedConfig, type ConfigProblem } from './core/config';
export type { LintOptions, LintResult, SheetSummary, WorkbookSummaries } from './core/engine';
export type { InitiativeSummary } from './core/adoptionTable';
export type { OwnerPathSummary, StepStatus, PaceVerdict } from './execution/pace';
export { MEASURE_FUNCTIONS, parseMeasure, type MeasureError } from './execution/measure';
export type { RuleModule, RuleMeta } from './core/rule';
export {
  buildCoverageTable,
  coverageSummary,
  type CoverageTable,
  type CoverageGap,
  type PrioritySummary,
} from './core/coverageTable';
export {
  pipelineChanges,
  pipelineHistoriesOf,
  pipelineState,
  pipelineTablesOf,
  replayHistory,
  timeInStage,
  type DealTimeInStage,
  type PipelineChange,
  type PipelineHistoryTable,
  type PipelineState,
  type StageSpell,
} from './core/pipelineHistory';
export { RULES };

/** Validates a config object (parsed JSON) against the schema and the rule registry. */
export function loadConfig(raw: unknown, today?: Date): ConfigResult {
  return resolveConfig(raw, RULES, today);
}

/** Lints a snapshot with a config already loaded. */
export function lint(
  workbook: WorkbookSnapshot,
  config: import('./core/config').ResolvedConfig,
  options?: LintOptions,
): LintResult {
  return lintWorkbook(workbook, config, RULES, options);
}
