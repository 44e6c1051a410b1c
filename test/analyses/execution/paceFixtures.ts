import type { OwnerPace, StepPace } from '../../../shared/analyses/execution/pace';
import { periodWindow } from '../../../shared/ground/period';
import {
  pathKind,
  type PathStep,
  type PathTable,
  type StepKind,
  type StepScope,
} from '../../../shared/sheets/kinds/path';
import { day } from '../goals/days';
import { AS_OF } from './workbook';

/** Steps, tables and paces built by hand, for the pace and summary tests. */
export const asOf = day(AS_OF);

export function step(row: number, kind: StepKind | undefined, fields: Partial<PathStep> = {}): PathStep {
  return { row, cells: [], target: { ok: true, target: { value: 40 } }, period: 'quarter', kind, ...fields };
}

export function table(sheet: string, steps: PathStep[]): PathTable {
  return {
    kind: pathKind,
    sheet,
    headerRow: 1,
    columns: {},
    idColumns: {},
    headers: [],
    rows: steps,
    duplicateHeaders: [],
    missingPins: [],
  };
}

/** An owner's pace: actual against expected, for a target twice the expected. */
export function ownerPace(owner: string, actual: number, expected: number): OwnerPace {
  const pace: OwnerPace = { owner, actual, target: expected * 2, expected, pace: actual / expected };
  if (owner !== 'Team') pace.ownerKey = owner.toUpperCase();
  return pace;
}

export function paced(s: PathStep, scope: StepScope, owners: OwnerPace[], elapsed = 0.5): StepPace {
  return { step: s, unit: 'count', window: periodWindow(s.period, asOf), elapsed, scope, owners };
}
