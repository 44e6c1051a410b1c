import { LEVERS, type CoverageRow, type CoverageTable, type Lever } from '../sheets/kinds/coverage';

/**
 * What a coverage sheet says about each priority: enablement builds skill; compensation and
 * recognition build will; coaching builds both. Shared by the coverage rules and the summary.
 */
export const SKILL_LEVERS: readonly Lever[] = ['enablement', 'coaching'];
export const WILL_LEVERS: readonly Lever[] = ['coaching', 'compensation', 'recognition'];
/** The levers that pay for or celebrate a result, as opposed to talking about it. */
export const REWARD_LEVERS: readonly Lever[] = ['compensation', 'recognition'];

/** Which of the sheet's lever columns hold something for the priority, and which are empty. */
export function leversOf(table: CoverageTable, row: CoverageRow): { present: Lever[]; missing: Lever[] } {
  const tracked = LEVERS.filter((l) => table.columns[l] !== undefined);
  return {
    present: tracked.filter((l) => row.levers[l] !== undefined),
    missing: tracked.filter((l) => row.levers[l] === undefined),
  };
}

export type CoverageGap = 'uncovered' | 'skill-only' | 'will-only' | 'unrewarded-outcome';

export const buildsSkill = (present: readonly Lever[]) => present.some((l) => SKILL_LEVERS.includes(l));
export const buildsWill = (present: readonly Lever[]) => present.some((l) => WILL_LEVERS.includes(l));

/** Enablement alone: taught, but nothing makes it worth doing. Coaching builds both, so it never is. */
export const skillOnly = (present: readonly Lever[]) => buildsSkill(present) && !buildsWill(present);

/** Compensation and/or recognition alone: paid for, but nobody shows how. */
export const willOnly = (present: readonly Lever[]) => buildsWill(present) && !buildsSkill(present);

/** An outcome with some lever, but neither paid for nor celebrated. */
export function unrewarded(row: CoverageRow, present: readonly Lever[]): boolean {
  return row.kind === 'outcome' && present.length > 0 && !present.some((l) => REWARD_LEVERS.includes(l));
}

/** The gaps the coverage rules report for one priority, the most basic first. */
export function coverageGaps(table: CoverageTable, row: CoverageRow): CoverageGap[] {
  const { present } = leversOf(table, row);
  if (present.length === 0) return ['uncovered'];
  const gaps: CoverageGap[] = [];
  if (skillOnly(present)) gaps.push('skill-only');
  if (willOnly(present)) gaps.push('will-only');
  if (unrewarded(row, present)) gaps.push('unrewarded-outcome');
  return gaps;
}
