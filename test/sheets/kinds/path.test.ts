import type { CellValue } from '../../../shared/ground/types';
import { cellOf } from '../../../shared/sheets/table';
import {
  kindFromText,
  pathKind,
  pathsOf,
  scopeOf,
  type PathStep,
  type StepKind,
  type StepScope,
} from '../../../shared/sheets/kinds/path';
import { WORKBOOK, readWorkbook } from '../../analyses/execution/workbook';
import { readAs } from '../read';

function read(values: CellValue[][]) {
  return readAs(pathKind, values, { name: 'Plan' });
}

const VALUES: CellValue[][] = [
  ['Q4 execution plan'],
  [],
  ['Path', 'Kind', 'Step', 'Owner', 'Measure', 'Target', 'Period', 'Reward', 'Lint ignore'],
  [
    'Cross-sell',
    'Behaviour',
    'Make calls',
    'Each rep',
    'SUM(Activities[Calls])',
    '40 per week',
    null,
    null,
    null,
  ],
  ['Cross-sell', 'Milestones', 'Proposals', 'Ann', 'DEALS_REACHING("Proposal")', 10, 'Monthly', null, null],
  [
    'cross-sell',
    'Outcome',
    'Revenue',
    'Team',
    'WON_AMOUNT()',
    '$20k per year',
    'quarter',
    'SPIF',
    'path/x, *',
  ],
  [null, 'Stuff', 'Something', null, null, null, 'fortnight', null, null],
  ['Notes: review monthly', null, null, null, null, null, null, null, null],
  [],
  [null, 'B', null, 'Bob', 'COUNT(Activities)', 5, null, null, null],
  [null, null, 'Just a step', '#N/A', '  ', null, null, null, null],
];

describe('pathKind', () => {
  const table = read(VALUES);
  const byRow = (row: number) => table.rows.find((s) => s.row === row)!;

  it('finds the header under a title and maps every column', () => {
    expect(table).toMatchObject({
      sheet: 'Plan',
      headerRow: 3,
      columns: {
        path: 1,
        kind: 2,
        step: 3,
        owner: 4,
        measure: 5,
        target: 6,
        period: 7,
        reward: 8,
        ignore: 9,
      },
      duplicateHeaders: [],
    });
  });

  it('reads rows naming a kind or a step, and skips titles, notes and blank rows', () => {
    expect(table.rows.map((s) => s.row)).toEqual([4, 5, 6, 7, 10, 11]);
  });

  it('reads each cell of a step; the target may carry its period', () => {
    expect(byRow(4)).toEqual({
      row: 4,
      cells: VALUES[3],
      path: 'Cross-sell',
      kindText: 'Behaviour',
      kind: 'behavior',
      text: 'Make calls',
      owner: 'Each rep',
      measureText: 'SUM(Activities[Calls])',
      target: { ok: true, target: { value: 40, period: 'week' } },
      period: 'week',
    });
  });

  it('a Period cell wins over the period in the target', () => {
    expect(byRow(5)).toMatchObject({
      kind: 'milestone',
      period: 'month',
      target: { ok: true, target: { value: 10 } },
    });
    expect(byRow(6)).toMatchObject({
      kind: 'outcome',
      period: 'quarter',
      target: { ok: true, target: { value: 20_000, period: 'year' } },
      reward: 'SPIF',
      ignore: ['path/x', '*'],
    });
  });

  it('keeps what it cannot read, to be reported', () => {
    expect(byRow(7)).toEqual({
      row: 7,
      cells: VALUES[6],
      kindText: 'Stuff',
      text: 'Something',
      target: { ok: 'empty' },
      period: 'quarter',
      periodProblem: '"fortnight" is not a period (day, week, month, quarter or year)',
    });
    expect(byRow(11)).toEqual({
      row: 11,
      cells: VALUES[10],
      text: 'Just a step',
      target: { ok: 'empty' },
      period: 'quarter',
    });
  });

  it('groups steps by path, any case, in sheet order; steps with no path form one group', () => {
    const groups = pathsOf(table);
    expect([...groups.keys()]).toEqual(['CROSS-SELL', '']);
    expect([...groups.values()].map((g) => g.map((s) => s.row))).toEqual([
      [4, 5, 6],
      [7, 10, 11],
    ]);
  });

  it('points at a step’s cell, or at its step cell when the column is missing', () => {
    expect(cellOf(table, byRow(5), 'target')).toEqual({
      sheet: 'Plan',
      row: 5,
      column: 6,
      address: 'Plan!F5',
    });
    const bare = read([
      ['Kind', 'Step', 'Target'],
      ['Behavior', 'Calls', 5],
    ]);
    expect(cellOf(bare, bare.rows[0], 'measure')).toMatchObject({ row: 2, column: 2 });
  });

  it('a sheet without Path and Period columns still reads', () => {
    const bare = read([
      ['Level', 'What', 'Formula'],
      ['Milestone', 'Proposals', 'DEALS_REACHING("Proposal")'],
    ]);
    expect(bare.columns).toEqual({ kind: 1, step: 2, measure: 3 });
    expect(bare.rows).toMatchObject([{ kind: 'milestone', period: 'quarter', target: { ok: 'empty' } }]);
    expect(pathsOf(bare).get('')).toHaveLength(1);
  });

  it('the model checks the measures of the steps that have one', () => {
    const { model } = readWorkbook([...WORKBOOK, { name: 'Plan', values: VALUES }]);
    const [plan] = model.tables('path');
    expect(plan.rows.map((s) => model.measureOf(s)?.ok)).toEqual([
      true,
      true,
      true,
      undefined,
      true,
      undefined,
    ]);
  });
});

describe('kindFromText', () => {
  it.each<[string, StepKind | undefined]>([
    ['Behavior', 'behavior'],
    ['behaviour', 'behavior'],
    ['Behaviours', 'behavior'],
    ['Activity', 'behavior'],
    [' MILESTONE ', 'milestone'],
    ['Checkpoint', 'milestone'],
    ['m', 'milestone'],
    ['Outcomes', 'outcome'],
    ['Result', 'outcome'],
    ['Outcom', undefined],
    ['Goal', undefined],
    ['', undefined],
  ])('%p is %p', (text, kind) => {
    expect(kindFromText(text)).toBe(kind);
  });
});

const step = (fields: Partial<PathStep>): PathStep => ({
  row: 9,
  cells: [],
  target: { ok: 'empty' },
  period: 'quarter',
  ...fields,
});

describe('scopeOf', () => {
  const known = new Map([
    ['ANN', 'Ann'],
    ['BOB SMITH', 'Bob Smith'],
  ]);

  it.each<[string | undefined, StepScope]>([
    [undefined, 'each'],
    ['Team', 'team'],
    ['the whole team', 'team'],
    ['Everyone', 'team'],
    ['ALL', 'team'],
    ['entire company', 'team'],
    ['Total', 'team'],
    ['Ann', 'person'],
    [' ann ', 'person'],
    ['bob  smith', 'person'],
    ['Dora', 'each'],
    ['Each rep', 'each'],
    ['AE', 'each'],
    ['Team lead', 'each'],
  ])('owner %p is judged as %p', (owner, scope) => {
    expect(scopeOf(step(owner === undefined ? {} : { owner }), known)).toBe(scope);
  });
});
