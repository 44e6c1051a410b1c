import { OfficeMockObject } from 'office-addin-mock';
import { excelHost } from '../../addin/excelHost';
import { applyFix } from '../../shared/host';
import { lint, loadConfig } from '../../shared';
import type { CellValue } from '../../shared/ground/types';
import { columnNumber } from '../../shared/ground/address';

/**
 * A small in-memory workbook behind office-addin-mock, which enforces Office.js's load-then-sync
 * discipline: reading a property that was not loaded and synced fails as it would in Excel.
 */
interface FakeSheet {
  name: string;
  /** The used range's top-left, 0-based, and its cells. */
  top: number;
  left: number;
  cells: CellValue[][];
  formats: string[][];
  /** A computed cell's formula, where it has one; Excel's `formulas` gives the value for any other. */
  formulas?: (string | undefined)[][];
}

function a1ToIndexes(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return [Number(m[2]) - 1, columnNumber(m[1])! - 1];
}

function installExcel(sheets: FakeSheet[]) {
  // Objects handed out by methods are not in the mock's property tree, so context.sync() must reach them.
  const handedOut: OfficeMockObject[] = [];
  const track = (data: object) => {
    const mock = new OfficeMockObject(data);
    handedOut.push(mock);
    return mock;
  };
  const writes: { sheet: FakeSheet; row: number; col: number; range: { values: unknown } }[] = [];
  const selected: string[] = [];
  const cellAt = (s: FakeSheet, row: number, col: number) => s.cells[row - s.top]?.[col - s.left] ?? '';
  const rangeMock = (s: FakeSheet, row: number, col: number, rows: number, cols: number) =>
    track({
      values: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => cellAt(s, row + r, col + c)),
      ),
      numberFormat: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => s.formats[row + r - s.top]?.[col + c - s.left] ?? 'General'),
      ),
      formulas: Array.from({ length: rows }, (_, r) =>
        Array.from(
          { length: cols },
          (_, c) => s.formulas?.[row + r - s.top]?.[col + c - s.left] ?? cellAt(s, row + r, col + c),
        ),
      ),
      select: () => selected.push(`${s.name}!${row},${col}`),
    });
  const worksheet = (s: FakeSheet) =>
    track({
      name: s.name,
      activate: () => undefined,
      getUsedRangeOrNullObject: () => {
        const used = track({
          rowIndex: s.top,
          columnIndex: s.left,
          rowCount: s.cells.length,
          columnCount: Math.max(0, ...s.cells.map((r) => r.length)),
        });
        // Office.js answers isNullObject after a sync without a load; the mock would demand one.
        return Object.defineProperty(used, 'isNullObject', { value: s.cells.length === 0 });
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        rangeMock(s, row, col, rows, cols),
      getRange: (a1: string) => {
        const [row, col] = a1ToIndexes(a1);
        const range = rangeMock(s, row, col, 1, 1) as unknown as { values: unknown };
        writes.push({ sheet: s, row, col, range });
        return range;
      },
    });
  const mocks = sheets.map(worksheet);
  // Event handlers registered through worksheets.onSelectionChanged / onChanged, and removed.
  const handlers: Record<'selection' | 'changed', ((args: unknown) => Promise<void>)[]> = {
    selection: [],
    changed: [],
  };
  const events = (kind: 'selection' | 'changed') => ({
    add: (handler: (args: unknown) => Promise<void>) => {
      handlers[kind].push(handler);
      return {
        context,
        remove: () => handlers[kind].splice(handlers[kind].indexOf(handler), 1),
      };
    },
  });
  // Worksheets are found by name, or by the id events carry ("id-<name>").
  const getItem = (key: string) => mocks[sheets.findIndex((s) => s.name === key || `id-${s.name}` === key)];
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: mocks,
        getItem,
        onSelectionChanged: events('selection'),
        onChanged: events('changed'),
      },
    },
  });
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    await syncTree();
    for (const mock of handedOut) await mock.sync();
  };
  const commit = () => {
    for (const w of writes.splice(0)) {
      const value = (w.range.values as CellValue[][])[0][0];
      if (value !== cellAt(w.sheet, w.row, w.col))
        w.sheet.cells[w.row - w.sheet.top][w.col - w.sheet.left] = value;
    }
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    // Excel.run(batch), or Excel.run(context, batch) to go on with an earlier request context.
    run: async <T>(first: unknown, second?: (ctx: unknown) => Promise<T>) => {
      const callback = (second ?? first) as (ctx: unknown) => Promise<T>;
      const result = await callback(context);
      commit();
      return result;
    },
  };
  return { selected, handlers };
}

const pipeline = (): FakeSheet => ({
  name: 'Deals',
  top: 2,
  left: 1,
  cells: [
    ['Deal', 'Owner', 'Stage', 'Amount', 'Close Date'],
    ['D-1', 'Ana', 'Negotiaton', 5000, 46600],
    ['D-2', '', 'Proposal', 7000, 46650],
  ],
  formats: [
    ['General', 'General', 'General', 'General', 'General'],
    ['General', 'General', 'General', '$#,##0', 'yyyy-mm-dd'],
    ['General', 'General', 'General', '$#,##0', 'yyyy-mm-dd'],
  ],
});

describe('Excel host over Office.js', () => {
  it('reads the used range into a snapshot anchored at A1, with number formats', async () => {
    installExcel([pipeline(), { name: 'Empty', top: 0, left: 0, cells: [], formats: [] }]);
    const snapshot = await excelHost.readWorkbook();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Deals', 'Empty']);
    const deals = snapshot.sheets[0];
    expect(deals.values[2]).toEqual([null, 'Deal', 'Owner', 'Stage', 'Amount', 'Close Date']);
    expect(deals.values[3][5]).toBe(46600);
    expect(deals.numberFormats![3][5]).toBe('yyyy-mm-dd');
    expect(snapshot.sheets[1].values).toEqual([]);
  });

  it('lints what it reads with the right addresses', async () => {
    installExcel([pipeline()]);
    const config = loadConfig({ asOf: '2027-06-30' });
    if (!config.ok) throw new Error('config');
    const result = lint(await excelHost.readWorkbook(), config.config);
    const stage = result.diagnostics.find((d) => d.ruleId === 'pipeline/unknown-stage')!;
    expect(stage.location.address).toBe('Deals!D4');
    const owner = result.diagnostics.find((d) => d.ruleId === 'pipeline/missing-owner')!;
    expect(owner.location.address).toBe('Deals!C5');
  });

  it('reads formulas with the values; a fix is refused on a computed cell and dropped by the lint', async () => {
    const sheet = pipeline();
    sheet.cells[1][4] = 46_000;
    sheet.formulas = [
      [],
      [undefined, undefined, '=IF(A1="","Negotiaton","Lost")', undefined, '=TODAY()-600'],
    ];
    installExcel([sheet]);
    const snapshot = await excelHost.readWorkbook();
    expect(snapshot.sheets[0].formulas![3]).toEqual([
      null,
      null,
      null,
      '=IF(A1="","Negotiaton","Lost")',
      null,
      '=TODAY()-600',
    ]);
    const config = loadConfig({ asOf: '2027-06-30' });
    if (!config.ok) throw new Error('config');
    const stage = lint(snapshot, config.config).diagnostics.find(
      (d) => d.ruleId === 'pipeline/unknown-stage',
    )!;
    // Reported, but with no fix: the cell is computed.
    expect(stage.location.address).toBe('Deals!D4');
    expect(stage.fixes).toBeUndefined();
    const edit = { location: stage.location, value: 'Negotiation', previous: 'Negotiaton' };
    await expect(excelHost.readCells([stage.location])).resolves.toEqual([
      { value: 'Negotiaton', formula: '=IF(A1="","Negotiaton","Lost")' },
    ]);
    await expect(applyFix(excelHost, { title: 'Change', edits: [edit] })).resolves.toEqual({
      applied: false,
      stale: [],
      formulas: [stage.location],
    });
    expect(sheet.cells[1][2]).toBe('Negotiaton');
  });

  it('applies a quick fix, refuses a stale one, and undoes', async () => {
    const sheet = pipeline();
    installExcel([sheet]);
    const config = loadConfig({ asOf: '2027-06-30' });
    if (!config.ok) throw new Error('config');
    const result = lint(await excelHost.readWorkbook(), config.config);
    const fix = result.diagnostics.find((d) => d.ruleId === 'pipeline/unknown-stage')!.fixes![0];
    const outcome = await applyFix(excelHost, fix);
    expect(sheet.cells[1][2]).toBe('Negotiation');
    expect(outcome.applied).toBe(true);
    if (!outcome.applied) return;
    const again = await applyFix(excelHost, fix);
    expect(again).toEqual({ applied: false, stale: [fix.edits[0].location], formulas: [] });
    await excelHost.writeCells(outcome.undo);
    expect(sheet.cells[1][2]).toBe('Negotiaton');
  });

  it('tells the pane of a cell selected and of changed sheets, by sheet name, until it stops listening', async () => {
    const { handlers } = installExcel([pipeline()]);
    const selections: string[] = [];
    const changes: string[][] = [];
    const stopSelection = excelHost.onSelectionChanged!((l) => selections.push(l.address));
    const stopChanges = excelHost.onChanged!((sheets) => changes.push(sheets));
    await new Promise((r) => setTimeout(r, 0));
    expect([handlers.selection.length, handlers.changed.length]).toEqual([1, 1]);

    await handlers.selection[0]({ worksheetId: 'id-Deals', address: 'D4' });
    await handlers.selection[0]({ worksheetId: 'id-Deals', address: '$B$7:$C$9' });
    await handlers.changed[0]({ worksheetId: 'id-Deals', address: 'C5', changeType: 'RangeEdited' });
    expect(selections).toEqual(['Deals!D4', 'Deals!B7']);
    expect(changes).toEqual([['Deals']]);

    stopSelection();
    stopChanges();
    await new Promise((r) => setTimeout(r, 0));
    expect([handlers.selection.length, handlers.changed.length]).toEqual([0, 0]);
  });

  it('selects a problem cell', async () => {
    const { selected } = installExcel([pipeline()]);
    await excelHost.select({ sheet: 'Deals', row: 4, column: 4, address: 'Deals!D4' });
    expect(selected).toEqual(['Deals!3,3']);
  });
});
