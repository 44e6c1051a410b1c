import type { CellValue, SheetSnapshot } from '../../ground/types';
import {
  DateReader,
  cellText,
  isBlank,
  isErrorValue,
  parseAmount,
  parsePercent,
  type DayNumber,
  type DecimalSeparator,
  type Parsed,
} from '../../ground/values';
import { IGNORE_SYNONYMS, countFields, defineKind, type ReadContext, type Table } from '../kind';
import { headerTexts, readTable } from '../table';
import { withLanguages } from '../languages';
import type { ValueProblem } from './pipeline';

/** A goals sheet: one goal statement per row, with its owner, numbers and dates where the team keeps them. */
export const GOAL_FIELDS = [
  'goal',
  'owner',
  'driver',
  'priority',
  'metric',
  'baseline',
  'target',
  'start',
  'due',
  'progress',
  'status',
  'ignore',
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** One row of a goals sheet, read once and shared by every goal rule. */
export interface Goal {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  text?: string;
  owner?: string;
  driverText?: string;
  priority?: string;
  metric?: string;
  baseline?: number;
  target?: number;
  progress?: number;
  /** Share of the way done, 0..1, from a progress column that says it is one ("Progress %", "Percent complete"). */
  completion?: number;
  start?: DayNumber;
  due?: DayNumber;
  status?: string;
  ignore?: string[];
  problems?: ValueProblem[];
}

export type GoalsTable = Table<GoalField, Goal>;

/** Targets and progress are amounts ("$1.2M") or shares ("35%"). */
function parseQuantity(value: CellValue, decimal: DecimalSeparator): Parsed<number> {
  if (typeof value === 'string' && value.trim().endsWith('%')) {
    const parsed = parsePercent(value);
    // A goal may aim past 100% ("120% of quota"): read the number as written.
    if (parsed.ok === false && /^-?\d+(?:[.,]\d+)?\s*%$/.test(value.trim())) {
      return { ok: true, value: Number(value.trim().replace('%', '').replace(',', '.')) / 100 };
    }
    return parsed;
  }
  return parseAmount(value, decimal);
}

type TextKey = 'text' | 'owner' | 'driverText' | 'priority' | 'metric' | 'status';
const TEXT_FIELDS: [GoalField, TextKey][] = [
  ['goal', 'text'],
  ['owner', 'owner'],
  ['driver', 'driverText'],
  ['priority', 'priority'],
  ['metric', 'metric'],
  ['status', 'status'],
];
const NUMBER_FIELDS = ['baseline', 'target', 'progress'] as const;
const DATE_FIELDS = ['start', 'due'] as const;

/** A progress column that is a share of the way done, not a level reached. */
const COMPLETION_HEADER = /%|percent|complete|completion/i;

function readGoal(
  row: number,
  cells: CellValue[],
  columns: GoalsTable['columns'],
  decimal: DecimalSeparator,
  dates: DateReader,
  completionColumn: boolean,
): Goal {
  const at = (field: GoalField) => (columns[field] === undefined ? undefined : cells[columns[field]! - 1]);
  const goal: Partial<Goal> & { row: number; cells: CellValue[] } = { row, cells };
  const problem = (field: GoalField, reason: string) =>
    (goal.problems ??= []).push({ column: columns[field]!, reason });
  for (const [field, key] of TEXT_FIELDS) {
    const v = at(field);
    if (isErrorValue(v)) problem(field, `the cell holds the error ${v}`);
    else goal[key] = cellText(v);
  }
  for (const field of NUMBER_FIELDS) {
    const v = at(field);
    if (v === undefined) continue;
    if (field === 'progress' && completionColumn) {
      const share = parsePercent(v);
      if (share.ok === true) goal.completion = share.value;
      else if (share.ok === false) problem(field, share.reason);
      continue;
    }
    const parsed = parseQuantity(v, decimal);
    if (parsed.ok === true) goal[field] = parsed.value;
    else if (parsed.ok === false) problem(field, parsed.reason);
  }
  for (const field of DATE_FIELDS) {
    const v = at(field);
    if (v === undefined) continue;
    const parsed = dates.read(v);
    if (parsed.ok === true) goal[field] = parsed.value;
    else if (parsed.ok === false) problem(field, parsed.reason);
  }
  return goal as Goal;
}

/** Blank rows and lone titles ("Q3 goals") between goals are not goals. */
function isGoalRow(cells: CellValue[], goalColumn: number | undefined): boolean {
  const filled = cells.map((v, i) => [v, i] as const).filter(([v]) => !isBlank(v));
  if (filled.length === 0) return false;
  return filled.length > 1 || filled[0][1] === (goalColumn ?? 1) - 1;
}

function readGoals(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): GoalsTable {
  const dates = new DateReader(context.dateOrder);
  const headers = headerTexts(sheet.values, headerIndex);
  return readTable(goalsKind, sheet, headerIndex, context, {
    isRow: (cells, columns) => isGoalRow(cells, columns.goal),
    read: (row, cells, columns) => {
      const completion =
        columns.progress !== undefined && COMPLETION_HEADER.test(headers[columns.progress - 1]);
      return readGoal(row, cells, columns, context.decimal, dates, completion);
    },
  });
}

export const goalsKind = defineKind({
  id: 'goals',
  fields: GOAL_FIELDS,
  synonyms: withLanguages('goals', {
    // Team sheets and OKR or performance-review exports.
    goal: [
      'goal',
      'objective',
      'goalstatement',
      'goalname',
      'goaltitle',
      'title',
      'keyresult',
      'coregoal',
      'rolespecificgoal',
    ],
    owner: ['owner', 'rep', 'salesperson', 'goalowner', 'assignee', 'assignedto', 'employee'],
    driver: ['driver', 'growthdriver'],
    // A weight ranks goals as a priority does.
    priority: ['priority', 'rank', 'weight', 'weighting'],
    metric: ['metric', 'kpi', 'measure'],
    baseline: ['baseline', 'current', 'startingvalue'],
    target: ['target', 'goalvalue', 'targetvalue'],
    start: ['start', 'startdate', 'periodstart', 'from'],
    due: ['due', 'deadline', 'duedate', 'by', 'enddate', 'targetdate'],
    progress: ['progress', 'actual', 'todate', 'achieved', 'percentcomplete', 'completion', 'currentvalue'],
    status: ['status', 'state'],
    ignore: IGNORE_SYNONYMS,
  }),
  labels: {
    goal: 'Goal',
    owner: 'Owner',
    driver: 'Driver',
    priority: 'Priority',
    metric: 'Metric',
    baseline: 'Baseline',
    target: 'Target',
    start: 'Start',
    due: 'Due',
    progress: 'Progress',
    status: 'Status',
    ignore: 'Lint ignore',
  },
  needs: 'a Goal (or Objective, Title) column',
  anchor: ['goal'],
  // An OKR export may carry an objective and its key result: the first is the goal read.
  repeatable: ['goal'],
  match: countFields((f) => f.has('goal')),
  read: readGoals,
  ownerOf: (goal: Goal) => goal.owner,
});
