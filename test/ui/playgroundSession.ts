/**
 * The playground as the browser tests drive it: bundled once per test file, served by its own
 * server (cli/serve.ts) on a free port with the example workbook, opened in headless Chromium at a
 * given width and colour scheme. Every console error or warning, page error or dialog fails the
 * test it happens in.
 */
import * as fs from 'fs';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { playgroundServer } from '../../cli/serve';
import { bundlePlayground } from './bundle';

const ROOT = path.resolve(__dirname, '../..');
/** Where the screenshots go: git-ignored, kept after the run for a person to look at. */
export const SCREENSHOTS = path.join(ROOT, '.scratch');

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

export interface PlaygroundSession {
  /** Opens the playground on the example workbook in a new page, and returns the page. */
  open(options?: OpenOptions): Promise<Page>;
  /** Lets console messages like this one pass in the current test (a response the test asked for). */
  allow(message: RegExp): void;
}

/** Sets up the server, the browser and the checks for the test file that calls it. */
export function playgroundSession(): PlaygroundSession {
  let browser: Browser;
  let server: Server;
  let pageDir: string;
  let url: string;
  let page: Page | undefined;
  let problems: string[] = [];
  let allowed: RegExp[] = [];

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

  afterEach(async () => {
    await page?.close();
    page = undefined;
    const unexpected = unexpectedProblems(problems, allowed);
    problems = [];
    allowed = [];
    expect(unexpected).toEqual([]);
  });

  return {
    async open({ width = 1100, height = 800, colorScheme = 'light' } = {}) {
      page = await browser.newPage({ viewport: { width, height }, colorScheme });
      watchPage(page, problems);
      await page.goto(url);
      await page.getByText('pipeline.xlsx').waitFor();
      return page;
    },
    allow(message) {
      allowed.push(message);
    },
  };
}

/** Collects into `problems` what fails a browser test: a console error or warning, a page error, a dialog. */
export function watchPage(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
}

/** The problems a test did not expect: all but those `allowed`, and one harmless warning. */
export function unexpectedProblems(problems: readonly string[], allowed: readonly RegExp[]): string[] {
  // Fluent's collapsing accordion sets `inert`, which React 18 warns about and leaves out: harmless.
  return problems.filter((p) => !/\binert\b/.test(p) && !allowed.some((a) => a.test(p)));
}

/** Clicks Lint workbook and waits for the first problem. */
export async function lint(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lint workbook' }).click();
  await page.locator('li[data-address]').first().waitFor();
}

/** A cell of the grid, on the sheet the grid shows. */
export const gridCell = (page: Page, address: string): Locator =>
  page.locator(`td[data-address="${address}"]`);

/** The grid's selected cell, as "Sheet!A1". */
export async function selectedCell(page: Page): Promise<string | undefined> {
  const cell = page.locator('td[aria-selected="true"]');
  if ((await cell.count()) === 0) return undefined;
  const sheet = await page.locator('table[data-sheet]').getAttribute('data-sheet');
  return `${sheet}!${await cell.getAttribute('data-address')}`;
}

/** Waits until `read` gives `expected` (the page updates after a round trip), else fails saying what it gave. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let last: T = await read();
  while (last !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toBe(expected);
}

/**
 * Saves a screenshot to .scratch/, of the page or of one part of it (the pane), after checking
 * nothing is wider than the window.
 */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<void> {
  const width = page.viewportSize()?.width ?? Infinity;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await (part ?? page).screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Opens a file through the page's file button, as a person picking it would; nothing is written to disk. */
export async function openFile(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open .xlsx or .csv' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
}
