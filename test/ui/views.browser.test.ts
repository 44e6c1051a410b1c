/**
 * The Views tab in the real playground, in headless Chromium, over the example workbook: each view
 * shows the workbook's own figures, a move on the adoption board reaches the grid and can be
 * undone, and every view is drawn at a task pane's 320 px and at 800 px, light and dark.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually, gridCell as gridCellOf, lint, playgroundSession, screenshot } from './playgroundSession';

jest.setTimeout(240_000);

const MAPS = 'Run mutual action plans on deals over $50k';
const session = playgroundSession();
let page: Page;

/** Opens the playground, lints the example and opens the Views tab. */
async function openViews(width = 1100, colorScheme: 'light' | 'dark' = 'light', height = 800): Promise<void> {
  page = await session.open({ width, height, colorScheme });
  await lint(page);
  await pane().getByRole('tab', { name: 'Views', exact: true }).click();
  await views().waitFor();
}

/** The pane, apart from the grid: both have tabs named Adoption and Coverage. */
const pane = (): Locator => page.getByRole('main');
const views = (): Locator => page.locator('[data-testid="views"]');
const pick = (view: string) => views().getByRole('tab', { name: view, exact: true }).click();
const shown = (view: string): Locator => views().locator(`[data-view="${view}"]`);

const gridCell = (address: string) => gridCellOf(page, address);
const showSheet = (sheet: string) =>
  page.getByRole('region', { name: 'Workbook' }).getByRole('tab', { name: sheet, exact: true }).click();

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
    // Her $1M revenue goal at the team's win rate of two in three.
    expect(await priya.textContent()).toContain('Needs $1,500,000');
    expect(await priya.textContent()).toContain('short by $1,435,000');
    expect(await priya.locator('svg rect').count()).toBeGreaterThanOrEqual(2);

    await pick('Path');
    const luis = shown('path').locator('li[data-owner="Luis Ortega"]');
    await luis.waitFor();
    expect(await luis.textContent()).toContain('Luis Ortega: 2 behind');
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
    for (const [tab, view] of [
      ['Pipeline', 'pipeline'],
      ['Path', 'path'],
      ['Adoption', 'adoption'],
      ['Coverage', 'coverage'],
    ] as const) {
      await pick(tab);
      await shown(view).waitFor();
      // Nothing wider than the window: the views fit the pane.
      await screenshot(page, `views-${view}-${width}-${scheme}`, pane());
    }
  });
});
