import { lintWorkbook } from '../../shared/engine/engine';
import type { PipelintConfig } from '../../shared/engine/config';
import type { StepPace } from '../../shared/analyses/execution/pace';
import type { PathStep } from '../../shared/sheets/kinds/path';
import { pathSummary, type OwnerPathSummary } from '../../shared/summaries/paths';
import { pathSummaries } from '../../shared/summaries';
import { RULES } from '../../shared/rules';
import { WORKBOOK, config } from '../analyses/execution/workbook';
import { ownerPace, paced, step, table } from '../analyses/execution/paceFixtures';

/** Per owner, each step's name, kind and verdict: the summary as a host lists it. */
const listed = (summaries: OwnerPathSummary[]) =>
  summaries.map((s) => [s.owner, s.steps.map((x) => `${x.step} (${x.kind}): ${x.verdict}`)]);

describe('pathSummary', () => {
  const revenue = step(2, 'outcome', { path: 'X', text: 'Revenue' });
  const calls = step(3, 'behavior', { path: 'X', text: 'Calls', period: 'week' });
  const proposals = step(4, 'milestone', { path: 'X', text: 'Proposals' });
  const kindless = step(5, undefined, { text: 'Kindless' });
  const untitled = step(6, 'milestone');
  const demos = step(2, 'behavior', { text: 'Demos' });
  const plan = table('Plan', [revenue, calls, proposals, kindless, untitled]);
  const second = table('Plan 2', [demos]);
  const tables = [
    {
      table: plan,
      paces: new Map<PathStep, StepPace>([
        [revenue, paced(revenue, 'team', [ownerPace('Team', 0.85, 1)])],
        [calls, paced(calls, 'each', [ownerPace('Bob', 2, 1), ownerPace('Ann', 0.5, 1)])],
        [proposals, paced(proposals, 'person', [ownerPace('Ann', 1, 1)])],
        [kindless, paced(kindless, 'each', [ownerPace('Ann', 1, 1)])],
        [untitled, paced(untitled, 'each', [ownerPace('Ann', 0, 1)], 0.05)],
      ]),
    },
    { table: second, paces: new Map([[demos, paced(demos, 'each', [ownerPace('Bob', 0.9, 1)])]]) },
  ];

  it('the team first, then owners by name; milestones, then behaviors, then outcomes', () => {
    expect(listed(pathSummary(tables))).toEqual([
      ['Team', ['Revenue (outcome): close']],
      ['Ann', ['Proposals (milestone): on-pace', 'Row 6 (milestone): too-early', 'Calls (behavior): behind']],
      ['Bob', ['Calls (behavior): on-pace', 'Demos (behavior): close']],
    ]);
  });

  it('says where each step is and how it stands', () => {
    const [team, ann] = pathSummary(tables);
    expect(team.steps[0]).toEqual({
      sheet: 'Plan',
      row: 2,
      path: 'X',
      kind: 'outcome',
      step: 'Revenue',
      unit: 'count',
      period: 'quarter',
      actual: 0.85,
      target: 2,
      expected: 1,
      pace: 0.85,
      verdict: 'close',
    });
    expect(ann.steps[1]).not.toHaveProperty('path');
    expect(ann.steps[2]).toMatchObject({ period: 'week' });
  });

  it('judges by the judgement it is given', () => {
    expect(listed(pathSummary(tables, { threshold: 0.9, minElapsed: 0 }))[0]).toEqual([
      'Team',
      ['Revenue (outcome): behind'],
    ]);
  });

  it('is empty without path sheets', () => {
    expect(pathSummary([])).toEqual([]);
  });
});

describe('pathSummaries', () => {
  const PATH = {
    name: 'Path',
    values: [
      ['Path', 'Kind', 'Step', 'Owner', 'Measure', 'Target'],
      ['Cross-sell', 'Behavior', 'Make calls', 'Each rep', 'SUM(Activities[Calls])', '40 per month'],
      ['Cross-sell', 'Milestone', 'Proposals', 'ann', 'DEALS_REACHING("Proposal")', 5],
      ['Cross-sell', 'Outcome', 'Revenue', 'Team', 'WON_AMOUNT()', '$12k'],
      ['Cross-sell', 'Outcom', 'Broken', 'Team', 'WON_AMUNT()', 5],
    ],
  };
  const summaries = (raw: PipelintConfig = {}) => {
    const resolved = config(raw);
    return pathSummaries(lintWorkbook({ sheets: [...WORKBOOK, PATH] }, resolved, RULES), resolved);
  };

  it('paces every step with a working measure and a target, per owner, on the as-of date', () => {
    // November to the 20th is 2/3 of the month: 26.7 calls expected; Ann made 22, Bob 30.
    // Q4 to 2026-11-20 is 51/92 of the quarter: Ann's 2 proposals of 2.77 expected, and the
    // team's $8,000 won of $6,652 expected.
    const quarter = 51 / 92;
    expect(listed(summaries())).toEqual([
      ['Team', ['Revenue (outcome): on-pace']],
      ['Ann', ['Proposals (milestone): behind', 'Make calls (behavior): close']],
      ['Bob', ['Make calls (behavior): on-pace']],
    ]);
    const [team, ann, bob] = summaries();
    expect(team.steps[0]).toEqual({
      sheet: 'Path',
      row: 4,
      path: 'Cross-sell',
      kind: 'outcome',
      step: 'Revenue',
      unit: 'amount',
      period: 'quarter',
      actual: 8000,
      target: 12_000,
      expected: expect.closeTo(12_000 * quarter, 8),
      pace: expect.closeTo(8000 / (12_000 * quarter), 10),
      verdict: 'on-pace',
    });
    expect(ann.steps.map((s) => [s.actual, s.expected, s.pace])).toEqual([
      [2, expect.closeTo(5 * quarter, 10), expect.closeTo(2 / (5 * quarter), 10)],
      [22, expect.closeTo(80 / 3, 10), expect.closeTo(0.825, 10)],
    ]);
    expect(bob.steps[0]).toMatchObject({ actual: 30, pace: expect.closeTo(1.125, 10), period: 'month' });
  });

  it('verdicts follow path/behind-pace’s options, and the defaults when it is off', () => {
    const lenient = summaries({ rules: { 'path/behind-pace': ['warning', { threshold: 0.5 }] } });
    expect(listed(lenient)[1]).toEqual([
      'Ann',
      ['Proposals (milestone): close', 'Make calls (behavior): close'],
    ]);
    expect(listed(summaries({ rules: { 'path/behind-pace': 'off' } }))).toEqual(listed(summaries()));
  });

  it('a workbook without path sheets has none', () => {
    expect(pathSummaries(lintWorkbook({ sheets: WORKBOOK }, config(), RULES), config())).toEqual([]);
  });
});
