import type { Period } from '../ground/period';
import type { PathStep, PathTable, StepKind } from '../sheets/kinds/path';
import type { MeasureUnit } from '../analyses/execution/measure';
import {
  DEFAULT_MIN_ELAPSED,
  DEFAULT_THRESHOLD,
  TEAM_OWNER,
  verdict,
  type PaceJudgement,
  type PaceVerdict,
  type StepPace,
} from '../analyses/execution/pace';

export interface StepStatus {
  sheet: string;
  row: number;
  path?: string;
  kind: StepKind;
  step: string;
  unit: MeasureUnit;
  period: Period;
  actual: number;
  target: number;
  expected: number;
  pace: number;
  verdict: PaceVerdict;
}

export interface OwnerPathSummary {
  owner: string;
  /** Milestones first (the early signal), then behaviors, then outcomes; sheet order within each. */
  steps: StepStatus[];
}

const KIND_ORDER: Record<StepKind, number> = { milestone: 0, behavior: 1, outcome: 2 };

/**
 * Per owner, each step's actual, target and pace on the as-of date: the numbers a host draws as a
 * pace chart. Pure; the same whatever rules are on or off.
 */
export function pathSummary(
  tables: readonly { table: PathTable; paces: ReadonlyMap<PathStep, StepPace> }[],
  judge: PaceJudgement = { threshold: DEFAULT_THRESHOLD, minElapsed: DEFAULT_MIN_ELAPSED },
): OwnerPathSummary[] {
  const byOwner = new Map<string, OwnerPathSummary>();
  for (const { table, paces } of tables)
    for (const p of paces.values()) {
      if (!p.step.kind) continue;
      for (const o of p.owners) {
        const key = o.ownerKey ?? '';
        let entry = byOwner.get(key);
        if (!entry) byOwner.set(key, (entry = { owner: o.owner, steps: [] }));
        const status: StepStatus = {
          sheet: table.sheet,
          row: p.step.row,
          kind: p.step.kind,
          step: p.step.text ?? `Row ${p.step.row}`,
          unit: p.unit,
          period: p.window.period,
          actual: o.actual,
          target: o.target,
          expected: o.expected,
          pace: o.pace,
          verdict: verdict(o, p.elapsed, judge),
        };
        if (p.step.path !== undefined) status.path = p.step.path;
        entry.steps.push(status);
      }
    }
  const summaries = [...byOwner.values()];
  for (const s of summaries) s.steps.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return summaries.sort((a, b) =>
    a.owner === TEAM_OWNER ? -1 : b.owner === TEAM_OWNER ? 1 : a.owner.localeCompare(b.owner),
  );
}
