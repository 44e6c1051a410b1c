import { lintWorkbook } from '../../shared/engine/engine';
import type { PipelintConfig } from '../../shared/engine/config';
import type { CompiledMeasure, MeasureUnit } from '../../shared/analyses/execution/measure';
import {
  DEFAULT_MIN_ELAPSED,
  DEFAULT_THRESHOLD,
  milestonePace,
  pathMilestones,
  pathPaces,
  pathSummary,
  stepPace,
  verdict,
  type OwnerPace,
  type OwnerPathSummary,
  type PaceVerdict,
  type StepPace,
} from '../../shared/analyses/execution/pace';
import { periodWindow } from '../../shared/ground/period';
import type { PathStep, PathTable, StepKind, StepScope } from '../../shared/sheets/kinds/path';
import { RULES } from '../../shared/rules';
import { day } from '../goals/days';
import { AS_OF, WORKBOOK, config } from './workbook';

const asOf = day(AS_OF);

function step(row: number, kind: StepKind | undefined, fields: Partial<PathStep> = {}): PathStep {
  return { row, cells: [], target: { ok: true, target: { value: 40 } }, period: 'quarter', kind, ...fields };
}

function table(sheet: string, steps: PathStep[]): PathTable {
  return { sheet, headerRow: 1, columns: {}, headers: [], steps, duplicateHeaders: [] };
}

/** A measure that has already counted: `all` is everyone's total, `byOwner` per lookup key. */
function counted(
  all: number,
  byOwner: Record<string, number>,
  owners: [string, string][],
  unit: MeasureUnit = 'count',
) {
  const measure: CompiledMeasure = {
    unit,
    owners: new Map(owners),
    totals: jest.fn(() => ({ byOwner: new Map(Object.entries(byOwner)), all })),
  };
  return measure;
}

const KNOWN = new Map([
  ['ANN', 'Ann'],
  ['BOB', 'Bob'],
]);

describe('stepPace', () => {
  // A week's target of 40 on Friday 2026-11-20: 5 of 7 days gone, 200/7 = 28.57 expected so far.
  const expected = (40 * 5) / 7;
  const measure = counted(57, { ANN: 20, BOB: 30 }, [
    ['BOB', 'Bob'],
    ['ANN', 'Ann'],
    ['CLEO', 'Cleo'],
  ]);
  const weekly = (owner?: string) =>
    step(2, 'behavior', { period: 'week', measure: { ok: true, measure }, ...(owner && { owner }) });

  it('judges each owner the data names on their own numbers, by name', () => {
    const pace = stepPace(weekly('Each rep'), asOf, KNOWN)!;
    expect(pace).toMatchObject({
      unit: 'count',
      scope: 'each',
      window: { period: 'week', start: day('2026-11-16'), end: day('2026-11-22') },
    });
    expect(pace.elapsed).toBeCloseTo(5 / 7, 12);
    expect(pace.owners.map((o) => [o.owner, o.ownerKey, o.actual, o.target])).toEqual([
      ['Ann', 'ANN', 20, 40],
      ['Bob', 'BOB', 30, 40],
      ['Cleo', 'CLEO', 0, 40],
    ]);
    expect(pace.owners.map((o) => o.expected)).toEqual(Array(3).fill(expect.closeTo(expected, 10)));
    expect(pace.owners.map((o) => o.pace)).toEqual([expect.closeTo(0.7, 10), expect.closeTo(1.05, 10), 0]);
    expect(measure.totals).toHaveBeenLastCalledWith({ from: day('2026-11-16'), to: asOf });
  });

  it('a step owned by the team is judged on everyone’s total', () => {
    const pace = stepPace(weekly('the team'), asOf, KNOWN)!;
    expect(pace.scope).toBe('team');
    expect(pace.owners).toEqual([
      {
        owner: 'Team',
        actual: 57,
        target: 40,
        expected: expect.closeTo(expected, 10),
        pace: expect.closeTo(1.995, 10),
      },
    ]);
  });

  it('a step owned by a named person is judged on theirs, named as the data writes them', () => {
    const pace = stepPace(weekly(' ann'), asOf, KNOWN)!;
    expect(pace.scope).toBe('person');
    expect(pace.owners).toMatchObject([{ owner: 'Ann', ownerKey: 'ANN', actual: 20 }]);
  });

  it('an owner nobody in the data is called, or no owner, means each owner', () => {
    expect(stepPace(weekly('Dora'), asOf, KNOWN)?.owners).toHaveLength(3);
    expect(stepPace(weekly(), asOf, KNOWN)?.scope).toBe('each');
  });

  it.each<[string, Partial<PathStep>]>([
    ['no known kind', { kind: undefined }],
    ['no measure', { measure: undefined }],
    ['a broken measure', { measure: { ok: false, errors: [{ message: 'x', span: { start: 0, end: 1 } }] } }],
    ['no target', { target: { ok: 'empty' } }],
    ['a target that does not read', { target: { ok: false, reason: 'x' } }],
  ])('no pace for a step with %s', (_name, fields) => {
    expect(stepPace({ ...weekly(), ...fields }, asOf, KNOWN)).toBeUndefined();
  });

  it('pathPaces paces the steps that can be paced', () => {
    const paced = weekly('Team');
    const paces = pathPaces(table('Plan', [step(3, 'outcome'), paced]), asOf, KNOWN);
    expect([...paces.keys()]).toEqual([paced]);
  });
});

/** An owner's pace: actual against expected, for a target twice the expected. */
function ownerPace(owner: string, actual: number, expected: number): OwnerPace {
  const pace: OwnerPace = { owner, actual, target: expected * 2, expected, pace: actual / expected };
  if (owner !== 'Team') pace.ownerKey = owner.toUpperCase();
  return pace;
}

function paced(s: PathStep, scope: StepScope, owners: OwnerPace[], elapsed = 0.5): StepPace {
  return { step: s, unit: 'count', window: periodWindow(s.period, asOf), elapsed, scope, owners };
}

describe('verdict', () => {
  const judge = { threshold: DEFAULT_THRESHOLD, minElapsed: DEFAULT_MIN_ELAPSED };

  it.each<[number, number, PaceVerdict]>([
    [0, 0.05, 'too-early'],
    [0, 0.1, 'behind'],
    [0.79, 0.5, 'behind'],
    [0.8, 0.5, 'close'],
    [0.99, 0.5, 'close'],
    [1, 0.5, 'on-pace'],
    [3, 1, 'on-pace'],
  ])('pace %p with %p of the period gone is %p', (pace, elapsed, expected) => {
    expect(verdict(ownerPace('Ann', pace, 1), elapsed, judge)).toBe(expected);
  });

  it('follows the judgement it is given', () => {
    expect(verdict(ownerPace('Ann', 0.85, 1), 0.3, { threshold: 0.9, minElapsed: 0.1 })).toBe('behind');
    expect(verdict(ownerPace('Ann', 0.85, 1), 0.3, { threshold: 0.8, minElapsed: 0.5 })).toBe('too-early');
  });
});

describe('milestonePace', () => {
  const outcome = step(2, 'outcome', { path: 'X' });
  const m1 = step(3, 'milestone', { path: 'x' });
  const m2 = step(4, 'milestone', { path: 'X' });
  const early = step(5, 'milestone', { path: 'X' });
  const m4 = step(6, 'milestone', { path: 'X' });
  const elsewhere = step(7, 'milestone', { path: 'Y' });
  const behavior = step(8, 'behavior', { path: 'X' });
  const unpaced = step(9, 'milestone', { path: 'X' });
  const otherOutcome = step(10, 'outcome', { path: 'Y' });
  const plan = table('Plan', [outcome, m1, m2, early, m4, elsewhere, behavior, unpaced, otherOutcome]);
  const paces = new Map<PathStep, StepPace>([
    [m1, paced(m1, 'each', [ownerPace('Ann', 6, 4), ownerPace('Bob', 1, 4)])],
    [m2, paced(m2, 'team', [ownerPace('Team', 2, 4)])],
    [early, paced(early, 'each', [ownerPace('Ann', 0, 1)], 0.05)],
    [m4, paced(m4, 'each', [ownerPace('Carl', 3, 2)])],
    [elsewhere, paced(elsewhere, 'each', [ownerPace('Ann', 0, 5)])],
    [behavior, paced(behavior, 'each', [ownerPace('Ann', 0, 5)])],
  ]);
  const forOwner = (owner: string, of = outcome, minElapsed?: number) =>
    milestonePace(pathMilestones(of, plan, paces, minElapsed), ownerPace(owner, 1, 1));

  it('an owner’s milestones of the same path, each capped at 1; team milestones count for everyone', () => {
    // m1: Ann 6 of 4 is 1.5, capped to 1; m2: the team's 2 of 4 is 0.5; too early and others' left out.
    expect(forOwner('Ann')).toEqual({
      pace: 0.75,
      milestones: [
        { step: m1, pace: 1.5 },
        { step: m2, pace: 0.5 },
      ],
    });
    expect(forOwner('Bob')?.pace).toBeCloseTo((0.25 + 0.5) / 2, 12);
    expect(forOwner('Dora')).toEqual({ pace: 0.5, milestones: [{ step: m2, pace: 0.5 }] });
  });

  it('the team’s outcome takes each milestone’s sum over its owners', () => {
    // m1: 7 of 8; m2: 2 of 4; m4: 3 of 2, capped to 1.
    expect(forOwner('Team')?.pace).toBeCloseTo((7 / 8 + 0.5 + 1) / 3, 12);
    expect(forOwner('Team')?.milestones.map((m) => m.step)).toEqual([m1, m2, m4]);
  });

  it('a lower minElapsed lets an early milestone count', () => {
    expect(forOwner('Ann', outcome, 0.01)?.pace).toBeCloseTo((1 + 0.5 + 0) / 3, 12);
  });

  it('undefined when no paced milestone of the path bears on the owner', () => {
    expect(forOwner('Bob', otherOutcome)).toBeUndefined();
    expect(forOwner('Ann', step(11, 'outcome'))).toBeUndefined();
  });
});

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

describe('LintResult.summaries.paths', () => {
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
  const summaries = (raw: PipelintConfig = {}) =>
    lintWorkbook({ sheets: [...WORKBOOK, PATH] }, config(raw), RULES).summaries.paths;

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
    expect(lintWorkbook({ sheets: WORKBOOK }, config(), RULES).summaries.paths).toEqual([]);
  });
});
