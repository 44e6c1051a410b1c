import {
  addSheet,
  clearHighlights,
  highlight,
  readCells,
  readSheets,
  readSpreadsheet,
  removeSheet,
  selectCell,
  writeCells,
  beyondDefault,
} from '../../appsscript/sheetsAdapter';
import { lint, loadConfig } from '../../shared';
import { applyFixes, type Highlight } from '../../shared/host';
import { cellLocation } from '../../shared/ground/address';
import type { CellEdit } from '../../shared/ground/types';
import { settingsSheetRows } from '../../shared/sheets/kinds/settings';
import { fakeApps, scriptView, type FakeCell } from '../appsscript/fakeApps';

const rows: FakeCell[][] = [
  ['Team pipeline'],
  [],
  ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close Date'],
  ['D-1', 'Ana', 'Proposal', 5000, { date: '2027-05-01' }, { date: '2027-04-01' }],
  ['D-2', 'Ben', 'Negotiaton', -300, { date: '2027-05-01' }, { date: '2027-07-01' }],
  ['D-3', 'Cy', 'Proposl', 700, { date: '2027-05-01' }, { date: '2027-07-01' }],
];

const config = (() => {
  const c = loadConfig({ asOf: '2027-06-30' });
  if (!c.ok) throw new Error('config');
  return c.config;
})();

let env: ReturnType<typeof fakeApps>;
beforeEach(() => {
  env = fakeApps('Europe/Berlin');
  env.spreadsheet.add('Deals', rows);
  env.spreadsheet.add('Notes', [['Call Ana back']]);
});
afterEach(() => env.uninstall());

const ss = () => scriptView(env.apps);

describe('the Google Sheets host over SpreadsheetApp', () => {
  it('reads every sheet from A1 with one getValues, getNumberFormats and getFormulas per sheet', () => {
    env.apps.reset();
    const snapshot = readSpreadsheet(ss());
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Deals', 'Notes']);
    expect(snapshot.sheets[0].values[3][4]).toBe(46508);
    expect(snapshot.sheets[0].numberFormats![3][4]).toBe('yyyy-mm-dd');
    for (const method of ['Range.getValues', 'Range.getNumberFormats', 'Range.getFormulas'])
      expect(env.apps.count(method)).toBe(2);
    expect(env.apps.count('Sheet.getDataRange')).toBe(2);
  });

  it('sends only formats and formulas that say something: the date formats, no plain cells', () => {
    const [deals, notes] = readSpreadsheet(ss()).sheets;
    // The header rows have only the default format: empty rows; a default cell is null.
    expect(deals.numberFormats![2]).toEqual([]);
    expect(deals.numberFormats![3]).toEqual([null, null, null, null, 'yyyy-mm-dd', 'yyyy-mm-dd']);
    // No formula anywhere, no grid; a sheet of plain text, no formats either.
    expect(deals.formulas).toBeUndefined();
    expect(notes).toEqual({ name: 'Notes', values: [['Call Ana back']] });
    expect(
      beyondDefault(
        [
          ['=A1', ''],
          ['', ''],
        ],
        (f) => f === '',
      ),
    ).toEqual([['=A1', null], []]);
  });

  it('reads the named sheets only, and leaves out one that has gone', () => {
    env.apps.reset();
    expect(readSheets(ss(), ['Notes', 'Gone']).map((s) => s.name)).toEqual(['Notes']);
    expect(env.apps.count('Range.getValues')).toBe(1);
  });

  it('applies a batch of fixes with one read and one write, and undoes it with one write', async () => {
    const { diagnostics } = lint(readSpreadsheet(ss()), config);
    const fixes = diagnostics.filter((d) => d.ruleId === 'pipeline/unknown-stage').map((d) => d.fixes![0]);
    expect(fixes).toHaveLength(2);
    const host = {
      readWorkbook: async () => readSpreadsheet(ss()),
      readCells: async (l: Parameters<typeof readCells>[1]) => readCells(ss(), l),
      writeCells: async (e: CellEdit[]) => writeCells(ss(), e),
      addSheet: async (n: string) => addSheet(ss(), n),
      select: async () => undefined,
    };
    env.apps.reset();
    const outcome = await applyFixes(host, fixes);
    expect(outcome.applied).toHaveLength(2);
    // Two cells, one above the other: one rectangle read, one rectangle written.
    expect(env.apps.count('Range.getValues')).toBe(1);
    expect(env.apps.count('Range.setValues') + env.apps.count('RangeList.setValue')).toBe(1);
    expect(env.spreadsheet.sheet('Deals').values.map((r) => r[2])).toEqual([
      undefined,
      undefined,
      'Stage',
      'Proposal',
      'Negotiation',
      'Proposal',
    ]);
    env.apps.reset();
    writeCells(ss(), outcome.undo);
    expect(env.apps.count('Range.setValues') + env.apps.count('RangeList.setValue')).toBe(1);
    expect(env.spreadsheet.sheet('Deals').values[4][2]).toBe('Negotiaton');
  });

  it('writes a settings sheet as one rectangle, and cells far apart with the same value as one list', () => {
    addSheet(ss(), 'Pipelint settings');
    const table = settingsSheetRows({
      asOf: '2027-06-30',
      stages: [{ name: 'Discovery' }, { name: 'Won', closed: 'won' }],
      rules: [],
    });
    // The pane writes the settings' six columns on every row, blanks included.
    const edits: CellEdit[] = table.flatMap((row, r) =>
      Array.from({ length: 6 }, (_, c) => row[c] ?? '').map((value, c) => ({
        location: cellLocation('Pipelint settings', r + 1, c + 1),
        value: value ?? '',
        previous: '',
      })),
    );
    env.apps.reset();
    writeCells(ss(), edits);
    expect(env.apps.count('Range.setValues')).toBe(1);
    env.apps.reset();
    writeCells(ss(), [
      { location: cellLocation('Deals', 5, 3), value: 'Negotiation', previous: 'Negotiaton' },
      { location: cellLocation('Deals', 4, 1), value: 'Won', previous: '' },
      { location: cellLocation('Deals', 6, 3), value: 'Negotiation', previous: 'Negotiaton' },
      { location: cellLocation('Notes', 9, 9), value: 'Won', previous: '' },
    ]);
    expect(env.apps.count('RangeList.setValue') + env.apps.count('Range.setValues')).toBe(3);
  });

  it('says which cells are computed, so a fix never replaces a formula', () => {
    env.spreadsheet.sheet('Deals').put([[{ formula: '=D4*2', value: 10000 }]], 7);
    expect(readCells(ss(), [cellLocation('Deals', 4, 1), cellLocation('Deals', 7, 1)])).toEqual([
      { value: 'D-1' },
      { value: 10000, formula: '=D4*2' },
    ]);
    expect(readSpreadsheet(ss()).sheets[0].formulas![6][0]).toBe('=D4*2');
  });

  it('reads cells at the two ends of a long sheet one by one rather than the whole sheet between', () => {
    env.spreadsheet.sheet('Deals').put([['D-99999']], 100_000);
    env.apps.reset();
    expect(readCells(ss(), [cellLocation('Deals', 1, 1), cellLocation('Deals', 100_000, 1)])).toEqual([
      { value: 'Team pipeline' },
      { value: 'D-99999' },
    ]);
    expect(env.apps.calls.filter((c) => c.cells).every((c) => c.cells === 1)).toBe(true);
  });

  it('names a sheet that has gone since the lint', () => {
    expect(() => readCells(ss(), [cellLocation('Gone', 1, 1)])).toThrow(
      'There is no sheet named "Gone" any more.',
    );
  });

  it('selects a cell on another sheet, switching to it', () => {
    selectCell(ss(), cellLocation('Notes', 3, 2));
    expect(env.spreadsheet.active?.name).toBe('Notes');
    expect(env.spreadsheet.activeRange).toBe('B3');
  });

  it('adds a sheet at the end without leaving the sheet the person is on, and removes it only while empty', () => {
    selectCell(ss(), cellLocation('Notes', 1, 1));
    addSheet(ss(), 'Goals');
    expect(env.spreadsheet.sheets.map((s) => s.name)).toEqual(['Deals', 'Notes', 'Goals']);
    expect(env.spreadsheet.active?.name).toBe('Notes');
    env.spreadsheet.sheet('Goals').put([['Goal']]);
    expect(removeSheet(ss(), 'Goals')).toBe(false);
    env.spreadsheet.sheet('Goals').put([['']]);
    expect(removeSheet(ss(), 'Goals')).toBe(true);
    expect(removeSheet(ss(), 'Goals')).toBe(false);
    expect(env.spreadsheet.sheets.map((s) => s.name)).toEqual(['Deals', 'Notes']);
  });
});

describe('problem marks as conditional formats', () => {
  const mark = (
    row: number,
    column: number,
    severity: Highlight['severity'],
    sheet = 'Deals',
  ): Highlight => ({
    location: cellLocation(sheet, row, column),
    severity,
  });

  /** The person's own rules: a red fill for negative amounts and a gradient-free text rule. */
  function ownRules() {
    const sheet = ss().getSheetByName('Deals')!;
    const negative = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground('#FF0000')
      .setRanges([sheet.getRange('D4:D6')])
      .build();
    const lost = SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains('Lost')
      .setFontColor('#999999')
      .setRanges([sheet.getRange('C4:C6')])
      .build();
    sheet.setConditionalFormatRules([negative, lost]);
    return env.spreadsheet.sheet('Deals').rules.map((r) => r.describe());
  }

  it('tags its rules as Excel does, one per sheet and severity, over rectangles of the marked cells', () => {
    highlight(ss(), [mark(5, 3, 'error'), mark(6, 3, 'error'), mark(5, 4, 'warning'), mark(5, 3, 'info')]);
    expect(env.spreadsheet.sheet('Deals').rules.map((r) => r.describe())).toEqual([
      {
        type: 'CUSTOM_FORMULA',
        values: ['=N("pipelint:error")=0'],
        background: '#FDE7E9',
        fontColor: null,
        ranges: ['Deals!C5:C6'],
      },
      {
        type: 'CUSTOM_FORMULA',
        values: ['=N("pipelint:warning")=0'],
        background: '#FFF4CE',
        fontColor: null,
        ranges: ['Deals!D5'],
      },
    ]);
  });

  it('clearing leaves the person’s own rules exactly as they were, in their order', () => {
    const before = ownRules();
    highlight(ss(), [mark(5, 3, 'error'), mark(1, 1, 'warning', 'Notes')]);
    expect(env.spreadsheet.sheet('Deals').rules).toHaveLength(3);
    highlight(ss(), [mark(6, 3, 'info')]);
    expect(env.spreadsheet.sheet('Deals').rules).toHaveLength(3);
    expect(env.spreadsheet.sheet('Notes').rules).toHaveLength(0);
    clearHighlights(ss());
    expect(env.spreadsheet.sheet('Deals').rules.map((r) => r.describe())).toEqual(before);
  });

  it('touches no sheet that has no marks to add or remove', () => {
    highlight(ss(), [mark(5, 3, 'error')]);
    env.apps.reset();
    highlight(ss(), [mark(6, 3, 'error')]);
    expect(env.apps.calls.filter((c) => c.method === 'Sheet.setConditionalFormatRules')).toHaveLength(1);
  });
});
