import * as smart from '../../shared/analyses/goals/smart';
import * as pace from '../../shared/analyses/execution/pace';
import * as coverageSummary from '../../shared/summaries/coverage';
import * as adoptionSummary from '../../shared/summaries/adoption';
import { lintWorkbook, readWorkbook } from '../../shared/engine/engine';
import { adoptionSummaries, coverageSummaries, pathSummaries } from '../../shared/summaries';
import type { SheetSnapshot } from '../../shared/ground/types';
import { RULES } from '../../shared/rules';
import { testConfig } from '../sheets/read';

const PIPELINE: SheetSnapshot = {
  name: 'Deals',
  values: [
    ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Product'],
    ['D-1', 'Ann', 'Won', 1000, '2027-01-01', '2027-01-11', 'GTX Pro'],
    ['D-2', 'bob ', 'Won', 2000, '2027-02-01', '2027-03-03', 'GTX Basic'],
    ['D-3', 'Ann', 'Proposal', 500, '2027-03-01', '2027-08-01', 'GTX Pro'],
    ['D-4', 'Cleo', 'Lost', 700, '2027-01-10', '2027-02-10', 'GTX Pro'],
  ],
  numberFormats: [[], [null, null, null, '"$"#,##0']],
};
const PRODUCTS: SheetSnapshot = {
  name: 'Products',
  values: [
    ['Product', 'Price'],
    ['GTX Pro', 10],
    ['gtx  pro', 11],
  ],
};
const MORE_PRODUCTS: SheetSnapshot = {
  name: 'More products',
  values: [
    ['Product', 'Series'],
    ['GTX Basic', 'A'],
  ],
};
const GOALS: SheetSnapshot = {
  name: 'Goals',
  values: [
    ['Goal', 'Owner'],
    ['Grow ARR from $1M to $1.2M by Q4 2027', 'Ann'],
    ['Sell more', 'Bob'],
  ],
};
const ACTIVITIES: SheetSnapshot = {
  name: 'Activities',
  values: [
    ['Date', 'Rep', 'Calls'],
    ['2027-06-01', 'Dora', 3],
  ],
};
const PATH: SheetSnapshot = {
  name: 'Path',
  values: [
    ['Kind', 'Step', 'Owner', 'Measure', 'Target'],
    ['Behavior', 'Calls', 'Each rep', 'SUM(Activities[Calls])', '10 per month'],
  ],
};
const COVERAGE: SheetSnapshot = {
  name: 'Coverage',
  values: [
    ['Priority', 'Enablement', 'Coaching'],
    ['Run discovery calls', 'x', null],
  ],
};
const ADOPTION: SheetSnapshot = {
  name: 'Adoption',
  values: [
    ['Person', 'Change', 'Stage'],
    ['Maya', 'Log calls', 'Adoption'],
  ],
};
const WORKBOOK = [PIPELINE, PRODUCTS, MORE_PRODUCTS, GOALS, ACTIVITIES, PATH, COVERAGE, ADOPTION];

/** Every rule off but those named. */
const only = (...ids: string[]) =>
  testConfig({
    rules: Object.fromEntries(RULES.map((r) => [r.meta.id, ids.includes(r.meta.id) ? 'warning' : 'off'])),
  });

afterEach(() => jest.restoreAllMocks());

describe('WorkbookModel', () => {
  const model = readWorkbook({ sheets: WORKBOOK }, testConfig());

  it('holds every table by kind, in workbook order, and each sheet by name', () => {
    expect(model.tables('pipeline').map((t) => t.sheet)).toEqual(['Deals']);
    expect(model.tables('lookup').map((t) => t.sheet)).toEqual(['Products', 'More products']);
    expect(model.tables('goals')[0].rows).toHaveLength(2);
    expect(model.tables('pipeline-history')).toEqual([]);
    expect(model.tableOnSheet('Path')?.kind.id).toBe('path');
    expect(model.tableOnSheet('Nowhere')).toBeUndefined();
    expect(model.sheets.map((s) => s.role)).toEqual([
      'pipeline',
      'lookup',
      'lookup',
      'goals',
      'activities',
      'path',
      'coverage',
      'adoption',
    ]);
  });

  it('merges lookup sheets with the same key; the first sheet names the list, the first spelling wins', () => {
    const products = model.lookups().get('product')!;
    expect(products).toMatchObject({ sheet: 'Products', column: 1, headerRow: 1, header: 'Product' });
    expect([...products.values]).toEqual([
      ['GTX PRO', 'GTX Pro'],
      ['GTX BASIC', 'GTX Basic'],
    ]);
    expect(model.lookups()).toBe(model.lookups());
  });

  it('learns won-deal cycles and the first stage in use from the pipeline', () => {
    expect(Array.from(model.wonCycles())).toEqual([10, 30]);
    expect(model.wonCyclePercentile(0.5, 2)).toBe(10);
    expect(model.wonCyclePercentile(0.9, 2)).toBe(30);
    expect(model.wonCyclePercentile(0.9, 3)).toBeUndefined();
    // With the built-in stages, the earliest open stage deals use: Proposal.
    expect(model.stages.stages[model.firstStageIndex()!].name).toBe('Proposal');
  });

  it('reads the currency from the amount column’s number format', () => {
    expect(model.currency()).toBe('$');
    expect(
      readWorkbook({ sheets: [{ ...PIPELINE, numberFormats: undefined }] }, testConfig()).currency(),
    ).toBe('');
  });

  it('names everyone the pipelines and activity logs name, as first written', () => {
    expect([...model.owners()]).toEqual([
      ['ANN', 'Ann'],
      ['BOB', 'bob'],
      ['CLEO', 'Cleo'],
      ['DORA', 'Dora'],
    ]);
  });

  it('checks a measure once and paces a path sheet once', () => {
    const [path] = model.tables('path');
    const step = path.rows[0];
    expect(model.measureOf(step)).toMatchObject({ ok: true });
    expect(model.measureOf(step)).toBe(model.measureOf(step));
    expect(model.paces(path)).toBe(model.paces(path));
    expect(
      model
        .paces(path)
        .get(step)
        ?.owners.map((o) => o.owner),
    ).toEqual(['Dora']);
  });

  it('analyses a goal the first time it is asked, and keeps the analysis', () => {
    const spy = jest.spyOn(smart, 'analyzeGoal');
    const fresh = readWorkbook({ sheets: [GOALS] }, testConfig());
    const [goal] = fresh.tables('goals')[0].rows;
    expect(spy).not.toHaveBeenCalled();
    const analysis = fresh.goalAnalysis(goal);
    expect(analysis.criteria.M.pass).toBe(true);
    expect(fresh.goalAnalysis(goal)).toBe(analysis);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('analyses run only when something asks for them', () => {
  it('with every goal rule off, no goal is SMART-analysed', () => {
    const spy = jest.spyOn(smart, 'analyzeGoal');
    lintWorkbook({ sheets: WORKBOOK }, only('pipeline/missing-owner'), RULES);
    expect(spy).not.toHaveBeenCalled();
  });

  it('each goal is analysed once, however many goal rules read it', () => {
    const spy = jest.spyOn(smart, 'analyzeGoal');
    lintWorkbook(
      { sheets: WORKBOOK },
      only('goal/not-specific', 'goal/not-measurable', 'goal/not-time-bound'),
      RULES,
    );
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('with every path rule off, no path is paced', () => {
    const spy = jest.spyOn(pace, 'pathPaces');
    lintWorkbook({ sheets: WORKBOOK }, only('pipeline/missing-owner'), RULES);
    expect(spy).not.toHaveBeenCalled();
    lintWorkbook({ sheets: WORKBOOK }, only('path/behind-pace'), RULES);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a lint builds no summary; a front end asks for the ones it draws', () => {
    const coverage = jest.spyOn(coverageSummary, 'coverageSummary');
    const adoption = jest.spyOn(adoptionSummary, 'adoptionSummary');
    const paces = jest.spyOn(pace, 'pathPaces');
    const config = testConfig();
    const result = lintWorkbook({ sheets: WORKBOOK }, config, RULES);
    expect(result).not.toHaveProperty('summaries');
    expect(coverage).not.toHaveBeenCalled();
    expect(adoption).not.toHaveBeenCalled();
    const pacedByRules = paces.mock.calls.length;

    expect(coverageSummaries(result)).toMatchObject([
      { sheet: 'Coverage', priorities: [{ verdict: 'skill-only' }] },
    ]);
    expect(adoptionSummaries(result)).toMatchObject([
      { sheet: 'Adoption', initiatives: [{ change: 'Log calls' }] },
    ]);
    expect(pathSummaries(result, config)).toMatchObject([{ owner: 'Dora' }]);
    // The path rules already paced the sheet during the lint; the summary reuses their work.
    expect(paces.mock.calls.length).toBe(pacedByRules);
  });
});
