import { readSpreadsheet, readCells, selectCell, writeCells } from '../../appsscript/sheetsAdapter';
import { lint, loadConfig } from '../../shared';
import { undoEdits } from '../../shared/host';
import type { CellValue } from '../../shared/ground/types';

/**
 * Apps Script has no local runtime, so this stands in for SpreadsheetApp's Spreadsheet with the
 * few methods the adapter calls, behaving as documented: getDataRange() starts at A1 and spans the
 * last row and column with content; dates come back as Date objects.
 */
class FakeSheet {
  active = false;
  selected?: [number, number];
  constructor(
    private readonly name: string,
    readonly cells: CellValue[][],
    /** Formulas where a cell has one; getFormula() gives "" for any other cell. */
    readonly formulas: string[][] = [],
  ) {}
  getName() {
    return this.name;
  }
  activate() {
    this.active = true;
    return this;
  }
  getDataRange() {
    const width = Math.max(0, ...this.cells.map((r) => r.length));
    const grid = this.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    return {
      getValues: () => grid,
      getNumberFormats: () => grid.map((r) => r.map((v) => (v instanceof Date ? 'yyyy-mm-dd' : 'General'))),
      getFormulas: () => grid.map((r, i) => r.map((_, c) => this.formulas[i]?.[c] ?? '')),
    };
  }
  getRange(row: number, column: number) {
    return {
      getValue: () => this.cells[row - 1]?.[column - 1] ?? '',
      getFormula: () => this.formulas[row - 1]?.[column - 1] ?? '',
      setValue: (value: CellValue) => {
        (this.cells[row - 1] ??= [])[column - 1] = value;
      },
      activate: () => {
        this.selected = [row, column];
      },
    };
  }
}

function spreadsheet(...sheets: FakeSheet[]) {
  return {
    getSheets: () => sheets,
    getSheetByName: (name: string) => sheets.find((s) => s.getName() === name) ?? null,
  } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};

const rows = (date: (iso: string) => CellValue): CellValue[][] => [
  ['Team pipeline'],
  [],
  ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close Date'],
  ['D-1', 'Ana', 'Proposal', 5000, date('2027-05-01'), date('2027-04-01')],
  ['D-2', 'Ben', 'Negotiaton', -300, date('2027-05-01'), date('2027-07-01')],
];

const serial = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 864e5 + 25569;
};

describe('Google Sheets adapter over SpreadsheetApp', () => {
  const config = loadConfig({ asOf: '2027-06-30' });
  if (!config.ok) throw new Error('config');

  it('reads every sheet from A1 with Date objects and number formats', () => {
    const snapshot = readSpreadsheet(
      spreadsheet(new FakeSheet('Deals', rows(local)), new FakeSheet('Blank', [])),
    );
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Deals', 'Blank']);
    expect(snapshot.sheets[0].values[3][4]).toEqual(local('2027-05-01'));
    expect(snapshot.sheets[0].numberFormats![3][4]).toBe('yyyy-mm-dd');
  });

  it('gives the same diagnostics as Excel-style serial dates', () => {
    const fromSheets = lint(readSpreadsheet(spreadsheet(new FakeSheet('Deals', rows(local)))), config.config);
    const fromExcel = lint({ sheets: [{ name: 'Deals', values: rows(serial) }] }, config.config);
    expect(fromSheets.diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(fromSheets.diagnostics).toEqual(fromExcel.diagnostics);
  });

  it('writes a fix, undoes it, and selects a cell', () => {
    const sheet = new FakeSheet('Deals', rows(local));
    const ss = spreadsheet(sheet);
    const result = lint(readSpreadsheet(ss), config.config);
    const fix = result.diagnostics.find((d) => d.ruleId === 'pipeline/unknown-stage')!.fixes![0];
    expect(readCells(ss, [fix.edits[0].location])).toEqual([{ value: 'Negotiaton' }]);
    writeCells(ss, fix.edits);
    expect(sheet.cells[4][2]).toBe('Negotiation');
    writeCells(ss, undoEdits(fix.edits));
    expect(sheet.cells[4][2]).toBe('Negotiaton');
    selectCell(ss, fix.edits[0].location);
    expect(sheet.active).toBe(true);
    expect(sheet.selected).toEqual([5, 3]);
  });

  it('names a sheet that has gone since the lint', () => {
    expect(() =>
      readCells(spreadsheet(), [{ sheet: 'Gone', row: 1, column: 1, address: 'Gone!A1' }]),
    ).toThrow('There is no sheet named "Gone" any more.');
  });

  it('reads formulas, and says which cells are computed', () => {
    const sheet = new FakeSheet(
      'Deals',
      [
        ['Deal', 'Total'],
        ['D-1', 12],
      ],
      [[], ['', '=SUM(C2:F2)']],
    );
    const ss = spreadsheet(sheet);
    expect(readSpreadsheet(ss).sheets[0].formulas).toEqual([
      ['', ''],
      ['', '=SUM(C2:F2)'],
    ]);
    expect(
      readCells(ss, [
        { sheet: 'Deals', row: 2, column: 1, address: 'Deals!A2' },
        { sheet: 'Deals', row: 2, column: 2, address: 'Deals!B2' },
      ]),
    ).toEqual([{ value: 'D-1' }, { value: 12, formula: '=SUM(C2:F2)' }]);
  });
});
