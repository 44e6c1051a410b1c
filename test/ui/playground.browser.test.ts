/**
 * The playground in a real Chromium: the page is bundled, served by the playground's own server
 * (cli/serve.ts) on a free port with the example workbook, and driven as a person would, in a
 * pane-width window and a wide one, light and dark.
 */
import * as fs from 'fs';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { playgroundServer } from '../../cli/serve';
import { bundlePlayground } from './bundle';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, '.scratch');

let browser: Browser;
let server: Server;
let pageDir: string;
let url: string;
let page: Page;
let problems: string[];

beforeAll(async () => {
  const [html, launched] = await Promise.all([bundlePlayground(), launchChromium()]);
  browser = launched;
  pageDir = path.dirname(html);
  server = playgroundServer({ pageDir, example: path.join(ROOT, 'examples', 'pipeline.xlsx') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (pageDir) fs.rmSync(pageDir, { recursive: true, force: true });
});

async function open(width = 1100, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
  problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.getByText('pipeline.xlsx').waitFor();
}

afterEach(async () => {
  await page?.close();
  // Fluent's collapsing accordion sets `inert`, which React 18 warns about and leaves out: harmless.
  expect(problems.filter((p) => !/\binert\b/.test(p))).toEqual([]);
});

async function lint(): Promise<void> {
  await page.getByRole('button', { name: 'Lint workbook' }).click();
  await page.locator('li[data-address]').first().waitFor();
}

/** The grid's selected cell, as "Sheet!A1". */
async function selectedCell(): Promise<string | undefined> {
  const cell = page.locator('td[aria-selected="true"]');
  if ((await cell.count()) === 0) return undefined;
  const sheet = await page.locator('table[data-sheet]').getAttribute('data-sheet');
  return `${sheet}!${await cell.getAttribute('data-address')}`;
}

const gridCell = (address: string) => page.locator(`td[data-address="${address}"]`);

/** Waits until `read` gives `expected` (the page updates after a round trip), else fails saying what it gave. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let last: T = await read();
  while (last !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toBe(expected);
}

describe('the playground', () => {
  it('opens on the example workbook, and a problem clicked selects its cell in the grid', async () => {
    await open();
    await lint();
    await page.locator('li[data-address="Pipeline!C6"] button').first().click();
    await eventually(selectedCell, 'Pipeline!C6');
    // A problem on another sheet brings that sheet up in the grid.
    await page.locator('li[data-address^="Goals!"] button').first().click();
    await eventually(async () => (await selectedCell())?.startsWith('Goals!'), true);
  });

  it('a cell clicked in the grid brings up its problem in the pane', async () => {
    await open();
    await lint();
    await gridCell('C6').click();
    await page.locator('li[aria-current="true"][data-address="Pipeline!C6"]').waitFor();
    // Clicking a cell without problems leaves the pane as it was.
    await gridCell('A1').click();
    expect(await page.locator('li[aria-current="true"]').getAttribute('data-address')).toBe('Pipeline!C6');
  });

  it('applies a fix to the grid, and undoes it', async () => {
    await open();
    await lint();
    await page.getByRole('button', { name: 'Change to "Negotiation"' }).click();
    await eventually(() => gridCell('C6').textContent(), 'Negotiation');
    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => gridCell('C6').textContent(), 'Negotiaton');
  });

  it('opens a CSV, shows what a cell holds as text and runs none of it', async () => {
    await open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipelint-playground-test-'));
    const csv = path.join(dir, 'deals.csv');
    fs.writeFileSync(
      csv,
      'Deal,Owner,Stage,Amount,Close date\nD-1,<img src=x onerror=alert(1)>,Proposal,100,2020-01-31\n',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open .xlsx or .csv' }).click();
    await (await chooser).setFiles(csv);
    await page.getByText('deals.csv').waitFor();
    await eventually(() => gridCell('B2').textContent(), '<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await lint();
    expect(await page.locator('li[data-address="deals!E2"]').count()).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('saves settings to a new settings sheet, and one undo removes the sheet again', async () => {
    await open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipelint-playground-test-'));
    const csv = path.join(dir, 'deals.csv');
    fs.writeFileSync(csv, 'Deal,Owner,Stage,Amount,Close date\nD-1,Ana,Proposal,100,2020-01-31\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open .xlsx or .csv' }).click();
    await (await chooser).setFiles(csv);
    await page.getByText('deals.csv').waitFor();
    await lint();
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Locale').fill('en-GB');
    await page.getByRole('button', { name: 'Save to workbook' }).click();
    const settingsSheet = page.getByRole('tab', { name: 'Pipelint settings' });
    await settingsSheet.waitFor();
    await settingsSheet.click();
    expect(await page.locator('td', { hasText: /^en-GB$/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => settingsSheet.count(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says why a file cannot be read', async () => {
    await open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipelint-playground-test-'));
    const bad = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open .xlsx or .csv' }).click();
    await (await chooser).setFiles(bad);
    await page.getByText('broken.xlsx: not a valid .xlsx file (it is not a zip archive)').waitFor();
    fs.rmSync(dir, { recursive: true, force: true });
    // The browser logs the server's 400 answer itself; that one is expected here.
    problems = problems.filter((p) => !p.includes('status of 400'));
  });

  it('filters by rule and by owner, sorts, and selects a related cell', async () => {
    await open();
    await lint();
    const rows = page.locator('li[data-address]');
    await page.getByRole('combobox', { name: 'Show one rule' }).selectOption('pipeline/stalled-deal');
    await eventually(
      async () => new Set(await rows.evaluateAll((l) => l.map((e) => e.getAttribute('data-rule')))).size,
      1,
    );
    expect(await rows.first().getAttribute('data-rule')).toBe('pipeline/stalled-deal');
    await page.getByRole('combobox', { name: 'Show one rule' }).selectOption('');
    await page.getByRole('combobox', { name: 'Show one owner' }).selectOption('Priya Nair');
    await eventually(async () => (await rows.allTextContents()).every((t) => t.includes('Priya Nair')), true);
    await page.getByRole('combobox', { name: 'Show one owner' }).selectOption('');
    // By rule: within the Pipeline sheet, rule ids come in order.
    await page.getByRole('combobox', { name: 'Sort problems within a sheet' }).selectOption('rule');
    const pipelineRules = () =>
      page
        .locator('li[data-address^="Pipeline!"]')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-rule')!));
    await eventually(async () => {
      const ids = await pipelineRules();
      return ids.every((id, i) => i === 0 || ids[i - 1].localeCompare(id) <= 0);
    }, true);
    // The slipped deal lists each earlier close date; one click selects it on the history sheet.
    const slipped = page.locator('li[data-rule="pipeline/close-date-slipped"]');
    await slipped.getByRole('button', { name: /^Select 'Pipeline history'!E4/ }).click();
    await eventually(selectedCell, 'Pipeline history!E4');
  });

  it('highlights problem cells in the grid, follows a fix, and clears exactly its marks', async () => {
    await open();
    await lint();
    await page.getByRole('button', { name: 'Highlight cells' }).click();
    await eventually(() => gridCell('C6').getAttribute('data-highlight'), 'error');
    const marked = await page.locator('td[data-highlight]').count();
    expect(marked).toBeGreaterThan(5);
    // A fixed cell loses its mark after the lint that follows the fix.
    await page.getByRole('button', { name: 'Change to "Negotiation"' }).click();
    await eventually(() => gridCell('C6').getAttribute('data-highlight'), null);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-highlights-1100-light.png') });
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await eventually(() => page.locator('td[data-highlight]').count(), 0);
    expect(await gridCell('C6').textContent()).toBe('Negotiation');
  });

  it("a stage's max days changed in the settings changes which deals are stalled", async () => {
    await open();
    await lint();
    const stalled = () => page.locator('li[data-rule="pipeline/stalled-deal"]').count();
    const before = await stalled();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    const proposal = page.getByRole('group', { name: 'Stage Proposal' });
    await proposal.getByLabel('Max days').fill('365');
    await page.getByRole('button', { name: 'Save to workbook' }).click();
    await page.getByRole('tab', { name: 'Problems', exact: true }).click();
    await eventually(async () => (await stalled()) < before, true);
    // Written to the workbook's settings sheet, so every front end lints alike.
    await page.getByRole('tab', { name: 'Pipelint settings' }).click();
    expect(await page.locator('td', { hasText: /^365$/ }).count()).toBe(1);
    // One undo puts the limit, and the stalled deals, back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(stalled, before);
  });

  it.each([
    [320, 'light'],
    [800, 'dark'],
  ] as const)('draws the settings at %i px, %s (screenshot in .scratch/)', async (width, scheme) => {
    await open(width, scheme);
    await lint();
    await page.getByRole('tab', { name: 'Settings', exact: true }).click();
    // The example workbook's own settings sheet: its stages and limits fill the form.
    await page.getByRole('group', { name: 'Stage Qualification' }).waitFor();
    expect(
      await page.getByRole('group', { name: 'Stage Qualification' }).getByLabel('Max days').inputValue(),
    ).toBe('21');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `playground-settings-${width}-${scheme}.png`) });
  });

  it.each([
    [320, 'light'],
    [320, 'dark'],
    [800, 'light'],
    [800, 'dark'],
  ] as const)('draws at %i px, %s (screenshot in .scratch/)', async (width, scheme) => {
    await open(width, scheme);
    await lint();
    await page.locator('li[data-address="Pipeline!C6"] button').first().click();
    await eventually(selectedCell, 'Pipeline!C6');
    // Nothing wider than the window: the pane and the grid fit, the grid scrolls inside itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `playground-${width}-${scheme}.png`) });
  });
});
