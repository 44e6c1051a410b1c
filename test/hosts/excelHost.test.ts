import { createExcelHost, excelHost } from '../../addin/excelHost';
import { applyFix, applyFixes, type Highlight } from '../../shared/host';
import { lint, loadConfig } from '../../shared';
import type { CellEdit } from '../../shared/ground/types';
import { cellLocation } from '../../shared/ground/address';
import { installExcel, type FakeSheet } from './excelMock';

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
    expect([handlers.selection.length, handlers.changed.length, handlers.added.length]).toEqual([1, 1, 1]);

    await handlers.selection[0]({ worksheetId: 'id-Deals', address: 'D4' });
    await handlers.selection[0]({ worksheetId: 'id-Deals', address: '$B$7:$C$9' });
    await handlers.changed[0]({ worksheetId: 'id-Deals', address: 'C5', changeType: 'RangeEdited' });
    // A sheet added (pasted in, copied) is a change too: the next live lint reads it.
    await handlers.added[0]({ worksheetId: 'id-Deals', source: 'Local', type: 'WorksheetAdded' });
    expect(selections).toEqual(['Deals!D4', 'Deals!B7']);
    expect(changes).toEqual([['Deals'], ['Deals']]);

    stopSelection();
    stopChanges();
    await new Promise((r) => setTimeout(r, 0));
    expect([handlers.selection.length, handlers.changed.length, handlers.added.length]).toEqual([0, 0, 0]);
  });

  it('selects a problem cell', async () => {
    const { selected } = installExcel([pipeline()]);
    await excelHost.select({ sheet: 'Deals', row: 4, column: 4, address: 'Deals!D4' });
    expect(selected).toEqual(['Deals!3,3']);
  });

  it('reads a small workbook in three syncs whatever its sheet count: sheets, used ranges, cells', async () => {
    const second = { ...pipeline(), name: 'Deals 2' };
    const { stats } = installExcel([
      pipeline(),
      second,
      { name: 'Empty', top: 0, left: 0, cells: [], formats: [] },
    ]);
    const snapshot = await excelHost.readWorkbook();
    expect(snapshot.sheets.map((s) => s.values.length)).toEqual([5, 5, 0]);
    expect(stats).toMatchObject({ runs: 1, syncs: 3, refused: 0 });
    expect(stats.payloads).toHaveLength(1);
  });

  it('reads only the sheets asked for, by name, in two syncs: used ranges, cells', async () => {
    const { stats } = installExcel([
      pipeline(),
      { ...pipeline(), name: 'Deals 2', cells: [['Goal'], ['Grow']] },
    ]);
    const sheets = await excelHost.readSheets!(['Deals 2']);
    expect(sheets.map((s) => [s.name, s.values[2]?.[1]])).toEqual([['Deals 2', 'Goal']]);
    expect(stats).toMatchObject({ runs: 1, syncs: 2 });
  });

  it('removes a sheet the pane added only while it is empty', async () => {
    const sheets: FakeSheet[] = [pipeline(), { name: 'Goals', top: 0, left: 0, cells: [], formats: [] }];
    installExcel(sheets);
    expect(await excelHost.removeSheet!('Nowhere')).toBe(false);
    sheets[1].cells.push(['Typed since']);
    expect(await excelHost.removeSheet!('Goals')).toBe(false);
    sheets[1].cells.length = 0;
    expect(await excelHost.removeSheet!('Goals')).toBe(true);
    expect(sheets.map((s) => s.name)).toEqual(['Deals']);
  });

  it('reads a sheet past the payload limit block by block, one sync a block, each under the limit', async () => {
    const rows = 400;
    const sheet: FakeSheet = {
      name: 'Big',
      top: 0,
      left: 0,
      cells: Array.from({ length: rows }, (_, r) => [`D-${r}`, 'Ana', 'Proposal', 1000 + r]),
      formats: [],
    };
    const { stats } = installExcel([sheet, pipeline()], { payloadLimit: 8_000 });
    const host = createExcelHost({ readBudget: 5_000 });
    const snapshot = await host.readWorkbook();
    expect(snapshot.sheets[0].values).toEqual(sheet.cells);
    expect(snapshot.sheets[1].values[3][2]).toBe('Ana');
    expect(stats.refused).toBe(0);
    expect(Math.max(...stats.payloads)).toBeLessThanOrEqual(8_000);
    // Two syncs for the sheets and their used ranges, then one per block.
    expect(stats.syncs).toBe(2 + stats.payloads.length);
    expect(stats.payloads.length).toBeGreaterThan(5);
    // Blocks after the first are sized from what the first weighed, so they fill the budget well.
    expect(stats.payloads.slice(1, -1).every((p) => p > 2_500)).toBe(true);
  });

  it('reads cells heavier than assumed in smaller blocks after Excel refuses the first request', async () => {
    const note = 'x'.repeat(300);
    const sheet: FakeSheet = {
      name: 'Notes',
      top: 0,
      left: 0,
      cells: Array.from({ length: 60 }, (_, r) => [`D-${r}`, note]),
      formats: [],
    };
    const { stats } = installExcel([sheet], { payloadLimit: 20_000 });
    const snapshot = await createExcelHost({ readBudget: 15_000 }).readWorkbook();
    expect(snapshot.sheets[0].values).toEqual(sheet.cells);
    expect(stats.refused).toBe(1);
    expect(Math.max(...stats.payloads)).toBeLessThanOrEqual(20_000);
  });

  it('writes many edits in one Excel.run and one sync', async () => {
    const sheet = pipeline();
    const { stats } = installExcel([sheet]);
    const edits: CellEdit[] = [4, 5].flatMap((row) =>
      [2, 3, 4].map((column) => ({
        location: cellLocation('Deals', row, column),
        value: `r${row}c${column}`,
        previous: '',
      })),
    );
    await excelHost.writeCells(edits);
    expect(stats).toMatchObject({ runs: 1, syncs: 1 });
    expect(sheet.cells[1].slice(0, 3)).toEqual(['r4c2', 'r4c3', 'r4c4']);
    expect(sheet.cells[2].slice(0, 3)).toEqual(['r5c2', 'r5c3', 'r5c4']);
  });

  it('undoes a date fix although Excel turned the written date into a serial, leaving the cell as it was', async () => {
    const sheet = pipeline();
    installExcel([sheet]);
    const location = cellLocation('Deals', 4, 6); // F4: 46600, a date serial
    const fix = { title: 'Move the close date', edits: [{ location, value: '2027-06-30', previous: 46600 }] };
    const done = await applyFixes(excelHost, [fix]);
    expect(done.applied).toEqual([fix]);
    // Excel stores the text as the serial of 2027-06-30, not as text.
    expect(sheet.cells[1][4]).toBe(46568);
    const undone = await applyFixes(excelHost, [{ title: 'Undo', edits: done.undo }]);
    expect(undone).toMatchObject({ stale: [], formulas: [] });
    expect(undone.applied).toHaveLength(1);
    expect(sheet.cells[1][4]).toBe(46600);
    expect(sheet.formats[1][4]).toBe('yyyy-mm-dd');
  });

  it('writes a Date as local ISO text, which Excel stores as that day, and undoes it', async () => {
    const sheet = pipeline();
    installExcel([sheet]);
    const location = cellLocation('Deals', 5, 6);
    const fix = { title: 'Date', edits: [{ location, value: new Date(2027, 5, 30), previous: 46650 }] };
    const done = await applyFixes(excelHost, [fix]);
    expect(sheet.cells[2][4]).toBe(46568);
    const undone = await applyFixes(excelHost, [{ title: 'Undo', edits: done.undo }]);
    expect(undone.applied).toHaveLength(1);
    expect(sheet.cells[2][4]).toBe(46650);
  });

  it('refuses a fix onto a formula cell through applyFixes, writing nothing', async () => {
    const sheet = pipeline();
    sheet.formulas = [[], [undefined, undefined, undefined, '=D3*2']];
    const { stats } = installExcel([sheet]);
    const location = cellLocation('Deals', 4, 5);
    const fix = { title: 'Amount', edits: [{ location, value: 1, previous: 5000 }] };
    await expect(applyFixes(excelHost, [fix])).resolves.toEqual({
      applied: [],
      undo: [],
      stale: [],
      formulas: [location],
    });
    expect(sheet.cells[1][3]).toBe(5000);
    expect(stats.runs).toBe(1); // the read; no write
  });

  const userRule = { type: 'CellValue', address: 'E4:E5' };
  const marks: Highlight[] = [
    { location: cellLocation('Deals', 4, 4), severity: 'error' },
    { location: cellLocation('Deals', 5, 4), severity: 'error' },
    { location: cellLocation('Deals', 4, 5), severity: 'error' },
    { location: cellLocation('Deals', 5, 5), severity: 'error' },
    { location: cellLocation('Deals', 5, 5), severity: 'warning' },
    { location: cellLocation('Deals', 5, 3), severity: 'warning' },
    { location: cellLocation('Deals', 3, 2), severity: 'info' },
    { location: cellLocation('Deals', 4, 2), severity: 'hint' },
  ];

  it('marks problem cells with one tagged conditional format per sheet and severity, over grouped areas', async () => {
    const sheet = { ...pipeline(), conditionalFormats: [{ ...userRule }] };
    const { stats } = installExcel([sheet]);
    await excelHost.highlight!(marks);
    expect(stats).toMatchObject({ runs: 1, syncs: 3 });
    expect(sheet.conditionalFormats).toEqual([
      userRule,
      {
        type: 'Custom',
        address: 'D4:E5',
        formula: '=N("pipelint:error")=0',
        fill: '#FDF3F4',
        edge: { style: 'Continuous', color: '#C50F1F' },
      },
      expect.objectContaining({ address: 'C5', formula: '=N("pipelint:warning")=0' }),
      expect.objectContaining({ address: 'B3', formula: '=N("pipelint:info")=0' }),
    ]);
  });

  it("replaces its marks, and clears exactly its own, leaving the person's conditional formats", async () => {
    const other = {
      ...pipeline(),
      name: 'Other',
      conditionalFormats: [{ type: 'Custom', address: 'A1', formula: '=A1>0' }],
    };
    const sheet = { ...pipeline(), conditionalFormats: [{ ...userRule }] };
    installExcel([sheet, other]);
    await excelHost.highlight!(marks);
    await excelHost.highlight!([{ location: cellLocation('Other', 3, 2), severity: 'warning' }]);
    expect(sheet.conditionalFormats).toEqual([userRule]);
    expect(other.conditionalFormats.map((r) => r.formula)).toEqual(['=A1>0', '=N("pipelint:warning")=0']);
    await excelHost.clearHighlights!();
    expect(sheet.conditionalFormats).toEqual([userRule]);
    expect(other.conditionalFormats).toEqual([{ type: 'Custom', address: 'A1', formula: '=A1>0' }]);
  });

  it('selects a cell on another sheet, activating it, and tries again where Excel refuses at first', async () => {
    const first = installExcel([pipeline(), { ...pipeline(), name: 'Second' }]);
    await excelHost.select(cellLocation('Second', 4, 4));
    expect(first.selected).toEqual(['Second!3,3']);
    expect(first.active.sheet).toBe('Second');

    const late = installExcel([pipeline(), { ...pipeline(), name: 'Second' }], { activateLate: true });
    await excelHost.select(cellLocation('Second', 5, 2));
    expect(late.selected).toEqual(['Second!4,1']);
    expect(late.active.sheet).toBe('Second');
    expect(late.stats).toMatchObject({ runs: 1, syncs: 3 });
  });
});
