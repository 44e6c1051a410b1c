/**
 * The Google Sheets sidebar end to end, as far as it can run off Google: the REAL built page
 * (dist/appsscript/sidebar.html, its script unpacked by the page itself) served exactly as the REAL
 * built server (dist/appsscript/Code.js) serves it from the menu, in a REAL headless Chromium.
 * What is FAKED is Google's side: the Apps Script services (test/appsscript/fakeApps.ts, a recording
 * fake of a spreadsheet holding the example workbook) and the `google.script.run` bridge, a stub that
 * runs each call in that Code.js, in a Node `vm`, and is stricter than Google's (sidebarSession.ts):
 * a Date or anything else JSON cannot carry fails the test instead of arriving as null. That is the
 * seam where the sidebar differs from the playground, so the playground's browser tests run here
 * too where they apply: lint, select, fix and undo, settings, the goal wizard, live lint, highlights.
 * Each result is checked against the fake spreadsheet and the core's own lint of its cells.
 */
import vm from 'vm';
import type { Locator, Page } from 'playwright-core';
import { EDIT_POLL_MS } from '../../appsscript/sidebarHost';
import { isMarkFormula } from '../../shared/marks';
import { schemeOfColor } from '../../shared/ui/wizard/colorScheme';
import { LIVE_LINT_PAUSE_MS } from '../../shared/ui/usePipelint';
import { plural } from '../../shared/ground/words';
import { columnLetter, type CellLocation, type Diagnostic, type Severity } from '../../shared';
import { eventually, screenshot } from '../ui/playgroundSession';
import { formatDate, type FakeSpreadsheet } from './fakeApps';
import {
  bridgeProblem,
  coreLint,
  sidebarSession,
  type Sidebar,
  type SidebarOpenOptions,
} from './sidebarSession';

jest.setTimeout(120_000);

const session = sidebarSession();
let sidebar: Sidebar;
let page: Page;

async function open(options: SidebarOpenOptions): Promise<void> {
  sidebar = await session.open(options);
  page = sidebar.page;
}

const key = (d: Diagnostic) => `${d.location.address} ${d.ruleId}`;
const row = (address: string, ruleId?: string): Locator =>
  page.locator(`li[data-address="${address}"]${ruleId ? `[data-rule="${ruleId}"]` : ''}`);
const problemsTab = () => page.getByRole('tab', { name: 'Problems', exact: true });

/** The problems the pane lists, one "address rule" a line, sorted. */
async function shown(): Promise<string> {
  const rows = await page
    .locator('li[data-address]')
    .evaluateAll((lis) =>
      lis.map((li) => `${li.getAttribute('data-address')} ${li.getAttribute('data-rule')}`),
    );
  return rows.sort().join('\n');
}

/** Waits until the pane lists exactly the problems the core finds in the fake spreadsheet now. */
async function showsCoreLint(): Promise<Diagnostic[]> {
  const diagnostics = coreLint(sidebar.spreadsheet);
  await eventually(shown, diagnostics.map(key).sort().join('\n'));
  return diagnostics;
}

/** Calls since the `from`th, without the edit polls that run all along. */
const callsSince = (from: number) => sidebar.calls.slice(from).filter((c) => c.name !== 'pipelintEditStamps');
const names = (from: number) => callsSince(from).map((c) => c.name);

/** A cell of the fake spreadsheet as a person reads it: a date as its day in the spreadsheet's zone. */
function cell(sheet: string, a1: string): unknown {
  const { spreadsheet } = sidebar;
  const value = spreadsheet.sheet(sheet).getRange(a1).getValue();
  return value instanceof spreadsheet.Date ? formatDate(value, spreadsheet.timeZone, 'yyyy-MM-dd') : value;
}

/** A list without its trailing blanks. */
function trimEnd<T>(list: T[], blank: (item: T) => boolean): T[] {
  const copy = [...list];
  while (copy.length && blank(copy[copy.length - 1])) copy.pop();
  return copy;
}

/** Every value of the fake spreadsheet, a blank cell as "" and trailing blanks left off. */
function values(spreadsheet: FakeSpreadsheet): unknown[][][] {
  return spreadsheet.sheets.map((s) =>
    trimEnd(
      Array.from(s.values, (r) =>
        trimEnd(
          Array.from(r ?? [], (v) => v ?? ''),
          (v) => v === '',
        ),
      ),
      (r) => r.length === 0,
    ),
  );
}

/** A cell as "Sheet!A1", the sheet's name unquoted. */
const plainAddress = (sheet: string, row: number, column: number) => `${sheet}!${columnLetter(column)}${row}`;

/** Every cell under Pipelint's marks in the fake, as "Sheet!A1 severity"; the person's own rules apart. */
function marked(spreadsheet: FakeSpreadsheet): { marks: string[]; own: unknown[] } {
  const marks: string[] = [];
  const own: unknown[] = [];
  for (const sheet of spreadsheet.sheets)
    for (const rule of sheet.rules) {
      const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
      if (!isMarkFormula(formula)) {
        own.push(rule.describe());
        continue;
      }
      const severity = /pipelint:(\w+)/.exec(String(formula))![1];
      for (const r of rule.getRanges())
        for (let i = 0; i < r.rows; i++)
          for (let j = 0; j < r.columns; j++)
            marks.push(`${plainAddress(sheet.name, r.row + i, r.column + j)} ${severity}`);
    }
  return { marks: marks.sort(), own };
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Each problem cell once, in the colour of its worst problem (hints are not marked). */
function worstPerCell(diagnostics: Diagnostic[]): string[] {
  const worst = new Map<string, Severity>();
  for (const { location, severity } of diagnostics) {
    const id = plainAddress(location.sheet, location.row, location.column);
    const known = worst.get(id);
    if (!known || SEVERITY_ORDER.indexOf(severity) < SEVERITY_ORDER.indexOf(known)) worst.set(id, severity);
  }
  return [...worst]
    .filter(([, s]) => s !== 'hint')
    .map(([id, s]) => `${id} ${s}`)
    .sort();
}

describe('the Google Sheets sidebar, built, over the fake Apps Script services', () => {
  it('opened by "Lint now", lints by itself with one read and lists what the core finds', async () => {
    await open({ menu: 'pipelintMenuLint' });
    // The menu item marked the problems in the grid before the page loaded.
    expect(sidebar.spreadsheet.toasts).toEqual([expect.stringMatching(/^\d+ problems found and marked\.$/)]);
    const diagnostics = await showsCoreLint();
    expect(diagnostics.length).toBeGreaterThan(50);
    expect(names(0)).toEqual(['pipelintReadWorkbook']);
    const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
    expect((await page.getByTestId('summary').innerText()).replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `^${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')} `,
      ),
    );
    expect(await problemsTab().getAttribute('aria-selected')).toBe('true');

    // Each lint is one read of the workbook, however many sheets.
    await page.getByRole('button', { name: 'Lint workbook' }).click();
    await eventually(async () => names(0).join(), 'pipelintReadWorkbook,pipelintReadWorkbook');
  });

  it('selects the cell of a problem clicked, switching to its sheet', async () => {
    await open({ menu: 'pipelintMenuLint' });
    await row('Pipeline!C6').waitFor();
    const { spreadsheet } = sidebar;
    const active = async () => `${spreadsheet.active?.name}!${spreadsheet.activeRange}`;
    expect(spreadsheet.active?.name).toBe('Pipeline');

    await row('Goals!A4').locator('> button').click();
    await eventually(active, 'Goals!A4');
    await row('Pipeline!C6').locator('> button').click();
    await eventually(active, 'Pipeline!C6');
    // Sheets tells the sidebar nothing of selections: the problem clicked is the current one all
    // the same, so the next problem (F8) is the one after it, not the list's first.
    const order = await page
      .locator('li[data-address]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-address')));
    const after = order[order.indexOf('Pipeline!C6') + 1]!;
    expect(after).not.toBe(order[0]);
    await page.getByRole('button', { name: /^Next problem/ }).click();
    await eventually(active, after);
    await row('Pipeline!C6').locator('> button').click();
    await eventually(active, 'Pipeline!C6');
    // A cell a problem points to as well: the slipped deal's earlier close date, on the history sheet.
    await row('Pipeline!G15', 'pipeline/close-date-slipped')
      .getByRole('button', { name: /^Select 'Pipeline history'!E4/ })
      .click();
    await eventually(active, 'Pipeline history!E4');
    expect(sidebar.callsOf('pipelintSelect').map((c) => (c.args[0] as CellLocation).address)).toEqual([
      'Goals!A4',
      'Pipeline!C6',
      after,
      'Pipeline!C6',
      "'Pipeline history'!E4",
    ]);
  });

  it('applies a fix to the cell in one write, lints without the problem, and Undo puts the value back', async () => {
    await open({ menu: 'pipelintMenuLint' });
    await row('Pipeline!C6').waitFor();
    let from = sidebar.calls.length;
    await row('Pipeline!C6').getByRole('button', { name: 'Change to "Negotiation"' }).click();
    await page.getByText('Applied: Change to "Negotiation"').waitFor();
    expect(cell('Pipeline', 'C6')).toBe('Negotiation');
    await showsCoreLint();
    expect(await row('Pipeline!C6', 'pipeline/unknown-stage').count()).toBe(0);
    // Checked (the cell still holds what the lint saw), written, linted again: a call each.
    expect(names(from)).toEqual(['pipelintReadCells', 'pipelintWriteCells', 'pipelintReadWorkbook']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText('Undone: Change to "Negotiation"').waitFor();
    expect(cell('Pipeline', 'C6')).toBe('Negotiaton');
    await row('Pipeline!C6', 'pipeline/unknown-stage').waitFor();

    // A date: the fix writes ISO text, which Sheets reads as a date; Undo finds the cell by that
    // date's meaning (a Date read back as a serial), so it is not refused as changed.
    await row('Goals!I4')
      .getByRole('button', { name: /^Set Due to 2027-09-30/ })
      .click();
    await page.getByText(/^Applied: Set Due to 2027-09-30/).waitFor();
    expect(sidebar.spreadsheet.sheet('Goals').valueAt(3, 8)).toBeInstanceOf(sidebar.spreadsheet.Date);
    expect(cell('Goals', 'I4')).toBe('2027-09-30');
    await showsCoreLint();
    expect(await row('Goals!I4', 'goal/not-time-bound').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText(/^Undone: Set Due to 2027-09-30/).waitFor();
    expect(cell('Goals', 'I4')).toBe('');
    await row('Goals!I4', 'goal/not-time-bound').waitFor();

    // Every preferred fix at once: one read, one write; one Undo restores every value exactly.
    const before = values(sidebar.spreadsheet);
    from = sidebar.calls.length;
    await page.getByRole('button', { name: /^Apply \d+ fixes$/ }).click();
    await page.getByText(/^Applied \d+ fixes/).waitFor();
    expect(names(from)).toEqual(['pipelintReadCells', 'pipelintWriteCells', 'pipelintReadWorkbook']);
    expect(values(sidebar.spreadsheet)).not.toEqual(before);
    await showsCoreLint();
    from = sidebar.calls.length;
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText(/^Undone: Applied \d+ fixes/).waitFor();
    expect(values(sidebar.spreadsheet)).toEqual(before);
    expect(sidebar.callsOf('pipelintWriteCells')).toHaveLength(6);
    expect(names(from)).toEqual(['pipelintReadCells', 'pipelintWriteCells', 'pipelintReadWorkbook']);
    await showsCoreLint();
  });

  it('opened by "Settings", saves the settings to a new settings sheet, and the problems follow them', async () => {
    // A workbook with no settings sheet: the pane starts from the stages it learns from the data.
    await open({
      menu: 'pipelintMenuSettings',
      prepare: (s) => void (s.sheets = s.sheets.filter((sheet) => sheet.name !== 'Pipelint settings')),
    });
    const settings = page.getByRole('region', { name: 'Pipelint settings' });
    await settings.waitFor();
    expect(await page.getByRole('tab', { name: 'Settings', selected: true }).count()).toBe(1);
    expect(names(0)).toEqual(['pipelintReadWorkbook']);
    await screenshot(page, 'sidebar-settings-300-light');
    // Judged as of today, the example's 2027 close dates have not passed yet.
    await problemsTab().click();
    await showsCoreLint();
    expect(await row('Pipeline!G14', 'pipeline/close-date-past').count()).toBe(0);

    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await settings.getByLabel('Judge the pipeline as of').fill('2027-06-30');
    await settings.getByRole('button', { name: 'Save to workbook' }).click();
    await page.getByText('Settings saved to the sheet "Pipelint settings"').waitFor();
    expect(sidebar.callsOf('pipelintAddSheet').map((c) => c.args)).toEqual([['Pipelint settings']]);
    const asOf = () => {
      const r = sidebar.spreadsheet.sheet('Pipelint settings').values.findIndex((v) => v?.[0] === 'As of');
      return r < 0 ? undefined : cell('Pipelint settings', `B${r + 1}`);
    };
    expect(asOf()).toBe('2027-06-30');
    await problemsTab().click();
    const stalled = (d: Diagnostic[]) => d.filter((x) => x.ruleId === 'pipeline/stalled-deal').length;
    const before = stalled(await showsCoreLint());
    expect(await row('Pipeline!G14', 'pipeline/close-date-past').count()).toBe(1);

    // A day limit for Proposal, which the learnt stage has none of: deals quiet longer are stalled.
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await settings.getByRole('group', { name: 'Stage Proposal' }).getByLabel('Max days').fill('30');
    await settings.getByRole('button', { name: 'Save to workbook' }).click();
    const proposal = async () =>
      sidebar.spreadsheet.sheet('Pipelint settings').values.find((v) => v?.[0] === 'Proposal')?.[2];
    await eventually(proposal, 30);
    await problemsTab().click();
    expect(stalled(await showsCoreLint())).toBeGreaterThan(before);
    await row('Pipeline!H15', 'pipeline/stalled-deal').waitFor();
    // The sheet was there to write to this time, and the as-of day stayed.
    expect(sidebar.callsOf('pipelintAddSheet')).toHaveLength(1);
    expect(asOf()).toBe('2027-06-30');
  });

  it('opened by "Goal wizard", writes the goal as a row of the Goals sheet, and Undo takes it back', async () => {
    await open({ menu: 'pipelintMenuGoal' });
    const wizard = page.getByRole('region', { name: 'New goal wizard' });
    await wizard.waitFor();
    expect(await page.getByRole('tab', { name: 'New goal', selected: true }).count()).toBe(1);
    const next = () => wizard.getByRole('button', { name: 'Next' }).click();
    const step = (name: string) =>
      wizard.getByRole('heading', { name: new RegExp(`^Step \\d of 5: ${name}$`) });

    await wizard.getByRole('radio', { name: /^New customers/ }).click();
    await next();
    await step('Metric and baseline').waitFor();
    await wizard.getByRole('textbox', { name: 'Baseline' }).fill('400000');
    await next();
    await step('Target and deadline').waitFor();
    await wizard.getByRole('textbox', { name: 'Target' }).fill('600k');
    await wizard.getByLabel('Deadline').fill('2027-12-31');
    await next();
    await step('Owner and priority').waitFor();
    await wizard.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: 'Maya Chen' }).click();
    await wizard.getByRole('combobox', { name: 'Priority' }).selectOption('2');
    await next();
    await step('Review').waitFor();
    await wizard.getByText('Adds the goal as row 14 of Goals.').waitFor();
    await screenshot(page, 'sidebar-wizard-300-light');

    const from = sidebar.calls.length;
    await wizard.getByRole('button', { name: 'Add goal' }).click();
    await wizard.getByText('Added goal to Goals!A14').waitFor();
    await wizard.getByText(/^The lint found (no problems|\d+ problems?) in the new row/).waitFor();
    expect(names(from)).toEqual(['pipelintReadCells', 'pipelintWriteCells', 'pipelintReadWorkbook']);
    const goalRow = () => 'ABCDEFGHI'.split('').map((c) => cell('Goals', `${c}14`));
    expect(goalRow()).toEqual([
      'Increase new-customer revenue from $400,000 to $600,000 by December 31, 2027',
      'Maya Chen',
      'New customers',
      2,
      'new-customer revenue',
      400000,
      600000,
      '',
      '2027-12-31',
    ]);
    await problemsTab().click();
    await showsCoreLint();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText('Undone: Added goal row 14 to Goals').waitFor();
    expect(goalRow()).toEqual(['', '', '', '', '', '', '', '', '']);
    expect(sidebar.callsOf('pipelintAddSheet')).toEqual([]);
  });

  /** Types a value into a cell of the fake as a person would, and runs the onEdit trigger as Sheets does. */
  function typeInto(sheet: string, a1: string, value: string): void {
    const oldValue = String(cell(sheet, a1));
    const range = sidebar.script().getSheetByName(sheet)!.getRange(a1);
    sidebar.spreadsheet.sheet(sheet).enter(range.getRow() - 1, range.getColumn() - 1, value);
    (sidebar.context.onEdit as (e: object) => void)({ range, oldValue, value });
  }
  /** The longest a typed change takes to show: a poll's wait, the pause, and the lint. */
  const LIVE_LINT_MS = EDIT_POLL_MS + LIVE_LINT_PAUSE_MS + 3000;

  it('lints again by itself after an edit in the grid, re-reading only the edited sheet', async () => {
    await open({ menu: 'pipelintMenuLint' });
    await row('Pipeline!D8', 'pipeline/negative-amount').waitFor();
    // The first poll's answer is the baseline the next ones are compared with.
    await eventually(async () => sidebar.callsOf('pipelintEditStamps').length > 0, true);
    const from = sidebar.calls.length;
    typeInto('Pipeline', 'D8', '4500');
    await row('Pipeline!D8', 'pipeline/negative-amount').waitFor({
      state: 'detached',
      timeout: LIVE_LINT_MS,
    });
    await showsCoreLint();
    expect(callsSince(from)).toEqual([{ name: 'pipelintReadSheets', args: [['Pipeline']] }]);
  });

  // The trigger stamps the history sheet it wrote to as well as the edited one, so the live lint
  // re-reads both and sees what the new history row says (Prospecting → Negotiation skips two stages).
  it('a stage typed in the grid: the live lint sees the move the trigger added to the history', async () => {
    await open({ menu: 'pipelintMenuLint' });
    await row('Pipeline!C6').waitFor();
    await eventually(async () => sidebar.callsOf('pipelintEditStamps').length > 0, true);
    const from = sidebar.calls.length;
    const history = sidebar.spreadsheet.sheet('Pipeline history').getLastRow();
    typeInto('Pipeline', 'C4', 'Negotiation');
    expect(sidebar.spreadsheet.sheet('Pipeline history').values[history].slice(1)).toEqual([
      'D-1001',
      'Stage',
      'Prospecting',
      'Negotiation',
    ]);
    await eventually(async () => names(from).length > 0, true, LIVE_LINT_MS);
    await page.locator('main[aria-busy="false"]').waitFor();
    const core = coreLint(sidebar.spreadsheet).map(key);
    expect(core).toContain('Pipeline!C4 pipeline/stage-skipped');
    expect(await shown()).toBe(core.sort().join('\n'));
  });

  it('marks the problem cells with conditional formats, and clears exactly those', async () => {
    await open({ menu: 'pipelintMenuOpen' });
    // The person's own rule, which Pipelint must leave alone.
    const script = sidebar.script();
    const deals = script.getSheetByName('Pipeline')!;
    const SheetsApp = sidebar.context.SpreadsheetApp as typeof SpreadsheetApp;
    deals.setConditionalFormatRules([
      SheetsApp.newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground('#FFCCCC')
        .setRanges([deals.getRange('D4:D25')])
        .build(),
    ]);
    const own = marked(sidebar.spreadsheet).own;
    expect(own).toHaveLength(1);

    await page.getByRole('button', { name: 'Lint workbook' }).click();
    await row('Pipeline!C6').waitFor();
    expect(marked(sidebar.spreadsheet).marks).toEqual([]);
    await page.getByRole('button', { name: 'Highlight cells' }).click();
    const diagnostics = await showsCoreLint();
    await eventually(
      async () => marked(sidebar.spreadsheet).marks.join('\n'),
      worstPerCell(diagnostics).join('\n'),
    );
    expect(marked(sidebar.spreadsheet).own).toEqual(own);
    // Pipelint's marks come before the person's own rule, whose place among the rest is kept.
    expect(isMarkFormula(sidebar.spreadsheet.sheet('Pipeline').rules.at(-1)?.describe().values?.[0])).toBe(
      false,
    );

    // The marks follow a fix: the fixed cell is no longer marked.
    await row('Pipeline!C6').getByRole('button', { name: 'Change to "Negotiation"' }).click();
    await eventually(
      async () => marked(sidebar.spreadsheet).marks.some((m) => m.startsWith('Pipeline!C6 ')),
      false,
    );
    await eventually(
      async () => marked(sidebar.spreadsheet).marks.join('\n'),
      worstPerCell(coreLint(sidebar.spreadsheet)).join('\n'),
    );

    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await eventually(async () => marked(sidebar.spreadsheet).marks.length, 0);
    expect(marked(sidebar.spreadsheet).own).toEqual(own);
    expect(sidebar.callsOf('pipelintClearHighlights')).toHaveLength(1);
  });

  /** Calls a server function from the page through google.script.run; says which handler got what. */
  const scriptRun = (name: string, ...args: unknown[]) =>
    page.evaluate(
      ([fn, list]) =>
        new Promise<string>((resolve) => {
          type Run = Record<string, (...a: unknown[]) => Run>;
          const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
          run
            .withSuccessHandler((v: unknown) => resolve(`success ${JSON.stringify(v)}`))
            .withFailureHandler((e: Error) => resolve(`failure ${e instanceof Error} ${e.message}`))
            [fn](...list);
        }),
      [name, args] as const,
    );

  it('goes over a bridge as strict as google.script.run: no Date either way, a server error to the failure handler', async () => {
    await open({ menu: 'pipelintMenuOpen' });
    session.allow(/google\.script\.run cannot carry this/);
    expect(await scriptRun('pipelintSelect', { sheet: 'Pipeline', when: new Date() })).toBe(
      'failure true pipelintSelect arguments[0].when is a Date',
    );
    expect(await scriptRun('pipelintReadSheets', ['Pipeline', undefined])).toBe(
      'failure true pipelintReadSheets arguments[0][1] is undefined',
    );
    expect(sidebar.bridgeProblems.splice(0)).toHaveLength(2);
    expect(sidebar.callsOf('pipelintSelect')).toEqual([]);
    // A Date coming back, one of the script's realm, is refused the same way.
    const scriptDate = vm.runInContext('new Date(0)', sidebar.context) as Date;
    expect(bridgeProblem({ sheets: [{ values: [[1, scriptDate]] }] }, 'result')).toBe(
      'result.sheets[0].values[0][1] is a Date',
    );
    // A server function that throws reaches the failure handler as an Error with its message.
    const nowhere = { sheet: 'Nowhere', row: 1, column: 1, address: 'Nowhere!A1' };
    expect(await scriptRun('pipelintWriteCells', [{ location: nowhere, value: 1, previous: null }])).toBe(
      'failure true There is no sheet named "Nowhere" any more.',
    );
    expect(await scriptRun('pipelintRemoveSheet', 'Nowhere')).toBe('success false');
  });

  it.each(['light', 'dark'] as const)(
    'fits a Sheets sidebar, 300 px wide, and stays light like Sheets with the system in %s mode (screenshot in .scratch/)',
    async (colorScheme) => {
      await open({ menu: 'pipelintMenuLint', width: 300, height: 900, colorScheme });
      // The first problem made current, its cell selected, as a person stepping through the list would.
      await page.getByRole('button', { name: 'Next problem (F8)' }).click();
      await page.locator('li[aria-current="true"]').waitFor();
      await eventually(async () => sidebar.spreadsheet.activeRange, 'M3');
      await page.mouse.move(0, 0);
      // Nothing wider than the sidebar, and light whatever the system is, as Sheets itself is.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      const background = await page
        .locator('.fui-FluentProvider')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(schemeOfColor(background)).toBe('light');
      await screenshot(page, `sidebar-problems-300-${colorScheme}`);
    },
  );
});
