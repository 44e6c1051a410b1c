import type { CellValue } from '../../shared/ground/types';
import {
  cellOf,
  countDataRows,
  headerCell,
  headerTexts,
  ignoreList,
  mapColumns,
  rawCell,
  readTable,
  rowAt,
} from '../../shared/sheets/table';
import { goalsKind } from '../../shared/sheets/kinds/goals';
import { pipelineKind } from '../../shared/sheets/kinds/pipeline';
import { pathKind } from '../../shared/sheets/kinds/path';
import type { KindSpec, RowRecord } from '../../shared/sheets/kind';
import { readContext, testConfig } from './read';

describe('headerTexts', () => {
  it('reads every cell of the header row as text, blanks as empty', () => {
    expect(headerTexts([['Title'], ['Deal', null, 42, ' Stage ']], 1)).toEqual(['Deal', '', '42', 'Stage']);
    expect(headerTexts([], 0)).toEqual([]);
  });
});

describe('ignoreList', () => {
  it.each<[CellValue, string[] | undefined]>([
    ['pipeline/missing-owner', ['pipeline/missing-owner']],
    ['a, b;c  d', ['a', 'b', 'c', 'd']],
    ['*', ['*']],
    ['   ', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%p → %p', (value, expected) => {
    expect(ignoreList(value)).toEqual(expected);
  });
});

describe('mapColumns', () => {
  const fieldOf = pipelineKind.fieldOf;

  it('maps header words to fields, 1-based', () => {
    expect(mapColumns(['Deal', 'Sales Agent', 'Deal stage'], fieldOf, {}).columns).toEqual({
      deal: 1,
      owner: 2,
      stage: 3,
    });
  });

  it('keeps the first of two headers with the same text or meaning and records the other', () => {
    const { columns, duplicateHeaders } = mapColumns(['Amount', 'Stage', 'amount', 'Deal size'], fieldOf, {});
    expect(columns).toEqual({ amount: 1, stage: 2 });
    expect(duplicateHeaders).toEqual([
      { column: 3, header: 'amount', keptColumn: 1, field: 'amount' },
      { column: 4, header: 'Deal size', keptColumn: 1, field: 'amount' },
    ]);
  });

  it('a pin by header text or column letter wins over the header words', () => {
    const { columns, duplicateHeaders, missingPins } = mapColumns(
      ['Amount', 'TCV', 'Owner', 'Rep'],
      fieldOf,
      { amount: 'tcv', owner: 'D', stage: 'Phase' },
    );
    expect(columns).toEqual({ amount: 2, owner: 4 });
    expect(duplicateHeaders).toEqual([]);
    expect(missingPins).toEqual([{ field: 'stage', pin: 'Phase' }]);
  });

  it('blank header cells are never fields nor duplicates', () => {
    expect(mapColumns(['', 'Deal', '', ' '], fieldOf, {})).toEqual({
      columns: { deal: 2 },
      idColumns: {},
      duplicateHeaders: [],
      missingPins: [],
    });
  });

  it('an id column beside a name column of the same field is no duplicate', () => {
    const { columns, idColumns, duplicateHeaders } = mapColumns(
      ['Opportunity Name', 'Opportunity ID', 'Owner ID', 'Owner name', 'Stage', 'Stage ID', 'Account ID'],
      fieldOf,
      {},
      { keyedById: ['deal'] },
    );
    // The deal is keyed by its id; the owner and the stage are named.
    expect(columns).toEqual({ deal: 2, owner: 4, stage: 5, account: 7 });
    expect(idColumns).toEqual({ deal: 2, owner: 3, stage: 6, account: 7 });
    expect(duplicateHeaders).toEqual([]);
  });

  it('two id columns or two name columns of one field are still duplicates', () => {
    const { duplicateHeaders } = mapColumns(['Owner ID', 'Owner', 'rep_id', 'Sales rep'], fieldOf, {});
    expect(duplicateHeaders.map((d) => d.header)).toEqual(['rep_id', 'Sales rep']);
  });
});

describe('readTable', () => {
  const values: CellValue[][] = [
    ['Q3 goals'],
    ['Goal', 'Owner', 'Lint ignore', 'Goal'],
    ['Grow ARR', 'Ann', 'goal/missing-priority, goal/not-specific', 'x'],
    [],
    ['Sell more', null, '  '],
  ];
  const table = readTable(goalsKind, { name: 'Goals', values }, 1, readContext(), {
    isRow: (cells) => cells.some((v) => v !== null && v !== undefined),
    read: (row, cells): RowRecord => ({ row, cells }),
  });

  it('says where the table is and how its columns map', () => {
    expect(table).toMatchObject({
      kind: goalsKind,
      sheet: 'Goals',
      headerRow: 2,
      headers: ['Goal', 'Owner', 'Lint ignore', 'Goal'],
      columns: { goal: 1, owner: 2, ignore: 3 },
      duplicateHeaders: [{ column: 4, header: 'Goal', keptColumn: 1, field: 'goal' }],
      missingPins: [],
    });
  });

  it('reads the rows the kind accepts, each with its "Lint ignore" entries', () => {
    expect(table.rows.map((r) => [r.row, r.ignore])).toEqual([
      [3, ['goal/missing-priority', 'goal/not-specific']],
      [5, undefined],
    ]);
  });

  it('gives each kind its own pins: a plain pipeline field pins the pipeline only', () => {
    const context = readContext(testConfig({ columns: { owner: 'D' } }));
    const read = (kind: KindSpec) =>
      readTable(kind, { name: 'S', values: [['Deal', 'Owner', 'Stage', 'Rep']] }, 0, context, {
        isRow: () => true,
        read: (row, cells): RowRecord => ({ row, cells }),
      }).columns;
    expect(read(pipelineKind as KindSpec)).toMatchObject({ owner: 4 });
    expect(read(goalsKind as KindSpec)).toMatchObject({ owner: 2 });
    const goalsPinned = readContext(testConfig({ columns: { goals: { owner: 'Rep' } } }));
    const columns = readTable(goalsKind, { name: 'S', values: [['Goal', 'Owner', 'Rep']] }, 0, goalsPinned, {
      isRow: () => true,
      read: (row, cells): RowRecord => ({ row, cells }),
    }).columns;
    expect(columns).toMatchObject({ owner: 3 });
  });
});

describe('locating a row’s cells', () => {
  const path = readTable(
    pathKind,
    {
      name: 'Q3 plan',
      values: [
        ['Kind', 'Step', 'Target'],
        ['Behavior', 'Calls', 5],
      ],
    },
    0,
    readContext(),
    { isRow: () => true, read: (row, cells) => ({ row, cells, target: { ok: 'empty' }, period: 'quarter' }) },
  );
  const [step] = path.rows;

  it('is the field’s own cell when the sheet has the field', () => {
    expect(cellOf(path, step, 'target')).toEqual({
      sheet: 'Q3 plan',
      row: 2,
      column: 3,
      address: "'Q3 plan'!C2",
    });
  });

  it('falls back to the kind’s anchor field, then to column A', () => {
    expect(cellOf(path, step, 'measure').address).toBe("'Q3 plan'!B2");
    const bare = { ...path, columns: {} };
    expect(cellOf(bare, step, 'measure').address).toBe("'Q3 plan'!A2");
  });

  it('reads what a cell holds, and locates a header cell', () => {
    expect(rawCell(path, step, 'target')).toBe(5);
    expect(rawCell(path, step, 'measure')).toBeUndefined();
    expect(headerCell(path, 4).address).toBe("'Q3 plan'!D1");
  });
});

describe('countDataRows', () => {
  it('counts rows below the header that hold anything', () => {
    expect(countDataRows([['H'], ['a'], [], [null, ' '], [null, 0], undefined as never], 1)).toBe(2);
  });
});

describe('rowAt', () => {
  it('finds the record of a sheet row by binary search, or nothing for a row not read', () => {
    const table = readTable(
      goalsKind,
      { name: 'Goals', values: [['Goal', 'Owner'], ['A', 'Ann'], [], ['B', 'Bob'], ['C', 'Cy']] },
      0,
      readContext(),
      { isRow: (cells) => cells.length > 0, read: (row, cells): RowRecord => ({ row, cells }) },
    );
    expect([2, 4, 5].map((r) => rowAt(table, r)?.cells[0])).toEqual(['A', 'B', 'C']);
    expect([1, 3, 6].map((r) => rowAt(table, r))).toEqual([undefined, undefined, undefined]);
  });
});
