/**
 * What the hosts draw beside the problem list, built on demand from a lint result: nothing here
 * runs during a lint, so the CLI, which draws none of it, never pays for it.
 */
import type { LintResult } from '../engine/engine';
import type { ResolvedConfig } from '../engine/config';
import type { PaceJudgement } from '../analyses/execution/pace';
import { pathSummary, type OwnerPathSummary } from './paths';
import { coverageSummary, type PrioritySummary } from './coverage';
import { adoptionSummary, type InitiativeSummary } from './adoption';
import { timeInStage, type DealTimeInStage } from './timeInStage';

export type { OwnerPathSummary, StepStatus } from './paths';
export type { PrioritySummary } from './coverage';
export type { InitiativeSummary, StageMember } from './adoption';
export type { DealTimeInStage, StageSpell } from './timeInStage';

/**
 * Per owner, each execution-path step's actual, target and pace on the as-of date; the verdicts
 * follow `path/behind-pace`'s options when it is on.
 */
export function pathSummaries(result: LintResult, config: ResolvedConfig): OwnerPathSummary[] {
  const { model } = result;
  const judge = config.rules.get('path/behind-pace')?.options as PaceJudgement | undefined;
  const paths = model.tables('path').map((table) => ({ table, paces: model.paces(table) }));
  return judge ? pathSummary(paths, judge) : pathSummary(paths);
}

/** Per coverage sheet, each priority's levers and verdict. */
export function coverageSummaries(result: LintResult): { sheet: string; priorities: PrioritySummary[] }[] {
  return result.model.tables('coverage').map((t) => ({ sheet: t.sheet, priorities: coverageSummary(t) }));
}

/** Per adoption sheet, who is in which stage of each change, and for how long. */
export function adoptionSummaries(result: LintResult): { sheet: string; initiatives: InitiativeSummary[] }[] {
  const { asOf } = result.model.settings;
  return result.model
    .tables('adoption')
    .map((t) => ({ sheet: t.sheet, initiatives: adoptionSummary(t, asOf) }));
}

/** From the pipeline history, how long each deal spent in each stage it entered. */
export function timeInStageSummaries(result: LintResult): DealTimeInStage[] {
  return timeInStage(result.model.tables('pipeline-history'), result.model.settings.asOf);
}
