import { areaGroups, areasOf, isMarkFormula, markFormula, markRules } from '../../shared/marks';
import { allRead, nextSlices } from '../../addin/readPlan';
import { cellLocation } from '../../shared/ground/address';

describe('problem marks (shared by both hosts)', () => {
  it('groups cells into rectangles: runs down a column, joined across columns with the same rows', () => {
    const cells = [
      [3, 2],
      [4, 2],
      [3, 3],
      [4, 3],
      [7, 3],
      [9, 5],
      [3, 2],
    ].map(([row, column]) => ({ row, column }));
    expect(areasOf(cells)).toEqual(['B3:C4', 'C7', 'E9']);
  });

  it('keeps each rule address short, splitting a long list of areas', () => {
    const areas = Array.from({ length: 300 }, (_, i) => `A${i * 2 + 1}`);
    const groups = areaGroups(areas, 100);
    expect(groups.every((g) => g.join(',').length <= 100)).toBe(true);
    expect(groups.flat()).toEqual(areas);
  });

  it('marks each cell under its worst severity, hints not at all, one rule per sheet and severity', () => {
    const rules = markRules(
      [
        { location: cellLocation('A', 2, 2), severity: 'warning' },
        { location: cellLocation('A', 2, 2), severity: 'error' },
        { location: cellLocation('A', 3, 2), severity: 'warning' },
        { location: cellLocation('B', 3, 2), severity: 'warning' },
        { location: cellLocation('B', 4, 2), severity: 'hint' },
      ],
      1_000,
    );
    expect(rules).toEqual([
      { sheet: 'A', severity: 'error', areas: ['B2'] },
      { sheet: 'A', severity: 'warning', areas: ['B3'] },
      { sheet: 'B', severity: 'warning', areas: ['B3'] },
    ]);
  });

  it("finds its own formulas again, as Excel may give them back, and no one else's", () => {
    expect(isMarkFormula(markFormula('error'))).toBe(true);
    expect(isMarkFormula('=n( "PIPELINT:warning" )=0')).toBe(true);
    expect(isMarkFormula('=A1>0')).toBe(false);
    expect(isMarkFormula('=N("other")=0')).toBe(false);
    expect(isMarkFormula(null)).toBe(false);
  });
});

describe('read plan', () => {
  const shape = (rowCount: number, columnCount: number) => ({
    rowIndex: 0,
    columnIndex: 0,
    rowCount,
    columnCount,
  });

  it('reads a small workbook in one request', () => {
    expect(nextSlices([shape(10, 5), shape(0, 0), shape(20, 3)], [0, 0, 0], 100, 100_000)).toEqual([
      { sheet: 0, start: 0, rows: 10 },
      { sheet: 2, start: 0, rows: 20 },
    ]);
  });

  it('fills each request to the budget, in order, and always reads at least a row', () => {
    const shapes = [shape(10, 5), shape(100, 10)];
    expect(nextSlices(shapes, [0, 0], 10, 1_000)).toEqual([
      { sheet: 0, start: 0, rows: 10 },
      { sheet: 1, start: 0, rows: 5 },
    ]);
    expect(nextSlices(shapes, [10, 5], 10, 1_000)).toEqual([{ sheet: 1, start: 5, rows: 10 }]);
    expect(nextSlices(shapes, [10, 5], 10_000, 1_000)).toEqual([{ sheet: 1, start: 5, rows: 1 }]);
    expect(allRead(shapes, [10, 99])).toBe(false);
    expect(allRead(shapes, [10, 100])).toBe(true);
  });
});
