import { nameKey } from '../../ground/keys';
import type { DayNumber } from '../../ground/values';
import type { CompiledResult, MeasureUnit } from './measure';
import { elapsedShare, periodWindow, type PeriodWindow } from '../../ground/period';
import { pathsOf, scopeOf, type PathStep, type PathTable, type StepScope } from '../../sheets/kinds/path';

/** Pace below this share of the pro-rated target is behind, unless a rule's options say otherwise. */
export const DEFAULT_THRESHOLD = 0.8;
/** Before this share of the period has gone by, one slow day looks like a disaster: no verdict yet. */
export const DEFAULT_MIN_ELAPSED = 0.1;

/** The name team-wide steps are listed under. */
export const TEAM_OWNER = 'Team';

export interface OwnerPace {
  /** The owner as first written in the data, or "Team". */
  owner: string;
  /** `nameKey` of the owner; undefined for the team. */
  ownerKey?: string;
  actual: number;
  /** The target for the whole period. */
  target: number;
  /** The target pro-rated to the as-of date. */
  expected: number;
  /** actual ÷ expected: 1 is exactly on pace. */
  pace: number;
}

export interface StepPace {
  step: PathStep;
  unit: MeasureUnit;
  window: PeriodWindow;
  /** Share of the period gone by on the as-of date, 0..1. */
  elapsed: number;
  scope: StepScope;
  owners: OwnerPace[];
}

function ownerPace(
  owner: string,
  ownerKey: string | undefined,
  actual: number,
  target: number,
  elapsed: number,
) {
  const expected = target * elapsed;
  const pace: OwnerPace = { owner, actual, target, expected, pace: expected > 0 ? actual / expected : 1 };
  if (ownerKey !== undefined) pace.ownerKey = ownerKey;
  return pace;
}

/**
 * A step's actual against its target pro-rated to `asOf`, for each owner it is judged on; undefined
 * when the step has no known kind, no working measure or no target. `knownOwners` is everyone the workbook names.
 */
export function stepPace(
  step: PathStep,
  compiled: CompiledResult | undefined,
  asOf: DayNumber,
  knownOwners: ReadonlyMap<string, string>,
) {
  if (!step.kind || compiled?.ok !== true || step.target.ok !== true) return undefined;
  const measure = compiled.measure;
  const target = step.target.target.value;
  const window = periodWindow(step.period, asOf);
  const elapsed = elapsedShare(window, asOf);
  const totals = measure.totals({ from: window.start, to: asOf });
  const scope = scopeOf(step, knownOwners);
  const actualOf = (key: string) => totals.byOwner.get(key) ?? 0;
  let owners: OwnerPace[];
  if (scope === 'team') owners = [ownerPace(TEAM_OWNER, undefined, totals.all, target, elapsed)];
  else if (scope === 'person') {
    const key = nameKey(step.owner!);
    owners = [ownerPace(knownOwners.get(key)!, key, actualOf(key), target, elapsed)];
  } else
    owners = [...measure.owners]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([key, name]) => ownerPace(name, key, actualOf(key), target, elapsed));
  const result: StepPace = { step, unit: measure.unit, window, elapsed, scope, owners };
  return result;
}

/** Every step's pace, computed once per lint and shared by the rules and the summary. */
export function pathPaces(
  table: PathTable,
  measureOf: (step: PathStep) => CompiledResult | undefined,
  asOf: DayNumber,
  knownOwners: ReadonlyMap<string, string>,
) {
  const paces = new Map<PathStep, StepPace>();
  for (const step of table.rows) {
    const pace = stepPace(step, measureOf(step), asOf, knownOwners);
    if (pace) paces.set(step, pace);
  }
  return paces;
}

export type PaceVerdict = 'too-early' | 'on-pace' | 'close' | 'behind';

export interface PaceJudgement {
  /** Below this pace a step is behind. */
  threshold: number;
  /** Before this share of the period, no verdict. */
  minElapsed: number;
}

/**
 * Paces are quotients of rounded products (91 × 25/91 is 25.000000000000004): one this close to a
 * boundary is on it.
 */
const PACE_TOLERANCE = 1e-9;

/** Whether a pace reaches a share (1 for on pace, a threshold for close), within rounding. */
export function reaches(pace: number, share: number): boolean {
  return pace >= share - PACE_TOLERANCE;
}

export function verdict(pace: OwnerPace, elapsed: number, judge: PaceJudgement): PaceVerdict {
  if (elapsed < judge.minElapsed) return 'too-early';
  if (reaches(pace.pace, 1)) return 'on-pace';
  return reaches(pace.pace, judge.threshold) ? 'close' : 'behind';
}

/**
 * The paced milestones on an outcome's path, leaving out those too early in their period to judge;
 * found once per outcome, then read for each of its owners by `milestonePace`.
 */
export function pathMilestones(
  outcome: PathStep,
  table: PathTable,
  paces: ReadonlyMap<PathStep, StepPace>,
  minElapsed = DEFAULT_MIN_ELAPSED,
): StepPace[] {
  const group = pathsOf(table).get(outcome.path === undefined ? '' : nameKey(outcome.path)) ?? [];
  return group
    .map((step) => (step.kind === 'milestone' ? paces.get(step) : undefined))
    .filter((p): p is StepPace => p !== undefined && p.elapsed >= minElapsed);
}

/**
 * How an outcome's milestones are doing for one owner: the mean of their paces, each capped at 1 so
 * one milestone far ahead cannot hide another far behind. Milestones judged team-wide count for
 * everyone. Undefined when none of them bears on this owner.
 */
export function milestonePace(
  paced: readonly StepPace[],
  owner: OwnerPace,
): { pace: number; milestones: { step: PathStep; pace: number }[] } | undefined {
  const milestones: { step: PathStep; pace: number }[] = [];
  for (const p of paced) {
    const mine = forOwner(p, owner);
    if (mine !== undefined) milestones.push({ step: p.step, pace: mine });
  }
  if (milestones.length === 0) return undefined;
  const pace = milestones.reduce((sum, m) => sum + Math.min(1, m.pace), 0) / milestones.length;
  return { pace, milestones };
}

/** A milestone's pace as it bears on one owner's outcome; the team's outcome takes the milestone's sum. */
function forOwner(milestone: StepPace, owner: OwnerPace): number | undefined {
  if (owner.ownerKey === undefined) {
    const expected = milestone.owners.reduce((s, o) => s + o.expected, 0);
    const actual = milestone.owners.reduce((s, o) => s + o.actual, 0);
    return expected > 0 ? actual / expected : undefined;
  }
  if (milestone.scope === 'team') return milestone.owners[0].pace;
  return milestone.owners.find((o) => o.ownerKey === owner.ownerKey)?.pace;
}
