/**
 * The goal wizard's pure model: the sentence the answers make, the row they become in a goals
 * table of any column order or in a new sheet, the evidence each SMART letter underlines, and the
 * pipeline a money goal needs from a workbook with a known win rate.
 */
import type { CellValue, WorkbookSnapshot } from '../../shared/ground/types';
import { lint, loadConfig, type LintResult } from '../../shared';
import { analyzeGoal } from '../../shared/analyses/goals/smart';
import { dayFromDate, formatDay } from '../../shared/ground/values';
import {
  blankAnswers,
  composeSentence,
  readDay,
  readNumber,
  stepProblems,
  withDriver,
  type GoalAnswers,
} from '../../shared/ui/wizard/answers';
import {
  freeSheetName,
  goalChange,
  goalLanded,
  goalValues,
  knownOwners,
  placeGoal,
  rowProblems,
} from '../../shared/ui/wizard/goalRow';
import { evidenceRuns } from '../../shared/ui/wizard/evidence';
import { pipelineNeed } from '../../shared/ui/wizard/pipelineNeed';
import { WIZARD } from '../../shared/ui/wizard/strings';
import { schemeOfColor } from '../../shared/ui/wizard/colorScheme';
import type { WorkbookChange } from '../../shared/ui/usePipelint';

const AS_OF = '2027-06-30';
const asOf = dayFromDate(new Date(2027, 5, 30));
const context = { asOf, decimal: '.' as const };

function lintOf(workbook: WorkbookSnapshot): LintResult {
  const config = loadConfig({ asOf: AS_OF });
  if (!config.ok) throw new Error('bad config');
  return lint(workbook, config.config);
}

/** The workbook after the change, as a host would leave it: sheets added, then cells written. */
function applied(workbook: WorkbookSnapshot, change: WorkbookChange): WorkbookSnapshot {
  const sheets = workbook.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...(r ?? [])]) }));
  for (const name of change.addSheets ?? []) sheets.push({ name, values: [] });
  for (const { location, value, previous } of change.edits) {
    const sheet = sheets.find((s) => s.name === location.sheet)!;
    const row = (sheet.values[location.row - 1] ??= []);
    // What the wizard says the lint saw must be what is there: a new row is blank.
    expect(row[location.column - 1] ?? null).toEqual(previous);
    row[location.column - 1] = value;
  }
  for (const s of sheets) for (let i = 0; i < s.values.length; i++) s.values[i] ??= [];
  return { sheets };
}

const ANSWERS: GoalAnswers = {
  ...blankAnswers('$'),
  driver: 'new-customers',
  metric: 'new-customer revenue',
  unit: 'currency',
  baseline: '400000',
  target: '$600k',
  deadline: '2027-12-31',
  owner: 'Ann Lee',
  priority: '2',
};

describe('composeSentence', () => {
  it.each<[string, Partial<GoalAnswers>, string]>([
    ['a money goal', {}, 'Increase new-customer revenue from $400,000 to $600,000 by December 31, 2027'],
    [
      'a share, in the driver’s words already',
      {
        driver: 'products-services',
        metric: 'service plan attach rate',
        unit: 'percent',
        baseline: '10',
        target: '15%',
      },
      'Increase service plan attach rate from 10% to 15% by December 31, 2027',
    ],
    [
      'a count whose words name no driver gets the driver’s phrase',
      { driver: 'market-expansion', metric: 'deals in EMEA', unit: 'count', baseline: '2', target: '6' },
      'Increase deals in EMEA from 2 to 6 by December 31, 2027 through expansion into new markets',
    ],
    [
      'a target below the baseline reads "Reduce"',
      { driver: 'profitability', metric: 'average discount', unit: 'percent', baseline: '12', target: '8' },
      'Reduce average discount from 12% to 8% by December 31, 2027',
    ],
    [
      'another currency',
      { currency: '€', baseline: '1.2M', target: '1,500,000' },
      'Increase new-customer revenue from €1,200,000 to €1,500,000 by December 31, 2027',
    ],
    [
      'parts not answered yet are left out',
      { target: '', deadline: '', driver: 'brand', metric: 'customer referrals' },
      'Increase customer referrals from $400,000',
    ],
  ])('%s', (_name, patch, expected) => {
    expect(composeSentence({ ...ANSWERS, ...patch }, '.')).toBe(expected);
  });

  it.each<[string, Partial<GoalAnswers>]>([
    ['money', {}],
    [
      'share',
      { driver: 'products-services', metric: 'attach rate', unit: 'percent', baseline: '10', target: '15' },
    ],
    [
      'count',
      { driver: 'market-expansion', metric: 'deals in EMEA', unit: 'count', baseline: '2', target: '4' },
    ],
    ['euros', { currency: '€' }],
    [
      'margin',
      { driver: 'profitability', metric: 'gross margin', unit: 'percent', baseline: '32', target: '36' },
    ],
    ['brand', { driver: 'brand', metric: 'customer referrals', unit: 'count', baseline: '10', target: '15' }],
  ])('the sentence for a complete %s goal meets all five letters, for its own driver', (_name, patch) => {
    const answers = { ...ANSWERS, ...patch };
    const analysis = analyzeGoal(composeSentence(answers, '.'), { asOf });
    expect(analysis.missing).toEqual([]);
    expect(analysis.driver).toBe(answers.driver);
    expect(analysis.deadline && formatDay(analysis.deadline.day)).toBe('2027-12-31');
  });
});

describe('answers', () => {
  it('a driver fills in its suggested metric, but never over one the person typed', () => {
    const fresh = withDriver(blankAnswers('€'), 'profitability');
    expect(fresh).toMatchObject({ metric: 'gross margin', unit: 'percent', currency: '€' });
    expect(withDriver(fresh, 'brand')).toMatchObject({ metric: 'customer referrals', unit: 'count' });
    const typed = withDriver({ ...fresh, metric: 'list-price deals' }, 'brand');
    expect(typed).toMatchObject({ metric: 'list-price deals', driver: 'brand' });
  });

  it.each<[string, number | undefined]>([
    ['400000', 400000],
    ['$400,000', 400000],
    ['400k', 400000],
    ['1.2M', 1200000],
    ['12.5%', 12.5],
    [' 7 ', 7],
    ['about 5', undefined],
    ['', undefined],
  ])('reads %j as %p', (text, n) => expect(readNumber(text, '.')).toBe(n));

  it.each<[string, string | undefined]>([
    ['2027-12-31', '2027-12-31'],
    ['2028-02-29', '2028-02-29'],
    ['2027-02-29', undefined],
    ['2027-13-01', undefined],
    ['31/12/2027', undefined],
  ])('reads the date %j', (text, day) => {
    const read = readDay(text);
    expect(read === undefined ? undefined : formatDay(read)).toBe(day);
  });

  it.each<[string, Parameters<typeof stepProblems>[0], Partial<GoalAnswers>, Record<string, string>]>([
    ['no driver', 'driver', { driver: undefined }, { driver: WIZARD.driverMissing }],
    ['a driver', 'driver', {}, {}],
    [
      'no metric, no baseline',
      'metric',
      { metric: ' ', baseline: '' },
      { metric: WIZARD.metricMissing, baseline: WIZARD.numberMissing },
    ],
    ['a word for a baseline', 'metric', { baseline: 'lots' }, { baseline: WIZARD.notANumber('lots') }],
    ['a negative baseline', 'metric', { baseline: '-5' }, { baseline: WIZARD.negative }],
    ['the target is the baseline', 'target', { target: '400,000' }, { target: WIZARD.sameAsBaseline }],
    ['no deadline', 'target', { deadline: '' }, { deadline: WIZARD.deadlineMissing }],
    ['no such day', 'target', { deadline: '2027-02-30' }, { deadline: WIZARD.deadlineInvalid }],
    ['a deadline on the as-of day', 'target', { deadline: AS_OF }, { deadline: WIZARD.deadlinePast(AS_OF) }],
    ['a good target and deadline', 'target', {}, {}],
    ['no owner', 'owner', { owner: '  ' }, { owner: WIZARD.ownerMissing }],
  ])('%s', (_name, step, patch, problems) => {
    expect(stepProblems(step, { ...ANSWERS, ...patch }, context)).toEqual(problems);
  });
});

const GOAL = 'Increase new-customer revenue from $400,000 to $600,000 by December 31, 2027';

/** A goals sheet with these headers and one goal in them, under a title row. */
function goalsWorkbook(headers: string[]): WorkbookSnapshot {
  const text = 'Win 8 new logos by Q4 2027';
  const first: Record<string, CellValue> = { Goal: text, Objective: text, Owner: 'Bo', Priority: 1, Rank: 1 };
  return {
    sheets: [
      {
        name: 'Team goals',
        values: [['2027 goals'], headers, headers.map((h) => first[h] ?? null)],
      },
    ],
  };
}

describe('goalChange', () => {
  it.each<[string, string[], Record<string, CellValue>]>([
    [
      'the order this wizard writes',
      ['Goal', 'Owner', 'Driver', 'Priority', 'Metric', 'Baseline', 'Target', 'Due'],
      {
        A: GOAL,
        B: 'Ann Lee',
        C: 'New customers',
        D: 2,
        E: 'new-customer revenue',
        F: 400000,
        G: 600000,
        H: '2027-12-31',
      },
    ],
    [
      'another order, other header words',
      ['Owner', 'Deadline', 'Objective', 'Target', 'Rank', 'KPI', 'Status'],
      { A: 'Ann Lee', B: '2027-12-31', C: GOAL, D: 600000, E: 2, F: 'new-customer revenue' },
    ],
    ['only a goal column', ['Goal'], { A: GOAL }],
  ])('into a goals table in %s: each value in its field’s column', (_name, headers, cells) => {
    const before = goalsWorkbook(headers);
    const result = lintOf(before);
    const place = placeGoal(result.model);
    expect(place).toMatchObject({ sheet: 'Team goals', row: 4, creates: false });
    const change = goalChange(goalValues(ANSWERS, GOAL, '.'), place);
    expect(change.addSheets).toBeUndefined();
    expect(change.text).toBe(WIZARD.addedText('Team goals', 4));
    const written = Object.fromEntries(
      change.edits.map((e) => [e.location.address.replace(/^.*!/, '').replace(/\d+$/, ''), e.value]),
    );
    expect(written).toEqual(cells);
    expect(change.edits.every((e) => e.location.row === 4 && e.previous === null)).toBe(true);

    // Linted again, the row is read back as the goal the answers describe.
    const after = lintOf(applied(before, change));
    expect(goalLanded(after.model, place)).toBe(true);
    const goal = after.model.tables('goals')[0].rows.find((g) => g.row === 4)!;
    expect(goal.text).toBe(GOAL);
    if (headers.includes('Owner')) expect(goal.owner).toBe('Ann Lee');
    if (headers.includes('Target')) expect(goal.target).toBe(600000);
    if (headers.includes('Due') || headers.includes('Deadline'))
      expect(formatDay(goal.due!)).toBe('2027-12-31');
  });

  it('a percentage goes in as "15%", read back as a share', () => {
    const before = goalsWorkbook(['Goal', 'Baseline', 'Target']);
    const answers = { ...ANSWERS, unit: 'percent' as const, baseline: '10', target: '15' };
    const change = goalChange(goalValues(answers, 'Lift attach rate', '.'), placeGoal(lintOf(before).model));
    expect(change.edits.map((e) => e.value)).toEqual(['Lift attach rate', '10%', '15%']);
    const goal = lintOf(applied(before, change)).model.tables('goals')[0].rows[1];
    expect([goal.baseline, goal.target]).toEqual([0.1, 0.15]);
  });

  it('the row comes after the last goal, below blank rows between goals', () => {
    const workbook = goalsWorkbook(['Goal', 'Owner']);
    workbook.sheets[0].values.push([], ['Close 5 deals by Q3 2027', 'Cy']);
    expect(placeGoal(lintOf(workbook).model)).toMatchObject({ row: 6, address: "'Team goals'!A6" });
  });

  it('without a goals sheet, adds "Goals" with the kind’s headers, then the goal', () => {
    const before: WorkbookSnapshot = {
      sheets: [
        {
          name: 'Pipeline',
          values: [
            ['Deal', 'Owner', 'Stage', 'Amount'],
            ['D-1', 'Ann Lee', 'Proposal', 100],
          ],
        },
      ],
    };
    const place = placeGoal(lintOf(before).model);
    expect(place).toMatchObject({ sheet: 'Goals', row: 2, creates: true, address: 'Goals!A2' });
    const change = goalChange(goalValues(ANSWERS, GOAL, '.'), place);
    expect(change.addSheets).toEqual(['Goals']);
    const after = applied(before, change);
    expect(after.sheets[1].values).toEqual([
      ['Goal', 'Owner', 'Driver', 'Priority', 'Metric', 'Baseline', 'Target', 'Due'],
      [GOAL, 'Ann Lee', 'New customers', 2, 'new-customer revenue', 400000, 600000, '2027-12-31'],
    ]);
    const result = lintOf(after);
    const table = result.model.tables('goals')[0];
    expect(table.sheet).toBe('Goals');
    expect(Object.keys(table.columns).sort()).toEqual(
      ['baseline', 'driver', 'due', 'goal', 'metric', 'owner', 'priority', 'target'].sort(),
    );
    expect(goalLanded(result.model, place)).toBe(true);
    // A goal set this way is SMART and complete: the goal rules have nothing to say about it.
    expect(rowProblems(result.diagnostics, place).filter((d) => d.ruleId.startsWith('goal/'))).toEqual([]);
  });

  it('a sheet already named Goals that holds no goals is left alone', () => {
    expect(freeSheetName(['Pipeline', 'goals'])).toBe('Goals 2');
    expect(freeSheetName(['Goals', 'Goals 2'])).toBe('Goals 3');
    expect(freeSheetName(['Pipeline'])).toBe('Goals');
  });
});

describe('evidenceRuns', () => {
  const letters = (text: string) =>
    evidenceRuns(text, analyzeGoal(text, { asOf }).criteria).map((r) => [r.text, r.letters.join('')]);

  it.each<[string, [string, string][]]>([
    [
      'Increase revenue from $400,000 to $600,000 by December 31, 2027 through new customers',
      [
        ['Increase ', ''],
        ['revenue', 'S'],
        [' ', ''],
        ['from ', 'A'],
        ['$400,000', 'MA'],
        [' to ', 'A'],
        ['$600,000', 'MA'],
        [' ', ''],
        ['by December 31, 2027', 'T'],
        [' through ', ''],
        ['new customers', 'SR'],
      ],
    ],
    ['Sell more', [['Sell more', 'S']]],
    ['', []],
  ])('%j', (text, runs) => {
    expect(letters(text)).toEqual(runs);
  });

  it('covers the text exactly, and skips a span that no longer matches it', () => {
    const text = 'Win 8 new logos by Q4 2027';
    const runs = evidenceRuns(text, {
      M: { letter: 'M', pass: true, reason: '', evidence: [{ start: 4, end: 5, text: '8' }] },
      R: { letter: 'R', pass: true, reason: '', evidence: [{ start: 6, end: 15, text: 'old words' }] },
      T: { letter: 'T', pass: true, reason: '', evidence: [{ start: 16, end: 99, text: 'by Q4 2027' }] },
    });
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => [r.start, r.letters.join('')])).toEqual([
      [0, ''],
      [4, 'M'],
      [5, ''],
    ]);
  });
});

/** Ann: 6 won (two of them, $60,000, this year) and 4 lost, so 60%; $100,000 open. Bo: 1 won, 1 open. */
function pipelineWorkbook(): WorkbookSnapshot {
  const rows: CellValue[][] = [['Deal', 'Owner', 'Stage', 'Amount', 'Close date']];
  const add = (owner: string, stage: string, amount: number, close: string) =>
    rows.push([`D-${rows.length}`, owner, stage, amount, close]);
  for (const close of ['2026-03-01', '2026-05-01', '2026-08-01', '2026-11-01'])
    add('Ann Lee', 'Won', 10000, close);
  add('Ann Lee', 'Won', 25000, '2027-02-15');
  add('Ann Lee', 'Won', 35000, '2027-05-20');
  for (let i = 0; i < 4; i++) add('Ann Lee', 'Lost', 5000, '2027-01-10');
  add('Ann Lee', 'Proposal', 60000, '2027-09-30');
  add('Ann Lee', 'Negotiation', 40000, '2027-08-31');
  add('Bo Park', 'Won', 8000, '2027-04-01');
  add('Bo Park', 'Proposal', 50000, '2027-10-31');
  return {
    sheets: [
      { name: 'Pipeline', values: rows },
      {
        name: 'Goals',
        values: [
          ['Goal', 'Owner'],
          ['Keep the renewal book', 'Cy Diaz'],
        ],
      },
    ],
  };
}

describe('pipelineNeed', () => {
  const model = lintOf(pipelineWorkbook()).model;
  const need = (patch: Partial<GoalAnswers>, sentence = GOAL) => {
    const a = { ...ANSWERS, ...patch };
    return pipelineNeed(model, {
      owner: a.owner,
      unit: a.unit,
      target: readNumber(a.target, '.'),
      deadline: readDay(a.deadline),
      analysis: analyzeGoal(sentence, { asOf }),
    });
  };

  it('works back from the target through the owner’s own win rate, less what is already won', () => {
    const result = need({ target: '300000' });
    expect(result).toMatchObject({
      kind: 'need',
      rateFrom: 'owner',
      winRate: 0.6,
      wonDeals: 6,
      closedDeals: 10,
      booked: 60000,
      open: 100000,
      openDeals: 2,
    });
    if (result.kind !== 'need') throw new Error(result.kind);
    // REQUIRED_PIPELINE(300000, 0.6, 60000) = 240,000 ÷ 0.6
    expect(result.needed).toBeCloseTo(400000);
    expect(result.coverage).toBeCloseTo(0.25);
    expect(result.gap).toBeCloseTo(300000);
    expect(formatDay(result.start)).toBe('2027-01-01');
  });

  it('a period the sentence names as a quarter starts at that quarter', () => {
    const result = need(
      { target: '100000', deadline: '2027-12-31' },
      'Book $100,000 of new business by Q4 2027',
    );
    if (result.kind !== 'need') throw new Error(result.kind);
    expect(formatDay(result.start)).toBe('2027-10-01');
    expect(result.booked).toBe(0);
    expect(result.gap).toBeCloseTo(100000 / 0.6 - 100000);
  });

  it('an owner with too few closed deals is measured by the team’s win rate', () => {
    const result = need({ owner: 'bo park', target: '100000' });
    expect(result).toMatchObject({
      kind: 'need',
      rateFrom: 'team',
      wonDeals: 7,
      closedDeals: 11,
      open: 50000,
    });
    if (result.kind !== 'need') throw new Error(result.kind);
    expect(result.needed).toBeCloseTo((100000 - 8000) / (7 / 11));
  });

  it.each<[string, Partial<GoalAnswers>, string]>([
    ['a percentage', { unit: 'percent' }, 'not-money'],
    ['a count', { unit: 'count' }, 'not-money'],
    ['no owner', { owner: ' ' }, 'no-owner'],
  ])('says nothing for %s', (_name, patch, kind) => {
    expect(need(patch).kind).toBe(kind);
  });

  it('says why when the workbook has no pipeline, or too few closed deals', () => {
    const noPipeline = lintOf({ sheets: [{ name: 'Goals', values: [['Goal'], ['Win']] }] }).model;
    const input = {
      owner: 'Ann',
      unit: 'currency' as const,
      target: 1,
      deadline: asOf + 10,
      analysis: analyzeGoal('', { asOf }),
    };
    expect(pipelineNeed(noPipeline, input).kind).toBe('no-pipeline');
    const few = lintOf({
      sheets: [
        {
          name: 'Pipeline',
          values: [
            ['Deal', 'Owner', 'Stage', 'Amount'],
            ['D-1', 'Ann', 'Won', 5],
            ['D-2', 'Ann', 'Proposal', 9],
          ],
        },
      ],
    }).model;
    expect(pipelineNeed(few, input)).toEqual({ kind: 'no-rate', closedDeals: 1 });
  });

  it('offers the owners the pipeline and the goals name, each once', () => {
    expect(knownOwners(model)).toEqual(['Ann Lee', 'Bo Park', 'Cy Diaz']);
  });
});

describe('schemeOfColor', () => {
  it.each<[string, string | undefined]>([
    ['#ffffff', 'light'],
    ['#292929', 'dark'],
    ['#fff', 'light'],
    [' rgb(41, 41, 41)', 'dark'],
    ['rgba(250, 250, 250, 1)', 'light'],
    ['', undefined],
    ['var(--x)', undefined],
  ])('%j is %p', (color, scheme) => expect(schemeOfColor(color)).toBe(scheme));
});
