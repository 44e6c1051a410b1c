/**
 * The Views tab in the real playground, in headless Chromium, over the example workbook: each view
 * shows the workbook's own figures, a move on the adoption board reaches the grid and can be
 * undone, and every view is drawn at a task pane's 320 px and at 800 px, light and dark.
 */
import * as fs from 'fs';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { playgroundServer } from '../../cli/serve';
import { bundlePlayground } from './bundle';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, '.scratch');
const MAPS = 'Run mutual action plans on deals over $50k';

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

/** Opens the playground, lints the example and opens the Views tab. */
async function openViews(width = 1100, colorScheme: 'light' | 'dark' = 'light', height = 800): Promise<void> {
  page = await browser.newPage({ viewport: { width, height }, colorScheme });
  problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.getByText('pipeline.xlsx').waitFor();
  await page.getByRole('button', { name: 'Lint workbook' }).click();
  await page.locator('li[data-address]').first().waitFor();
  await pane().getByRole('tab', { name: 'Views', exact: true }).click();
  await views().waitFor();
}

afterEach(async () => {
  await page?.close();
  // Fluent's collapsing accordion sets `inert`, which React 18 warns about and leaves out: harmless.
  expect(problems.filter((p) => !/\binert\b/.test(p))).toEqual([]);
});

/** The pane, apart from the grid: both have tabs named Adoption and Coverage. */
const pane = (): Locator => page.getByRole('main');
const views = (): Locator => page.locator('[data-testid="views"]');
const pick = (view: string) => views().getByRole('tab', { name: view, exact: true }).click();
const shown = (view: string): Locator => views().locator(`[data-view="${view}"]`);

/** A cell of the grid, on the sheet the grid shows. */
const gridCell = (address: string) => page.locator(`td[data-address="${address}"]`);
const showSheet = (sheet: string) =>
  page.getByRole('region', { name: 'Workbook' }).getByRole('tab', { name: sheet, exact: true }).click();

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

const board = () => views().getByRole('region', { name: `Stages of change for "${MAPS}"` });
const column = (stage: string) => board().locator(`[data-stage="${stage}"]`);
const namesIn = async (stage: string) =>
  (
    await column(stage)
      .locator('li[data-person]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-person')))
  ).join(', ');

describe('the Views tab', () => {
  it('shows each view with the example workbook’s figures', async () => {
    await openViews();
    // Pipeline: Priya's open value by stage, with her stalled and slipped deal.
    const priya = shown('pipeline').locator('li[data-owner="Priya Nair"]');
    await priya.waitFor();
    expect(await priya.textContent()).toContain('$65,000 open in 3 deals');
    expect(await priya.textContent()).toContain('1 stalled');
    expect(await priya.textContent()).toContain('1 slipped');
    expect(await priya.locator('svg rect').count()).toBeGreaterThanOrEqual(2);

    await pick('Path');
    const luis = shown('path').locator('li[data-owner="Luis Ortega"]');
    await luis.waitFor();
    expect(await luis.textContent()).toContain('Luis Ortega: 3 behind');
    expect(await luis.textContent()).toContain('12 of 25.7 due by now, 60 this week');

    await pick('Adoption');
    await board().waitFor();
    expect(await namesIn('Consideration')).toBe('Luis Ortega');
    expect(await namesIn('Adoption')).toBe('Priya Nair');

    await pick('Coverage');
    const row = shown('coverage').locator('tr[data-verdict="skill-only"]');
    expect(await row.textContent()).toContain('Keep account plans current');
    expect(await row.getByRole('img', { name: /Enablement: covered/ }).count()).toBe(1);
    expect(await row.getByRole('img', { name: /Coaching: nothing/ }).count()).toBe(1);
  });

  it('moves a person to the next stage from the keyboard, writes the grid and the history, and undoes it', async () => {
    await openViews();
    await pick('Adoption');
    const luis = column('Consideration').getByRole('button', { name: 'Move Luis Ortega to another stage' });
    await luis.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to Contemplation' }).click();

    // (a) the adoption sheet's cells, (b) a history row appended, (c) the board after the re-lint.
    await showSheet('Adoption');
    await eventually(() => gridCell('C11').textContent(), 'Contemplation');
    expect(await gridCell('D11').textContent()).toBe('2027-06-30');
    await showSheet('Adoption history');
    await eventually(() => gridCell('A9').textContent(), 'Luis Ortega');
    expect(await Promise.all(['B9', 'C9', 'D9', 'E9'].map((a) => gridCell(a).textContent()))).toEqual([
      MAPS,
      'Consideration',
      'Contemplation',
      '2027-06-30',
    ]);
    await eventually(() => namesIn('Contemplation'), 'Sam Okafor, Luis Ortega');
    expect(await namesIn('Consideration')).toBe('');

    // (d) Undo puts it all back.
    await pane().getByRole('button', { name: 'Undo' }).click();
    await eventually(() => namesIn('Consideration'), 'Luis Ortega');
    await showSheet('Adoption');
    expect(await gridCell('C11').textContent()).toBe('Consideration');
    await showSheet('Adoption history');
    // The history row is blank again (the grid may still draw the emptied row).
    const emptied = gridCell('A9');
    expect((await emptied.count()) ? await emptied.textContent() : '').toBe('');
  });

  it.each([
    [320, 'light'],
    [320, 'dark'],
    [800, 'light'],
    [800, 'dark'],
  ] as const)('draws every view at %i px, %s (screenshots in .scratch/)', async (width, scheme) => {
    // A tall window, so each screenshot shows a whole view rather than its first screenful.
    await openViews(width, scheme, 1800);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [tab, view] of [
      ['Pipeline', 'pipeline'],
      ['Path', 'path'],
      ['Adoption', 'adoption'],
      ['Coverage', 'coverage'],
    ] as const) {
      await pick(tab);
      await shown(view).waitFor();
      // Nothing wider than the window: the views fit the pane.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SCREENSHOTS, `views-${view}-${width}-${scheme}.png`) });
    }
  });
});
