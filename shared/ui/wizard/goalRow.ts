/**
 * Where a new goal goes and the cells that put it there: a row under the last goal of the
 * workbook's goals table, or, when there is none, a new Goals sheet with a header row the goals
 * kind recognises. Pure: the pane writes the change through `actions.write`.
 */
import type { CellEdit, Diagnostic } from '../../ground/types';
import { nameKey } from '../../ground/keys';
import { cellLocation } from '../../ground/address';
import { goalsKind, type GoalField, type GoalsTable } from '../../sheets/kinds/goals';
import type { WorkbookModel } from '../../analyses/model';
import type { DecimalSeparator } from '../../ground/values';
import type { WorkbookChange } from '../usePipelint';
import { driverLabel, readNumber } from './answers';
import type { GoalAnswers } from './types';
import { WIZARD } from './strings';

/** The fields a new Goals sheet gets columns for, in the order a manager reads a goal. */
export const NEW_SHEET_FIELDS: readonly GoalField[] = [
  'goal',
  'owner',
  'driver',
  'priority',
  'metric',
  'baseline',
  'target',
  'due',
];

export type GoalValues = Partial<Record<GoalField, string | number>>;

/**
 * The goal's cells by field. Amounts and counts are numbers; a percentage is written "12.5%", as
 * a person types it, so the sheet shows what was meant and the goals reader takes it as 0.125.
 * The deadline is ISO text, which every host and reader takes as that day.
 */
export function goalValues(a: GoalAnswers, sentence: string, decimal: DecimalSeparator): GoalValues {
  const values: GoalValues = { goal: sentence.trim() };
  if (a.owner.trim()) values.owner = a.owner.trim();
  if (a.driver) values.driver = driverLabel(a.driver);
  if (a.priority.trim()) values.priority = Number(a.priority);
  if (a.metric.trim()) values.metric = a.metric.trim();
  for (const field of ['baseline', 'target'] as const) {
    const n = readNumber(a[field], decimal);
    if (n !== undefined) values[field] = a.unit === 'percent' ? `${n}%` : n;
  }
  if (a.deadline.trim()) values.due = a.deadline.trim();
  return values;
}

/** Where the goal will be written. */
export interface GoalPlace {
  sheet: string;
  row: number;
  /** The Goals sheet does not exist yet: the change adds it, with headers. */
  creates: boolean;
  /** The goal cell, "Goals!A14": what the wizard points to once it is written. */
  address: string;
  /** The table the row joins, when there is one. */
  table?: GoalsTable;
}

/** "Goals", or "Goals 2" when a sheet of that name exists but holds no goals table. */
export function freeSheetName(names: readonly string[], wanted = 'Goals'): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  let n = 2;
  while (taken.has(`${wanted} ${n}`.toLowerCase())) n++;
  return `${wanted} ${n}`;
}

/**
 * The row under the last goal of the workbook's first goals table, else row 2 of a new sheet.
 * A blank row or a note under the goals is left alone: the row is the one after the last goal,
 * and a cell there that holds anything makes the write refuse rather than overwrite it.
 */
export function placeGoal(model: WorkbookModel): GoalPlace {
  const table = model.tables('goals')[0];
  if (table) {
    const row = Math.max(table.headerRow, ...table.rows.map((g) => g.row)) + 1;
    const address = cellLocation(table.sheet, row, table.columns.goal ?? 1).address;
    return { sheet: table.sheet, row, creates: false, address, table };
  }
  const sheet = freeSheetName(model.sheetNames);
  return { sheet, row: 2, creates: true, address: cellLocation(sheet, 2, 1).address };
}

const blankEdit = (sheet: string, row: number, column: number, value: string | number): CellEdit => ({
  location: cellLocation(sheet, row, column),
  value,
  // A row below the table, or a new sheet: the lint saw nothing there.
  previous: null,
});

/**
 * The cells to write. Into an existing table, each value goes to the column the table maps its
 * field to, whatever the order; a field the sheet has no column for is left out (the sentence
 * still says it). Into a new sheet, the header row comes first, in the kind's own labels.
 */
export function goalChange(values: GoalValues, place: GoalPlace): WorkbookChange {
  const text = WIZARD.addedText(place.sheet, place.row);
  if (place.table) {
    const columns = place.table.columns;
    const edits = (Object.entries(values) as [GoalField, string | number][])
      .filter(([field]) => columns[field] !== undefined)
      .map(([field, value]) => blankEdit(place.sheet, place.row, columns[field]!, value))
      .sort((x, y) => x.location.column - y.location.column);
    return { text, edits };
  }
  const fields = NEW_SHEET_FIELDS;
  const edits = [
    ...fields.map((field, i) => blankEdit(place.sheet, 1, i + 1, goalsKind.labels[field])),
    ...fields.flatMap((field, i) =>
      values[field] === undefined ? [] : [blankEdit(place.sheet, place.row, i + 1, values[field]!)],
    ),
  ];
  return { text, edits, addSheets: [place.sheet] };
}

/** Whether the goal is now in the sheet: the lint read a goal row there. */
export function goalLanded(model: WorkbookModel, place: Pick<GoalPlace, 'sheet' | 'row'>): boolean {
  return model
    .tables('goals')
    .some((t) => t.sheet === place.sheet && t.rows.some((g) => g.row === place.row));
}

/** The lint's problems on the new row, in the order the lint gave them. */
export function rowProblems(
  diagnostics: readonly Diagnostic[],
  place: Pick<GoalPlace, 'sheet' | 'row'>,
): Diagnostic[] {
  return diagnostics.filter((d) => d.location.sheet === place.sheet && d.location.row === place.row);
}

/**
 * Everyone a goal could belong to: the owners the pipelines and activity logs name, and the
 * goals' own owners, each once (as first written), in alphabetical order.
 */
export function knownOwners(model: WorkbookModel): string[] {
  const byKey = new Map(model.owners());
  for (const table of model.tables('goals'))
    for (const goal of table.rows)
      if (goal.owner && !byKey.has(nameKey(goal.owner))) byKey.set(nameKey(goal.owner), goal.owner);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
