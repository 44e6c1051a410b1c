import type {
  CompiledMeasure,
  CompiledResult,
  MeasureUnit,
} from '../../../shared/analyses/execution/measure';
import {
  DEFAULT_MIN_ELAPSED,
  DEFAULT_THRESHOLD,
  milestonePace,
  pathMilestones,
  pathPaces,
  stepPace,
  verdict,
  type PaceVerdict,
  type StepPace,
} from '../../../shared/analyses/execution/pace';
import type { PathStep } from '../../../shared/sheets/kinds/path';
import { day } from '../goals/days';
import { asOf, ownerPace, paced, step, table } from './paceFixtures';

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
  const weekly = (owner?: string) => step(2, 'behavior', { period: 'week', ...(owner && { owner }) });
  const working: CompiledResult = { ok: true, measure };

  it('judges each owner the data names on their own numbers, by name', () => {
    const pace = stepPace(weekly('Each rep'), working, asOf, KNOWN)!;
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
    const pace = stepPace(weekly('the team'), working, asOf, KNOWN)!;
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
    const pace = stepPace(weekly(' ann'), working, asOf, KNOWN)!;
    expect(pace.scope).toBe('person');
    expect(pace.owners).toMatchObject([{ owner: 'Ann', ownerKey: 'ANN', actual: 20 }]);
  });

  it('an owner nobody in the data is called, or no owner, means each owner', () => {
    expect(stepPace(weekly('Dora'), working, asOf, KNOWN)?.owners).toHaveLength(3);
    expect(stepPace(weekly(), working, asOf, KNOWN)?.scope).toBe('each');
  });

  it.each<[string, Partial<PathStep>, CompiledResult | undefined]>([
    ['no known kind', { kind: undefined }, working],
    ['no measure', {}, undefined],
    ['a broken measure', {}, { ok: false, errors: [{ message: 'x', span: { start: 0, end: 1 } }] }],
    ['no target', { target: { ok: 'empty' } }, working],
    ['a target that does not read', { target: { ok: false, reason: 'x' } }, working],
  ])('no pace for a step with %s', (_name, fields, compiled) => {
    expect(stepPace({ ...weekly(), ...fields }, compiled, asOf, KNOWN)).toBeUndefined();
  });

  it('pathPaces paces the steps that can be paced', () => {
    const paced = weekly('Team');
    const measures = new Map([[paced, working]]);
    const paces = pathPaces(table('Plan', [step(3, 'outcome'), paced]), (s) => measures.get(s), asOf, KNOWN);
    expect([...paces.keys()]).toEqual([paced]);
  });
});

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
