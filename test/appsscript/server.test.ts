import fs from 'fs';
import path from 'path';
import { MENU_ITEMS, lintNow } from '../../appsscript/server';
import { recordStageEdit, takeSnapshot } from '../../appsscript/history';
import { sidebarRequest, type SidebarRequest } from '../../appsscript/sidebarPage';
import {
  EDIT_STAMPS_KEY,
  editStamps,
  editedSince,
  stampEdits,
  type EditStamps,
} from '../../appsscript/editStamps';
import { HISTORY_HEADERS } from '../../shared/sheets/kinds/pipelineHistory';
import { fakeApps, IN_SCOPE, scriptView, type FakeCell } from './fakeApps';

type Globals = Record<string, (...args: unknown[]) => unknown>;
const globals = global as unknown as Globals;

const pipeline: FakeCell[][] = [
  ['Deal', 'Owner', 'Stage', 'Amount', 'Close Date'],
  ['D-1', 'Ana', 'Proposal', 5000, { date: '2027-07-15' }],
  ['D-2', 'Ben', 'Negotiaton', -300, { date: '2027-07-01' }],
];
const adoption: FakeCell[][] = [
  ['Person', 'Change', 'Stage'],
  ['Ana', 'Weekly pipeline review', 'Contemplation'],
];

/** The request a served sidebar page carries, read as the sidebar reads it. */
function requestOf(html: string): SidebarRequest {
  return sidebarRequest({
    querySelector: (selector: string) => {
      const name = /name="([^"]+)"/.exec(selector)![1];
      const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
      return (m ? { getAttribute: () => m[1] } : null) as unknown as Element;
    },
  } as Pick<Document, 'querySelector'>);
}

let env: ReturnType<typeof fakeApps>;
beforeEach(() => {
  env = fakeApps('Europe/Berlin');
  env.spreadsheet.add('Deals', pipeline);
  env.spreadsheet.add('Adoption', adoption);
});
afterEach(() => {
  // Every test: nothing outside the two scopes was touched.
  expect([...env.apps.touched].filter((s) => !IN_SCOPE.includes(s))).toEqual([]);
  env.uninstall();
});

const ss = () => scriptView(env.apps);

describe('the Pipelint menu', () => {
  it('is an add-on menu with its six items, each a server function', () => {
    globals.onOpen();
    expect(env.apps.ui.menus).toHaveLength(1);
    expect(env.apps.ui.menus[0].title).toBe('Add-on');
    expect(env.apps.ui.menus[0].items.map((i) => (i === '---' ? i : i[0]))).toEqual([
      'Open sidebar',
      'Lint now',
      'Goal wizard',
      'Settings',
      'Take snapshot',
      'Clear highlights',
    ]);
    for (const [, name] of MENU_ITEMS) expect(typeof globals[name]).toBe('function');
    env.apps.ui.menus.length = 0;
    globals.onInstall();
    expect(env.apps.ui.menus).toHaveLength(1);
  });

  it('builds the menu without opening the spreadsheet, as onOpen must before the add-on is used', () => {
    env.apps.reset();
    globals.onOpen();
    expect(env.apps.calls.map((c) => c.method)).toEqual([
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      ...MENU_ITEMS.map(() => 'Menu.addItem'),
      'Menu.addToUi',
    ]);
  });

  it.each([
    ['pipelintMenuOpen', { tab: 'problems', lint: false }],
    ['pipelintMenuGoal', { tab: 'goal', lint: false }],
    ['pipelintMenuSettings', { tab: 'settings', lint: false }],
  ])('%s opens the sidebar on its tab', (name, request) => {
    globals[name]();
    const [page] = env.apps.ui.sidebars;
    expect(page.getTitle()).toBe('Pipelint');
    expect(requestOf(page.getContent())).toEqual(request);
    expect(page.getContent()).toContain('<div id="root"></div>');
  });

  it('Lint now lints in one execution, one read per sheet, marks the problems and opens the sidebar to lint', () => {
    env.apps.reset();
    globals.pipelintMenuLint();
    expect(env.apps.count('Range.getValues')).toBe(2);
    const rules = env.spreadsheet.sheet('Deals').rules.map((r) => r.describe());
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.type === 'CUSTOM_FORMULA' && String(r.values).includes('pipelint:'))).toBe(
      true,
    );
    expect(env.spreadsheet.toasts[0]).toMatch(/problems? found and marked/);
    expect(requestOf(env.apps.ui.sidebars[0].getContent())).toEqual({ tab: 'problems', lint: true });
  });

  it('Clear highlights removes the marks and only the marks', () => {
    const sheet = ss().getSheetByName('Deals')!;
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$D2<0')
        .setBackground('#FF0000')
        .setRanges([sheet.getRange('A2:E3')])
        .build(),
    ]);
    const before = env.spreadsheet.sheet('Deals').rules.map((r) => r.describe());
    lintNow(ss());
    expect(env.spreadsheet.sheet('Deals').rules.length).toBeGreaterThan(1);
    globals.pipelintMenuClearHighlights();
    expect(env.spreadsheet.sheet('Deals').rules.map((r) => r.describe())).toEqual(before);
    expect(env.spreadsheet.toasts).toEqual(['Highlights cleared.']);
  });
});

describe('Take snapshot', () => {
  const now = new Date('2027-06-30T23:30:00Z'); // 1 July in Berlin

  it('starts a Pipeline history sheet with the CLI’s columns and every deal’s values, then appends only what changed', () => {
    const first = takeSnapshot(ss(), now);
    expect(first.sheet).toBe('Pipeline history');
    const history = env.spreadsheet.sheet('Pipeline history');
    expect(history.values[0]).toEqual([...HISTORY_HEADERS]);
    const rows = () => history.values.slice(1).map((r) => r.slice(1));
    expect(rows()).toEqual([
      ['D-1', 'Stage', '', 'Proposal'],
      ['D-1', 'Amount', '', '5000'],
      ['D-1', 'Close date', '', '2027-07-15'],
      ['D-1', 'Owner', '', 'Ana'],
      ['D-2', 'Stage', '', 'Negotiaton'],
      ['D-2', 'Amount', '', '-300'],
      ['D-2', 'Close date', '', '2027-07-01'],
      ['D-2', 'Owner', '', 'Ben'],
    ]);
    // The timestamp is the day in the spreadsheet's zone, as a date.
    expect(history.valueAt(1, 0)).toEqual(new Date('2027-06-30T22:00:00Z'));
    expect(takeSnapshot(ss(), now).changes).toEqual([]);
    env.spreadsheet.sheet('Deals').put([['D-2', 'Ben', 'Negotiation', 300]], 3);
    env.apps.reset();
    expect(takeSnapshot(ss(), now).changes.map((c) => [c.deal, c.field, c.from, c.to])).toEqual([
      ['D-2', 'stage', 'Negotiaton', 'Negotiation'],
      ['D-2', 'amount', '-300', '300'],
    ]);
    expect(rows().slice(8)).toEqual([
      ['D-2', 'Stage', 'Negotiaton', 'Negotiation'],
      ['D-2', 'Amount', '-300', '300'],
    ]);
    // One read of each sheet, one write.
    expect(env.apps.count('Range.getValues')).toBe(3);
    expect(env.apps.count('Range.setValues')).toBe(1);
  });

  it('appends to the team’s own change log, in its columns', () => {
    env.spreadsheet.add('Changes', [
      ['Deal', 'Field', 'Old value', 'New value', 'Changed on', 'Note'],
      ['D-1', 'Stage', '', 'Proposal', { date: '2027-06-01' }, 'from the CRM'],
    ]);
    globals.pipelintMenuSnapshot();
    expect(env.spreadsheet.getSheetByName('Pipeline history')).toBeNull();
    const added = env.spreadsheet.sheet('Changes').values.slice(2);
    expect(added[0].slice(0, 4)).toEqual(['D-1', 'Amount', '', '5000']);
    expect(added.every((r) => (r[5] ?? '') === '')).toBe(true);
    expect(env.spreadsheet.toasts[0]).toMatch(/^7 changes since the last snapshot added to "Changes"\.$/);
  });
});

describe('onEdit: stage moves go to the history as they are typed', () => {
  const now = new Date('2027-06-30T23:30:00Z');
  const edit = (sheet: string, a1: string, value: FakeCell, oldValue?: string) => {
    const range = ss().getSheetByName(sheet)!.getRange(a1);
    range.setValue(value);
    return { range, oldValue, value: value === '' ? undefined : String(value) };
  };

  it('appends a deal’s stage change to the pipeline history, timestamped on the spreadsheet’s clock', () => {
    takeSnapshot(ss(), now);
    const history = env.spreadsheet.sheet('Pipeline history');
    const before = history.getLastRow();
    expect(recordStageEdit(edit('Deals', 'C3', 'Negotiation', 'Negotiaton'), now)).toEqual({
      sheet: 'Pipeline history',
      row: ['2027-07-01 01:30:00', "'D-2", 'Stage', "'Negotiaton", "'Negotiation"],
    });
    expect(history.getLastRow()).toBe(before + 1);
    expect(history.values[before].slice(1)).toEqual(['D-2', 'Stage', 'Negotiaton', 'Negotiation']);
    expect(history.valueAt(before, 0)).toEqual(new Date('2027-06-30T23:30:00Z'));
    // The next snapshot finds nothing new: the edit is already recorded.
    expect(takeSnapshot(ss(), now).changes.filter((c) => c.field === 'stage')).toEqual([]);
  });

  it('starts the history when there is none, and records a stage cleared', () => {
    recordStageEdit(edit('Deals', 'C2', '', 'Proposal'), now);
    expect(env.spreadsheet.sheet('Pipeline history').values.map((r) => r.slice(1))).toEqual([
      ['Deal', 'Field', 'From', 'To'],
      ['D-1', 'Stage', 'Proposal', ''],
    ]);
  });

  it('appends an adoption stage move to the adoption history', () => {
    env.spreadsheet.add('Moves', [['Person', 'Change', 'From', 'To', 'Date']]);
    recordStageEdit(edit('Adoption', 'C2', 'Introduction', 'Contemplation'), now);
    const moves = env.spreadsheet.sheet('Moves').values;
    expect(moves[1].slice(0, 4)).toEqual(['Ana', 'Weekly pipeline review', 'Contemplation', 'Introduction']);
    expect(env.spreadsheet.sheet('Moves').valueAt(1, 4)).toEqual(new Date('2027-06-30T23:30:00Z'));
  });

  it('ignores other columns, the header, unchanged stages and pastes over several cells', () => {
    const ranges = [
      edit('Deals', 'D2', 6000, '5000'),
      edit('Deals', 'C1', 'Phase', 'Stage'),
      edit('Deals', 'C2', 'proposal', 'Proposal'),
    ];
    for (const e of ranges) expect(recordStageEdit(e, now)).toBeUndefined();
    const paste = ss().getSheetByName('Deals')!.getRange('C2:C3');
    paste.setValues([['Won'], ['Lost']]);
    expect(recordStageEdit({ range: paste }, now)).toBeUndefined();
    expect(env.spreadsheet.getSheetByName('Pipeline history')).toBeNull();
  });

  it('reads the top of each sheet and the edited row, never a whole long pipeline', () => {
    const deals = env.spreadsheet.sheet('Deals');
    for (let r = 4; r <= 5000; r++) deals.put([[`D-${r}`, 'Ana', 'Proposal', 100]], r);
    const e = edit('Deals', 'C4000', 'Negotiation', 'Proposal');
    env.apps.reset();
    globals.onEdit(e);
    const read = env.apps.calls.filter((c) => c.method === 'Range.getValues').map((c) => c.cells);
    expect(Math.max(...(read as number[]))).toBeLessThanOrEqual(30 * 5);
    expect(env.spreadsheet.sheet('Pipeline history').values[1].slice(1)).toEqual([
      'D-4000',
      'Stage',
      'Proposal',
      'Negotiation',
    ]);
  });
});

describe('edit stamps: how the sidebar learns of edits in the grid', () => {
  const props = () => PropertiesService.getDocumentProperties();

  it('onEdit stamps the sheet of every edit, stage or not, and the sidebar reads the stamps', () => {
    const before = globals.pipelintEditStamps() as EditStamps;
    expect(before).toEqual({});
    const range = ss().getSheetByName('Deals')!.getRange('D2');
    range.setValue(6000);
    globals.onEdit({ range, oldValue: '5000', value: '6000' });
    const after = globals.pipelintEditStamps() as EditStamps;
    expect(editedSince(before, after)).toEqual(['Deals']);
    const cell = ss().getSheetByName('Adoption')!.getRange('A2');
    globals.onEdit({ range: cell, oldValue: 'Ana', value: 'Anna' });
    const later = globals.pipelintEditStamps() as EditStamps;
    expect(editedSince(after, later)).toEqual(['Adoption']);
    expect(editedSince(later, later)).toEqual([]);
  });

  it('stamps the history sheet a stage edit adds a row to, so the sidebar re-reads it as well', () => {
    const before = globals.pipelintEditStamps() as EditStamps;
    const range = ss().getSheetByName('Deals')!.getRange('C3');
    range.setValue('Negotiation');
    globals.onEdit({ range, oldValue: 'Negotiaton', value: 'Negotiation' });
    expect(env.spreadsheet.sheet('Pipeline history').getLastRow()).toBe(2);
    const after = globals.pipelintEditStamps() as EditStamps;
    expect(editedSince(before, after).sort()).toEqual(['Deals', 'Pipeline history']);
  });

  it('moves a stamp for two edits in the same millisecond', () => {
    stampEdits(props(), ['Deals'], 1000);
    const first = editStamps(props());
    stampEdits(props(), ['Deals'], 1000);
    expect(editedSince(first, editStamps(props()))).toEqual(['Deals']);
  });

  it('keeps the 100 sheets edited last, within a property’s 9 KB', () => {
    for (let i = 0; i < 150; i++) stampEdits(props(), [`Sheet with a long name number ${i}`], 1000 + i);
    const stamps = editStamps(props());
    expect(Object.keys(stamps)).toHaveLength(100);
    expect(stamps['Sheet with a long name number 149']).toBe(1149);
    expect(stamps['Sheet with a long name number 49']).toBeUndefined();
    expect(props().getProperty(EDIT_STAMPS_KEY)!.length).toBeLessThan(9 * 1024);
  });

  it('reads a stamp property it cannot understand as no edits, and writes over it', () => {
    for (const bad of ['not json', '[1,2]', '{"Deals":"yesterday"}']) {
      props().setProperty(EDIT_STAMPS_KEY, bad);
      expect(editStamps(props())).toEqual({});
    }
    stampEdits(props(), ['Deals'], 5);
    expect(editStamps(props())).toEqual({ Deals: 5 });
  });
});

describe('the manifest', () => {
  it('asks for exactly the two scopes', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', 'appsscript', 'appsscript.json'), 'utf8'),
    ) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});
