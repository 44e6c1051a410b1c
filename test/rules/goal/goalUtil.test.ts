import { goalsKind, type Goal, type GoalsTable } from '../../../shared/sheets/kinds/goals';
import { analyzeGoal } from '../../../shared/analyses/goals/smart';
import { endOfThisQuarter, periodStart, splitCompound, splitFix } from '../../../shared/rules/goal/goalUtil';
import { dayFromDate, formatDay } from '../../../shared/ground/values';

const day = (iso: string) => dayFromDate(new Date(`${iso}T00:00:00`));
const AS_OF = day('2027-06-30');
const goalOf = (text: string, row = 2, extra: Partial<Goal> = {}) =>
  ({ row, cells: [text], text, ...extra }) as Goal & { text: string };
const analysisOf = (goal: Goal) => analyzeGoal(goal.text ?? '', { asOf: AS_OF });
const periodOf = (goal: Goal, due: number) => periodStart(goal, analysisOf(goal), due);

describe('splitCompound', () => {
  it('splits two goals that each stand, sharing the deadline at the end', () => {
    expect(splitCompound(goalOf('Grow retail revenue 10% and hire two reps by Q3'), AS_OF)).toEqual([
      'Grow retail revenue 10% by Q3',
      'Hire two reps by Q3',
    ]);
  });

  it('does not split when a part is not a goal on its own', () => {
    expect(splitCompound(goalOf('Increase revenue and margin by 10% by Q3'), AS_OF)).toBeUndefined();
    expect(splitCompound(goalOf('Win 12 new logos by Q3'), AS_OF)).toBeUndefined();
  });

  it('writes the second part under the last goal of the table', () => {
    const goal = goalOf('Grow retail revenue 10% and hire two reps by Q3', 3);
    const table: GoalsTable = {
      kind: goalsKind,
      sheet: 'Goals',
      headerRow: 2,
      columns: { goal: 2 },
      idColumns: {},
      headers: [],
      rows: [goal, goalOf('Win 12 new logos', 7)],
      duplicateHeaders: [],
      missingPins: [],
    };
    goal.cells = [null, goal.text];
    const [fix] = splitFix(table, goal, AS_OF);
    expect(fix.edits.map((e) => [e.location.address, e.value, e.previous])).toEqual([
      ['Goals!B3', 'Grow retail revenue 10% by Q3', goal.text],
      ['Goals!B8', 'Hire two reps by Q3', null],
    ]);
  });
});

describe('periods', () => {
  it('starts at the Start cell, else the named quarter, else January 1', () => {
    const due = day('2027-09-30');
    expect(formatDay(periodOf(goalOf('Win 5 logos', 2, { start: day('2027-05-01') }), due))).toBe(
      '2027-05-01',
    );
    expect(formatDay(periodOf(goalOf('Win 5 logos by Q3 2027'), due))).toBe('2027-07-01');
    expect(formatDay(periodOf(goalOf('Win 5 logos by September 30, 2027'), due))).toBe('2027-01-01');
  });

  it('proposes the end of the quarter after the as-of day', () => {
    expect(formatDay(endOfThisQuarter(day('2027-06-30')))).toBe('2027-09-30');
    expect(formatDay(endOfThisQuarter(day('2027-06-29')))).toBe('2027-06-30');
  });
});
