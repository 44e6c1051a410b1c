/**
 * The goal wizard in the real playground, in Chromium: a goal set from the first question to a
 * written row with the keyboard and the mouse, the grid showing the row and the lint judging it,
 * Undo taking it back; a workbook without a Goals sheet getting one; and every step drawn at a
 * task pane's 320 px and at 800 px, light and dark (screenshots in .scratch/).
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

jest.setTimeout(240_000);

const session = playgroundSession();
let page: Page;

async function open(width = 800, colorScheme: 'light' | 'dark' = 'light', height = 900): Promise<void> {
  page = await session.open({ width, height, colorScheme });
}
const lint = () => lintPage(page);
const selectedCell = () => selectedCellOf(page);
const gridCell = (address: string) => gridCellOf(page, address);

const wizard = () => page.getByRole('region', { name: 'New goal wizard' });
const heading = () => wizard().getByRole('heading', { level: 2 });
/** The step the wizard is on, as its heading (which holds the focus after each move) says it. */
async function onStep(name: string): Promise<void> {
  await expect(heading().textContent()).resolves.toMatch(new RegExp(`^Step \\d of 5: ${name}$`));
  await eventually(() => heading().evaluate((h) => h === document.activeElement), true);
}

async function shoot(step: string, width: number, scheme: string): Promise<void> {
  // As a person would look at it: the pane idle, the pointer resting off the pane.
  await eventually(() => page.getByRole('button', { name: 'Lint workbook' }).isEnabled(), true);
  await page.mouse.move(0, 0);
  // Nothing wider than the window: at 320 px every step fits without sideways scrolling.
  await screenshot(page, `wizard-${step}-${width}-${scheme}`, page.getByRole('main'));
}

/**
 * Answers every question for Maya Chen's new-customer revenue goal: the mouse for the driver and
 * the owner, the keyboard (Enter submits each step) for the rest. Screenshots each step if asked.
 */
async function answerAll(snap?: (step: string) => Promise<void>): Promise<void> {
  await page.getByRole('tab', { name: 'New goal' }).click();
  await wizard().waitFor();
  await snap?.('driver');
  await wizard()
    .getByRole('radio', { name: /^New customers/ })
    .click();
  await wizard().getByRole('button', { name: 'Next' }).click();

  await onStep('Metric and baseline');
  // The driver filled in a metric to start from.
  expect(await wizard().getByRole('textbox', { name: 'Metric' }).inputValue()).toBe('new-customer revenue');
  // From the heading: Metric, Measured as, Currency, then Baseline.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('400000');
  await snap?.('metric');
  await page.keyboard.press('Enter');

  await onStep('Target and deadline');
  await page.keyboard.press('Tab');
  await page.keyboard.type('600k');
  await wizard().getByLabel('Deadline').fill('2027-12-31');
  await snap?.('target');
  await page.keyboard.press('Enter');

  await onStep('Owner and priority');
  await wizard().getByRole('combobox', { name: 'Owner' }).click();
  await page.getByRole('option', { name: 'Maya Chen' }).click();
  await wizard().getByRole('combobox', { name: 'Priority' }).selectOption('2');
  await snap?.('owner');
  await wizard().getByRole('button', { name: 'Next' }).click();
  await onStep('Review');
}

const SENTENCE = 'Increase new-customer revenue from $400,000 to $600,000 by December 31, 2027';

describe('the goal wizard', () => {
  it('sets a goal step by step, writes it under the last goal, lints it, and Undo takes it back', async () => {
    await open(1100);
    await lint();
    await page.getByRole('tab', { name: 'New goal' }).click();
    // Next without an answer says what is missing, and stays.
    await wizard().getByRole('button', { name: 'Next' }).click();
    await wizard().getByText('Choose the growth driver the goal serves.').waitFor();
    expect(await heading().textContent()).toBe('Step 1 of 5: Growth driver');
    expect(await wizard().locator('li[aria-current="step"]').count()).toBe(1);

    await answerAll();
    // Each letter met, with the words it rests on underlined in the sentence.
    const sentence = wizard().getByRole('textbox', { name: /Goal as it will be written/ });
    expect(await sentence.inputValue()).toBe(SENTENCE);
    await wizard().getByText('SMART check: 5 of 5 letters met').waitFor();
    expect(await wizard().locator('span[data-letters*="T"]').textContent()).toBe('by December 31, 2027');
    expect(await wizard().locator('li[data-letter][data-pass="true"]').count()).toBe(5);
    // Maya has closed one deal, too few for a rate of her own: the team's 6 of 9 stands in.
    await wizard()
      .getByText(
        /^Maya Chen has too few closed deals for a win rate of their own; the team’s is 67% \(6 of 9 closed deals\)/,
      )
      .waitFor();
    await wizard().getByText('Adds the goal as row 14 of Goals.').waitFor();

    // The analysis follows the words as they are edited, and the built sentence can come back.
    await sentence.fill('Sell more');
    await wizard().getByText('SMART check: 1 of 5 letters met').waitFor();
    await wizard().getByRole('button', { name: 'Use the sentence built from the answers' }).click();
    await wizard().getByText('SMART check: 5 of 5 letters met').waitFor();
    // A letter pressed shows the words it rests on.
    await wizard().locator('li[data-letter="R"] button').click();
    expect(await wizard().locator('li[data-letter="R"] button').getAttribute('aria-pressed')).toBe('true');

    await wizard().getByRole('button', { name: 'Add goal' }).click();
    await wizard().getByText('Added goal to Goals!A14').waitFor();
    // The lint ran again with the row in it, and its verdict on the row is shown.
    await wizard()
      .getByText(/^The lint found (no problems|\d+ problems?) in the new row/)
      .waitFor();
    const row = await page.evaluate(() =>
      // A cell between two written ones is a hole in the row: read as blank.
      Array.from(
        window.pipelintPlayground!.host.sheets.find((s) => s.name === 'Goals')!.values[13],
        (v) => v ?? null,
      ).slice(0, 9),
    );
    expect(row).toEqual([
      SENTENCE,
      'Maya Chen',
      'New customers',
      2,
      'new-customer revenue',
      400000,
      600000,
      null,
      '2027-12-31',
    ]);
    await page.getByText('Added goal row 14 to Goals').waitFor();

    await wizard().getByRole('button', { name: 'Select the row' }).click();
    await eventually(selectedCell, 'Goals!A14');
    await eventually(() => gridCell('A14').textContent(), SENTENCE);

    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => gridCell('A14').textContent(), '');
    await wizard().getByText('The goal is no longer in the sheet. Change it, or add it again.').waitFor();
    // Nothing is lost: the answers are there to add again.
    expect(
      await wizard()
        .getByRole('textbox', { name: /Goal as it will be written/ })
        .inputValue(),
    ).toBe(SENTENCE);
  });

  it('keeps a goal half set while the person looks at another tab or the workbook is linted again', async () => {
    await open(800);
    await lint();
    await page.getByRole('tab', { name: 'New goal' }).click();
    await wizard()
      .getByRole('radio', { name: /^New customers/ })
      .click();
    await wizard().getByRole('button', { name: 'Next' }).click();
    await onStep('Metric and baseline');
    await wizard().getByRole('textbox', { name: 'Metric' }).fill('first-year revenue');
    await page.getByRole('tab', { name: 'Problems', exact: true }).click();
    await lint();
    await page.getByRole('tab', { name: 'New goal' }).click();
    expect(await heading().textContent()).toBe('Step 2 of 5: Metric and baseline');
    expect(await wizard().getByRole('textbox', { name: 'Metric' }).inputValue()).toBe('first-year revenue');
  });

  it('gives a workbook without goals a Goals sheet with headers, and works out the pipeline the target needs', async () => {
    // At a task pane's width, to see the pipeline figures fit it.
    await open(320, 'light', 1300);
    // Maya: 6 won, 4 lost (60%), $100,000 open; nothing won yet in 2027.
    const lines = ['Deal,Owner,Stage,Amount,Close date'];
    for (let i = 0; i < 6; i++) lines.push(`W-${i},Maya Chen,Won,10000,2026-0${i + 1}-15`);
    for (let i = 0; i < 4; i++) lines.push(`L-${i},Maya Chen,Lost,5000,2026-0${i + 1}-20`);
    lines.push('O-1,Maya Chen,Proposal,60000,2027-09-30', 'O-2,Maya Chen,Negotiation,40000,2027-08-31');
    // An owner's name is the workbook's text: shown as text, never run.
    lines.push('X-1,<img src=x onerror=alert(1)>,Proposal,1000,2027-09-30');
    await openFile(page, 'deals.csv', lines.join('\n') + '\n');
    await page.getByText('deals.csv').waitFor();
    await page.getByRole('button', { name: 'Lint workbook' }).click();
    await page.getByRole('tab', { name: 'New goal' }).waitFor();

    await answerAll();
    await wizard().getByText('Adds a Goals sheet with headers and the goal in row 2.').waitFor();
    await wizard().getByText('Maya Chen wins 60% of deals (6 of 10 closed deals).').waitFor();
    const figures = await wizard().locator('dd').allTextContents();
    // ($600,000 − nothing won yet) ÷ 60% = $1,000,000 needed; $100,000 open: 0.1×, $900,000 short.
    expect(figures).toEqual(['$1,000,000', '$100,000', '0.1×', '$900,000']);
    await wizard().getByRole('heading', { name: 'Pipeline the target needs' }).scrollIntoViewIfNeeded();
    await shoot('review-pipeline', 320, 'light');

    // Back to the owner step through the step list, where the names are offered as plain text.
    await wizard().getByRole('button', { name: 'Owner and priority, done. Go back to this step' }).click();
    await onStep('Owner and priority');
    await wizard().getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.getByRole('option', { name: 'Maya Chen' }).click();
    await wizard().getByRole('button', { name: 'Next' }).click();
    await onStep('Review');

    await wizard().getByRole('button', { name: 'Add goal' }).click();
    await wizard().getByText('Added goal to Goals!A2').waitFor();
    const goals = await page.evaluate(
      () => window.pipelintPlayground!.host.sheets.find((s) => s.name === 'Goals')?.values,
    );
    expect(goals).toEqual([
      ['Goal', 'Owner', 'Driver', 'Priority', 'Metric', 'Baseline', 'Target', 'Due'],
      [SENTENCE, 'Maya Chen', 'New customers', 2, 'new-customer revenue', 400000, 600000, '2027-12-31'],
    ]);
    await page.getByRole('tab', { name: 'Goals' }).click();
    await eventually(() => gridCell('H1').textContent(), 'Due');
  });

  it.each([
    [320, 'light'],
    [320, 'dark'],
    [800, 'light'],
    [800, 'dark'],
  ] as const)('draws every step at %i px, %s (screenshots in .scratch/)', async (width, scheme) => {
    await open(width, scheme, 1300);
    await lint();
    const snap = (step: string) => shoot(step, width, scheme);
    await answerAll(snap);
    await snap('review');
    await wizard().getByRole('button', { name: 'Add goal' }).click();
    await wizard().getByText('Added goal to Goals!A14').waitFor();
    await snap('added');
  });
});
