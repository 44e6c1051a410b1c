import type { CellValue, SheetSnapshot } from '../../ground/types';
import { nameKey } from '../../ground/keys';
import { isBlank, wordsOf } from '../../ground/values';
import {
  DEFAULT_PERIOD,
  parseTarget,
  periodFromText,
  type ParsedTarget,
  type Period,
} from '../../ground/period';
import { IGNORE_SYNONYMS, countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';

export const PATH_FIELDS = [
  'path',
  'kind',
  'step',
  'owner',
  'measure',
  'target',
  'period',
  'reward',
  'ignore',
] as const;
export type PathField = (typeof PATH_FIELDS)[number];

/**
 * An execution path lays out how a strategy is carried out: behaviors (what sellers do), milestones
 * (objective early signs of progress) and outcomes (the result, usually money). Each step has a
 * measure the workbook can count and a target per period.
 */
export type StepKind = 'behavior' | 'milestone' | 'outcome';
export const STEP_KINDS: readonly StepKind[] = ['behavior', 'milestone', 'outcome'];
export const STEP_LABELS: Record<StepKind, string> = {
  behavior: 'Behavior',
  milestone: 'Milestone',
  outcome: 'Outcome',
};

const KIND_WORDS: Record<string, StepKind> = {
  behavior: 'behavior',
  behaviour: 'behavior',
  behaviors: 'behavior',
  behaviours: 'behavior',
  b: 'behavior',
  action: 'behavior',
  activity: 'behavior',
  milestone: 'milestone',
  milestones: 'milestone',
  m: 'milestone',
  checkpoint: 'milestone',
  outcome: 'outcome',
  outcomes: 'outcome',
  o: 'outcome',
  result: 'outcome',
  results: 'outcome',
};

export function kindFromText(text: string): StepKind | undefined {
  return KIND_WORDS[text.trim().toLowerCase()];
}

/** Whose numbers a step is judged on: the team's total, one named person, or each owner in the data. */
export type StepScope = 'team' | 'person' | 'each';

const TEAM = /^(?:the\s+)?(?:whole\s+|entire\s+)?(?:team|everyone|everybody|all|total|company)$/i;

/** One row of a Path sheet, read once and shared by every path rule and the summary. */
export interface PathStep {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  /** The strategy the step belongs to; steps without a Path cell share one unnamed path. */
  path?: string;
  kindText?: string;
  kind?: StepKind;
  text?: string;
  owner?: string;
  measureText?: string;
  target: ParsedTarget;
  /** The period the target is for: the Period cell, else the target's own words, else a quarter. */
  period: Period;
  /** A Period cell that names no period. */
  periodProblem?: string;
  reward?: string;
  ignore?: string[];
}

export type PathTable = Table<PathField, PathStep>;

function readStep(row: number, cells: CellValue[], columns: PathTable['columns'], context: ReadContext) {
  const at = (field: PathField) => (columns[field] === undefined ? undefined : cells[columns[field]! - 1]);
  const target = parseTarget(at('target') ?? null, context.decimal);
  const periodText = wordsOf(at('period'));
  const fromCell = periodText === undefined ? undefined : periodFromText(periodText);
  const step: PathStep = {
    row,
    cells,
    target,
    period: fromCell ?? (target.ok === true ? target.target.period : undefined) ?? DEFAULT_PERIOD,
  };
  if (periodText !== undefined && fromCell === undefined)
    step.periodProblem = `"${periodText}" is not a period (day, week, month, quarter or year)`;
  const assign = <K extends 'path' | 'kindText' | 'text' | 'owner' | 'measureText' | 'reward'>(
    key: K,
    field: PathField,
  ) => {
    const value = wordsOf(at(field));
    if (value !== undefined) step[key] = value;
  };
  assign('path', 'path');
  assign('kindText', 'kind');
  assign('text', 'step');
  assign('owner', 'owner');
  // Leading spaces kept, so "at character N" counts the cell's own characters.
  const measure = at('measure');
  if (typeof measure === 'string' && wordsOf(measure) !== undefined) step.measureText = measure.trimEnd();
  else assign('measureText', 'measure');
  assign('reward', 'reward');
  if (step.kindText !== undefined) {
    const kind = kindFromText(step.kindText);
    if (kind) step.kind = kind;
  }
  return step;
}

/** A step row names a kind or a step; titles and notes further down are skipped. */
function isStepRow(cells: CellValue[], columns: PathTable['columns']): boolean {
  return [columns.kind, columns.step].some((c) => c !== undefined && !isBlank(cells[c - 1]));
}

function readPath(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): PathTable {
  return readTable(pathKind, sheet, headerIndex, context, {
    isRow: isStepRow,
    read: (row, cells, columns) => readStep(row, cells, columns, context),
  });
}

/** An execution path: the behaviors, milestones and outcomes of one strategy, each with a measure. */
export const pathKind = defineKind({
  id: 'path',
  fields: PATH_FIELDS,
  synonyms: {
    path: ['path', 'strategy', 'play', 'executionpath'],
    kind: ['kind', 'steptype', 'type', 'level', 'stepkind'],
    step: ['step', 'description', 'what', 'stepdescription'],
    owner: ['owner', 'role', 'who', 'ownerorrole', 'ownerrole'],
    measure: ['measure', 'metric', 'countedby', 'measuredby', 'howcounted', 'formula'],
    target: ['target', 'targetperperiod', 'quota'],
    period: ['period', 'per', 'cadence', 'frequency', 'targetperiod'],
    reward: ['reward', 'recognition', 'rewardrecognition', 'rewardorrecognition', 'incentive', 'spiff'],
    ignore: IGNORE_SYNONYMS,
  },
  labels: {
    path: 'Path',
    kind: 'Kind',
    step: 'Step',
    owner: 'Owner',
    measure: 'Measure',
    target: 'Target',
    period: 'Period',
    reward: 'Reward',
    ignore: 'Lint ignore',
  },
  needs: 'Kind and Step columns, and a Measure or Target column',
  anchor: ['step', 'kind'],
  match: countFields((f) => f.has('kind') && f.has('step') && (f.has('measure') || f.has('target'))),
  read: readPath,
});

/** Steps grouped by path, in sheet order; steps with no Path cell form one group. */
export function pathsOf(table: PathTable): Map<string, PathStep[]> {
  const groups = new Map<string, PathStep[]>();
  for (const step of table.rows) {
    const key = step.path === undefined ? '' : nameKey(step.path);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(step);
  }
  return groups;
}

/** Whose numbers the step is judged on, given the owners the workbook's data names. */
export function scopeOf(step: PathStep, knownOwners: ReadonlyMap<string, string>): StepScope {
  if (step.owner === undefined) return 'each';
  if (TEAM.test(step.owner)) return 'team';
  return knownOwners.has(nameKey(step.owner)) ? 'person' : 'each';
}
