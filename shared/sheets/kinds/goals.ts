import type { CellValue, SheetSnapshot } from '../../ground/types';
import { cellLocation } from '../../ground/address';
import { goalFieldOf, type GoalField, type HeaderGuess } from '../headers';
import type { ResolvedConfig } from '../../engine/config';
import {
  DateReader,
  cellText,
  isBlank,
  isErrorValue,
  parseAmount,
  parsePercent,
  type DayNumber,
  type Parsed,
} from '../../ground/values';
import { headerTexts, ignoreList, mapColumns, type DuplicateHeader, type ValueProblem } from './pipeline';
import { analyzeGoal, type GoalAnalysis } from '../../analyses/goals/smart';

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
  start?: DayNumber;
  due?: DayNumber;
  status?: string;
  ignore?: string[];
  problems?: ValueProblem[];
  /** The SMART verdicts on the goal's text. */
  analysis: GoalAnalysis;
}

export interface GoalsTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<GoalField, number>>;
  headers: string[];
  goals: Goal[];
  duplicateHeaders: DuplicateHeader[];
}

/** Targets and progress are amounts ("$1.2M") or shares ("35%"). */
function parseQuantity(value: CellValue, config: ResolvedConfig): Parsed<number> {
  if (typeof value === 'string' && value.trim().endsWith('%')) {
    const parsed = parsePercent(value);
    // A goal may aim past 100% ("120% of quota"): read the number as written.
    if (parsed.ok === false && /^-?\d+(?:[.,]\d+)?\s*%$/.test(value.trim())) {
      return { ok: true, value: Number(value.trim().replace('%', '').replace(',', '.')) / 100 };
    }
    return parsed;
  }
  return parseAmount(value, config.decimal);
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

function readGoal(
  row: number,
  cells: CellValue[],
  columns: GoalsTable['columns'],
  config: ResolvedConfig,
  dates: DateReader,
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
    const parsed = parseQuantity(v, config);
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
  const ignore = ignoreList(at('ignore'));
  if (ignore) goal.ignore = ignore;
  goal.analysis = analyzeGoal(goal.text ?? '', { asOf: config.asOf, dateOrder: config.dateOrder });
  return goal as Goal;
}

/** Blank rows and lone titles ("Q3 goals") between goals are not goals. */
function isGoalRow(cells: CellValue[], goalColumn: number | undefined): boolean {
  const filled = cells.map((v, i) => [v, i] as const).filter(([v]) => !isBlank(v));
  if (filled.length === 0) return false;
  return filled.length > 1 || filled[0][1] === (goalColumn ?? 1) - 1;
}

export function buildGoalsTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: ResolvedConfig,
): GoalsTable {
  const headers = headerTexts(sheet, header);
  const { columns, duplicateHeaders } = mapColumns(headers, goalFieldOf, {});
  const dates = new DateReader(config.dateOrder);
  const goals: Goal[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    if (isGoalRow(cells, columns.goal)) goals.push(readGoal(i + 1, cells, columns, config, dates));
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, columns, headers, goals, duplicateHeaders };
}

export function goalCell(table: GoalsTable, goal: Goal, field: GoalField) {
  return cellLocation(table.sheet, goal.row, table.columns[field] ?? table.columns.goal ?? 1);
}
