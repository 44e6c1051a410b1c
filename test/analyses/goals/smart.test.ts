import fc from 'fast-check';
import {
  analyzeGoal,
  SMART_LETTERS,
  smartCheck,
  smartScore,
  type Evidence,
  type GoalAnalysis,
} from '../../../shared/analyses/goals/smart';
import { evidenceAt } from '../../../shared/analyses/goals/text';
import { day } from './days';
import { SMART_TABLE } from './smartTable';

const asOf = day('2027-06-30');
const context = { asOf };

/** Every span an analysis reports, wherever it sits. */
function allEvidence(analysis: GoalAnalysis): Evidence[] {
  return [
    ...SMART_LETTERS.flatMap((letter) => analysis.criteria[letter].evidence),
    ...(analysis.deadline ? [analysis.deadline.evidence] : []),
    ...(analysis.quantity ? [analysis.quantity.evidence] : []),
  ];
}

function expectSpansInText(analysis: GoalAnalysis): void {
  for (const span of allEvidence(analysis)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(analysis.text.length);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(analysis.text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('smartCheck and smartScore', () => {
  it.each([
    ['Increase Q3 revenue from new logos by 15% by September 30, 2027', '', 5],
    ['Close 12 deals', 'R,T', 3],
    ['Improve win rate by Q3', 'S,M,R', 2],
    ['Improve win rate in EMEA by Q3', 'M,R', 3],
    ['Grow new-logo ARR from $1M to $5M by year-end', 'A', 4],
    ['Sell more', 'S,M,R,T', 1],
    ['', 'S,M,R,T', 1],
  ])('%s → "%s", %d', (goal, check, score) => {
    expect(smartCheck(goal, context)).toBe(check);
    expect(smartScore(goal, context)).toBe(score);
  });

  it('lists missing letters in S,M,A,R,T order and scores the rest', () => {
    for (const { goal } of SMART_TABLE) {
      const analysis = analyzeGoal(goal, context);
      const failed = SMART_LETTERS.filter((l) => !analysis.criteria[l].pass);
      expect(analysis.missing).toEqual(failed);
      expect(analysis.score).toBe(5 - failed.length);
      expect(smartCheck(goal, context)).toBe(failed.join(','));
    }
  });
});

describe('evidence', () => {
  it('is a span of the goal text for every verdict in the table', () => {
    for (const { goal } of SMART_TABLE) expectSpansInText(analyzeGoal(goal, context));
  });

  it('backs every pass with at least one span, except A with nothing to judge', () => {
    for (const { goal } of SMART_TABLE) {
      const analysis = analyzeGoal(goal, context);
      for (const letter of SMART_LETTERS) {
        const { pass, evidence, reason } = analysis.criteria[letter];
        if (pass && reason !== 'no baseline stated; judged with the Baseline column when there is one') {
          expect({ goal, letter, spans: evidence.length > 0 }).toEqual({ goal, letter, spans: true });
        }
      }
    }
  });

  it('points at what each letter rests on', () => {
    const goal = 'Raise average margin on enterprise deals from 20% to 35% by FY28';
    const analysis = analyzeGoal(goal, context);
    const texts = (letter: 'S' | 'M' | 'A' | 'R' | 'T') =>
      analysis.criteria[letter].evidence.map((e) => e.text);
    expect(texts('S')).toEqual(['margin', 'enterprise', 'deals']);
    expect(texts('M')).toEqual(['20%', '35%']);
    expect(texts('A')).toEqual(['from 20% to 35%']);
    expect(texts('R')).toEqual(['average margin']);
    expect(texts('T')).toEqual(['by FY28']);
    expect(analysis.deadline).toEqual({
      day: day('2028-12-31'),
      evidence: { start: 57, end: 64, text: 'by FY28' },
    });
    expect(analysis.criteria.A.reason).toBe(
      '"from 20% to 35%" is an increase of 75%, within the 100% judged achievable in one period',
    );
  });

  it('shows the vague aim when S fails', () => {
    const s = analyzeGoal('Grow the business', context).criteria.S;
    expect(s.pass).toBe(false);
    expect(s.evidence).toEqual([{ start: 0, end: 17, text: 'Grow the business' }]);
    expect(s.reason).toMatch(/^only a general aim \("Grow the business"\); name what the goal is about/);
  });

  it('says a year is a date, not a quantity, when M fails', () => {
    expect(analyzeGoal('Grow 2027 revenue', context).criteria.M.reason).toBe(
      'no number, percentage, amount or count to reach; "2027" is a date, not a quantity',
    );
  });
});

describe('quantities, baselines and targets', () => {
  it.each([
    ['Close twelve new logos', 12, 'count'],
    ['Close a dozen new logos', 12, 'count'],
    ['Book twenty-five demos', 25, 'count'],
    ['Build 250k of pipeline', 250_000, 'currency'],
    ['Build $1.2M of pipeline', 1_200_000, 'currency'],
    ['Sell €40,000 of services', 40_000, 'currency'],
    ['Sell 40,000 EUR of services', 40_000, 'currency'],
    ['Reach 10k paying users', 10_000, 'count'],
    ['Hit a 15% win rate', 0.15, 'percent'],
    ['Grow win rate by 5 points', 0.05, 'percent'],
    ['Close 12 deals worth $500k', 500_000, 'currency'],
    ['Reach 2000 customers by 2028', 2000, 'count'],
  ])('%s → %d (%s)', (goal, value, unit) => {
    expect(analyzeGoal(goal, context).quantity).toMatchObject({ value, unit });
  });

  it.each([
    ['Grow ARR from $1M to $5M', 1_000_000, 5_000_000, 'currency'],
    ['Lift win rate from 20% to 35%', 0.2, 0.35, 'percent'],
    ['Lift win rate from 20 to 35%', 0.2, 0.35, 'percent'],
    ['Grow bookings from 1.2 to 1.5M', 1_200_000, 1_500_000, 'currency'],
    ['Grow customers from 40 to 60', 40, 60, 'count'],
    ['Raise margin to 30% from 25%', 0.25, 0.3, 'percent'],
  ])('%s: baseline %d, target %d', (goal, baseline, target, unit) => {
    const analysis = analyzeGoal(goal, context);
    expect(analysis.baseline).toBeCloseTo(baseline);
    expect(analysis.target).toBeCloseTo(target);
    expect(analysis.quantity?.unit).toBe(unit);
    expect(analysis.quantity?.value).toBeCloseTo(target);
  });

  it.each([
    'Book demos in Q3 2027',
    'Grow revenue in FY28',
    'Close deals by 31/3/2028',
    'Call prospects within 90 days',
  ])('counts no quantity in "%s"', (goal) => {
    const analysis = analyzeGoal(goal, context);
    expect(analysis.criteria.M.pass).toBe(false);
    expect(analysis.quantity).toBeUndefined();
  });
});

describe('achievable (A)', () => {
  it('fails growth above maxGrowth and names it', () => {
    const a = analyzeGoal('Grow ARR from $1M to $5M by year-end', context).criteria.A;
    expect(a.pass).toBe(false);
    expect(a.reason).toBe(
      '"from $1M to $5M" is an increase of 400%, more than the 100% judged achievable in one period',
    );
    expect(a.evidence.map((e) => e.text)).toEqual(['from $1M to $5M']);
  });

  it.each([
    ['Double pipeline', true],
    ['Triple pipeline', false],
    ['Grow pipeline 3x', false],
    ['Grow pipeline tenfold', false],
    ['Grow revenue by 150%', false],
    ['Grow revenue 150% year-over-year', false],
    ['Reduce churn by 150%', true],
    ['Halve the discount rate', true],
    ['Cut discounting from 30% to 5%', true],
    ['Raise win rate to 90%', true],
    ['Hit 300% of quota', true],
  ])('%s → pass %s', (goal, pass) => {
    expect(analyzeGoal(goal, context).criteria.A.pass).toBe(pass);
  });

  it('uses the maxGrowth the context gives', () => {
    const goal = 'Grow bookings from $2M to $3M';
    expect(analyzeGoal(goal, { asOf, maxGrowth: 0.6 }).criteria.A.pass).toBe(true);
    const strict = analyzeGoal(goal, { asOf, maxGrowth: 0.3 }).criteria.A;
    expect(strict.pass).toBe(false);
    expect(strict.reason).toBe(
      '"from $2M to $3M" is an increase of 50%, more than the 30% judged achievable in one period',
    );
    expect(analyzeGoal('Triple pipeline', { asOf, maxGrowth: 2 }).criteria.A.pass).toBe(true);
  });

  it('passes without a baseline and says the Baseline column will judge it', () => {
    const a = analyzeGoal('Close 12 deals by Q3', context).criteria.A;
    expect(a).toEqual({
      letter: 'A',
      pass: true,
      evidence: [],
      reason: 'no baseline stated; judged with the Baseline column when there is one',
    });
  });

  it('refuses a context it cannot use', () => {
    expect(() => analyzeGoal('Close 12 deals', { asOf: Number.NaN })).toThrow(RangeError);
    expect(() => analyzeGoal('Close 12 deals', { asOf, maxGrowth: -1 })).toThrow(/maxGrowth/);
  });
});

describe('relevant (R)', () => {
  it('names the driver the goal leads with, and the others it touches', () => {
    const analysis = analyzeGoal('Win 10 new logos at a 30% gross margin', context);
    expect(analysis.driver).toBe('new-customers');
    expect(analysis.criteria.R.reason).toBe(
      'serves new customers ("new logos"); also touches profitability ("gross margin")',
    );
    expect(analysis.criteria.R.evidence.map((e) => e.text)).toEqual(['new logos', 'gross margin']);
  });

  it('fails, saying what it looked for, when no driver is named', () => {
    const r = analyzeGoal('Close 12 deals by Q3', context).criteria.R;
    expect(r.pass).toBe(false);
    expect(r.evidence).toEqual([]);
    expect(r.reason).toMatch(
      /^not tied to a growth driver: no mention of new customers, products and services/,
    );
  });

  it.each([
    ['Land net-new accounts in retail', 'new-customers'],
    ['Raise the attach rate of support plans', 'products-services'],
    ['Open a new territory in the Pacific Northwest', 'market-expansion'],
    ['Stop discounting below list price', 'profitability'],
    ['Earn more five-star reviews', 'brand'],
    ['Review pipeline reviews weekly', undefined],
  ])('%s → %s', (goal, driver) => {
    expect(analyzeGoal(goal, context).driver).toBe(driver);
  });
});

describe('robustness', () => {
  it('never throws and keeps every span inside the text, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const analysis = analyzeGoal(text, context);
        expect(analysis.text).toBe(text);
        expect(analysis.score).toBe(5 - analysis.missing.length);
        expectSpansInText(analysis);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for goal-like text stitched from sales words, numbers and dates', () => {
    const piece = fc.constantFrom(
      'Increase',
      'revenue',
      'from',
      'to',
      'by',
      '15%',
      '$1.2M',
      '250k',
      'twelve',
      'new logos',
      'Q3',
      'FY28',
      'March 31, 2027',
      '31/3/2027',
      'within 90 days',
      'next quarter',
      'double',
      '10x',
      'EMEA',
      'margin',
      'referrals',
      'cross-sell',
      '2027',
      'per week',
      'may',
      '😀',
      'ü',
      '\n',
      ',',
      '-',
      '/',
      "'",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '', '  '), (pieces, glue) => {
        const analysis = analyzeGoal(pieces.join(glue), context);
        expectSpansInText(analysis);
        if (analysis.deadline) expect(Number.isInteger(analysis.deadline.day)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts any cell value a host may hand over', () => {
    expect(analyzeGoal(undefined as unknown as string, context).missing).toEqual(['S', 'M', 'R', 'T']);
    expect(analyzeGoal(42 as unknown as string, context).text).toBe('42');
  });
});

describe('evidenceAt', () => {
  it('cuts spans from the text, clamped and trimmed, whatever offsets it is given', () => {
    expect(evidenceAt('  by Q3  ', 0, 9)).toEqual({ start: 2, end: 7, text: 'by Q3' });
    expect(evidenceAt('by Q3', -4, 99)).toEqual({ start: 0, end: 5, text: 'by Q3' });
    expect(evidenceAt('by Q3', Number.NaN, 3)).toEqual({ start: 0, end: 2, text: 'by' });
    expect(evidenceAt('by Q3', 4, 2)).toEqual({ start: 4, end: 4, text: '' });
  });
});
