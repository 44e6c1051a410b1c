import { activitiesKind, columnByHeader } from '../../../shared/sheets/kinds/activities';
import { readAs, testConfig } from '../read';
import type { CellValue } from '../../../shared/ground/types';
import type { DateOrder } from '../../../shared/ground/values';
import { day } from '../../analyses/goals/days';

function read(values: CellValue[][], dateOrder: DateOrder = 'MDY') {
  return readAs(activitiesKind, values, { name: 'Log', config: testConfig({ locale: { dateOrder } }) });
}

const VALUES: CellValue[][] = [
  ['Activity log, Q4'],
  ['Week of', 'Type', 'Seller', 'Rep', 'Calls', 'Date'],
  ['2026-11-02', 'Call', '  Ann ', 'Zed', 3, '2026-12-01'],
  [46328, 'Call', 'Bob', null, 1, null],
  [new Date(2026, 10, 3), 'Meeting', 'Ann', null, null, null],
  ['03/04/2026', 'Call', 'Cleo', null, 2, null],
  ['soon', 'Call', 'Ann', null, 4, null],
  ['#N/A', 'Call', '   ', null, 5, null],
  [],
  [null, '  ', null],
  [null, null, null, null, 6, null],
];

describe('activitiesKind', () => {
  const table = read(VALUES);

  it('finds the header under a title; the first rep and date columns are the ones read', () => {
    expect(table).toMatchObject({
      sheet: 'Log',
      headerRow: 2,
      headers: ['Week of', 'Type', 'Seller', 'Rep', 'Calls', 'Date'],
      columns: { owner: 3, date: 1, type: 2, count: 5 },
    });
  });

  it('reads each row’s rep and day, whatever the date is written as', () => {
    expect(table.rows.map((r) => [r.row, r.owner, r.day])).toEqual([
      [3, 'Ann', day('2026-11-02')],
      [4, 'Bob', day('2026-11-02')],
      [5, 'Ann', day('2026-11-03')],
      [6, 'Cleo', day('2026-03-04')],
      [7, 'Ann', undefined],
      [8, undefined, undefined],
      [11, undefined, undefined],
    ]);
  });

  it('keeps rows without a readable date or a rep, and their cells, for measures to read', () => {
    const undated = table.rows.find((r) => r.row === 7)!;
    expect(undated).toEqual({ row: 7, cells: VALUES[6], owner: 'Ann' });
    expect(table.rows.find((r) => r.row === 11)).toEqual({ row: 11, cells: VALUES[10] });
  });

  it('reads numeric dates in the configured order', () => {
    expect(read(VALUES, 'DMY').rows.find((r) => r.row === 6)?.day).toBe(day('2026-04-03'));
  });
});

describe('columnByHeader', () => {
  const headers = ['Date', 'Rep', 'Manager joined', 'Calls', '', 'Calls'];

  it.each<[string, number | undefined]>([
    ['Date', 1],
    ['manager JOINED', 3],
    ['Manager-joined', 3],
    ['  calls ', 4],
    ['Emails', undefined],
    ['', undefined],
    ['!!', undefined],
  ])('%p is column %p', (name, column) => {
    expect(columnByHeader(headers, name)).toBe(column);
  });
});
