/**
 * The playground in a real Chromium: the page is bundled, served by the playground's own server
 * (cli/serve.ts) on a free port with the example workbook, and driven as a person would, in a
 * pane-width window and a wide one, light and dark.
 */
import type { Page } from 'playwright-core';
import {
  eventually,
  gridCell as gridCellOf,
  lint as lintPage,
  openFile,
  playgroundSession,
  screenshot,
  selectedCell as selectedCellOf,
} from './playgroundSession';

jest.setTimeout(180_000);

const session = playgroundSession();
let page: Page;

async function open(width = 1100, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  page = await session.open({ width, colorScheme });
}
const lint = () => lintPage(page);
const selectedCell = () => selectedCellOf(page);
const gridCell = (address: string) => gridCellOf(page, address);

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
    await openFile(
      page,
      'deals.csv',
      'Deal,Owner,Stage,Amount,Close date\nD-1,<img src=x onerror=alert(1)>,Proposal,100,2020-01-31\n',
    );
    await page.getByText('deals.csv').waitFor();
    await eventually(() => gridCell('B2').textContent(), '<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await lint();
    expect(await page.locator('li[data-address="deals!E2"]').count()).toBeGreaterThan(0);
  });

  it('saves settings to a new settings sheet, and one undo removes the sheet again', async () => {
    await open();
    await openFile(
      page,
      'deals.csv',
      'Deal,Owner,Stage,Amount,Close date\nD-1,Ana,Proposal,100,2020-01-31\n',
    );
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
  });

  it('says why a file cannot be read', async () => {
    await open();
    // The browser logs the server's 400 answer itself; that one is expected here.
    session.allow(/status of 400/);
    await openFile(page, 'broken.xlsx', 'not a workbook');
    await page.getByText('broken.xlsx: not a valid .xlsx file (it is not a zip archive)').waitFor();
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
    await screenshot(page, 'playground-highlights-1100-light');
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
    await screenshot(page, `playground-settings-${width}-${scheme}`);
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
    await screenshot(page, `playground-${width}-${scheme}`);
  });
});
