import type { CellValue } from '../../../shared/ground/types';
import { goalsKind, type GoalsTable } from '../../../shared/sheets/kinds/goals';
import { cellOf } from '../../../shared/sheets/table';
import { day } from '../../analyses/goals/days';
import { detect, readAs, testConfig } from '../read';

const H = [
  'Goal',
  'Owner',
  'Growth driver',
  'Priority',
  'KPI',
  'Baseline',
  'Target',
  'Start date',
  'Deadline',
  'Achieved',
  'Status',
  'Lint ignore',
];

function read(values: CellValue[][], locale?: string): GoalsTable {
  return readAs(goalsKind, values, { name: 'Goals', config: testConfig(locale ? { locale } : {}) });
}

describe('goals header detection', () => {
  it('a header the config pins to a goal field makes a goals sheet, where words alone do not', () => {
    const rows = [
      ['Commitment', 'Employee', 'Due'],
      ['Grow EMEA bookings 15% by Q3', 'Ann', '2027-09-30'],
    ];
    expect(detect(rows)?.role).not.toBe('goals');
    const pinned = testConfig({ columns: { goal: 'Commitment', goals: { owner: 'employee' } } });
    expect(detect(rows, undefined, pinned.columns)).toMatchObject({ role: 'goals', headerIndex: 0 });
    const table = readAs(goalsKind, rows, { config: pinned });
    expect(table.rows[0]).toMatchObject({ text: 'Grow EMEA bookings 15% by Q3', owner: 'Ann' });
  });

  it.each<[string, CellValue[]]>([
    ['every column', H],
    ['an objective alone', ['Objective']],
    ['a goal statement with an owner', ['Goal statement', 'Rep']],
  ])('%s', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role: 'goals', headerIndex: 0 });
  });

  it.each<[string, CellValue[]]>([
    [
      'an OKR export',
      ['Objective', 'Key result', 'Owner', 'Weight', 'Target', 'End date', 'Progress %', 'Status'],
    ],
    ['a review export', ['Core goal', 'Role specific goal', 'Employee', 'Target date', 'Percent complete']],
    ['a goals list by title', ['Title', 'Assignee', 'Target', 'Due date', 'Current value', 'Status']],
  ])('%s is a goals sheet, never a pipeline', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role: 'goals', headerIndex: 0 });
  });

  it('an OKR export reads its objective as the goal, its weight as the priority, with no duplicate header', () => {
    const okr = read([
      ['Objective', 'Key result', 'Owner', 'Weight', 'Target', 'End date', 'Progress %'],
      ['Grow EMEA ARR to $3M by Q4 2027', 'Close 12 new logos', 'Ann', 0.4, '$3M', '2027-12-31', '35%'],
    ]);
    expect(okr.columns).toMatchObject({ goal: 1, owner: 3, priority: 4, target: 5, due: 6, progress: 7 });
    expect(okr.duplicateHeaders).toEqual([]);
    expect(okr.rows[0]).toMatchObject({
      text: 'Grow EMEA ARR to $3M by Q4 2027',
      priority: '0.4',
      completion: 0.35,
    });
  });

  it('needs a goal column', () => {
    expect(detect([['Owner', 'Target', 'Deadline']])?.role).not.toBe('goals');
  });
});

describe('goalsKind', () => {
  const table = read([
    ['FY2027 goals'],
    H,
    [
      ' Grow ARR from $1M to $1.2M by Q4 2027 ',
      'Ann',
      'New customers',
      'High',
      'ARR',
      '$1M',
      '$1.2M',
      '2027-01-01',
      '2027-12-31',
      '1,050,000',
      'On track',
      'goal/not-relevant',
    ],
    ['Raise win rate to 35%', 'Bob', null, 2, 'Win rate', '30%', '35%', null, '12/31/2027', 0.31, null, null],
    ['Hit 120% of quota', 'Cleo', null, null, null, null, '120%', null, null, null, 'Done', null],
    [],
    [null, 'Notes: review monthly'],
    [null, 'Dora', null, null, null, 'lots', '#N/A', 'soon', null, null, null, null],
  ]);
  const [arr, winRate, quota, broken] = table.rows;

  it('finds the header under a title and maps every column', () => {
    expect(table).toMatchObject({ sheet: 'Goals', headerRow: 2, duplicateHeaders: [] });
    expect(table.columns).toEqual({
      goal: 1,
      owner: 2,
      driver: 3,
      priority: 4,
      metric: 5,
      baseline: 6,
      target: 7,
      start: 8,
      due: 9,
      progress: 10,
      status: 11,
      ignore: 12,
    });
  });

  it('reads the text cells, trimmed, and the "Lint ignore" entries', () => {
    expect(arr).toMatchObject({
      row: 3,
      text: 'Grow ARR from $1M to $1.2M by Q4 2027',
      owner: 'Ann',
      driverText: 'New customers',
      priority: 'High',
      metric: 'ARR',
      status: 'On track',
      ignore: ['goal/not-relevant'],
    });
    expect(winRate.priority).toBe('2');
  });

  it('reads amounts and shares, a share past 100% included', () => {
    expect([arr.baseline, arr.target, arr.progress]).toEqual([1_000_000, 1_200_000, 1_050_000]);
    expect([winRate.baseline, winRate.target, winRate.progress]).toEqual([0.3, 0.35, 0.31]);
    expect(quota.target).toBeCloseTo(1.2, 12);
  });

  it('reads dates in the configured order', () => {
    expect([arr.start, arr.due]).toEqual([day('2027-01-01'), day('2027-12-31')]);
    expect(winRate.due).toBe(day('2027-12-31'));
    expect(
      read([H, ['Win 5 logos', null, null, null, null, null, 5, null, '03/04/2027']], 'de-DE').rows[0].due,
    ).toBe(day('2027-04-03'));
  });

  it('skips blank rows and lone notes outside the goal column; a row with cells but no goal text is still a goal', () => {
    expect(table.rows.map((g) => g.row)).toEqual([3, 4, 5, 8]);
    expect(broken.text).toBeUndefined();
  });

  it('records values that do not read, on their column, without guessing', () => {
    expect(broken.baseline).toBeUndefined();
    expect(broken.target).toBeUndefined();
    expect(broken.start).toBeUndefined();
    expect(broken.problems?.map((p) => p.column)).toEqual([6, 7, 8]);
    expect(broken.problems?.[1].reason).toMatch(/#N\/A/);
    expect(arr.problems).toBeUndefined();
  });

  it('locates a field’s cell, or the goal text when the sheet lacks the field', () => {
    const bare = read([
      ['Goal', 'Owner'],
      ['Sell more', 'Ann'],
    ]);
    expect(cellOf(bare, bare.rows[0], 'owner').address).toBe('Goals!B2');
    expect(cellOf(bare, bare.rows[0], 'due').address).toBe('Goals!A2');
  });

  it('reads no SMART analysis: that is the model’s, on demand', () => {
    expect(arr).not.toHaveProperty('analysis');
  });
});
