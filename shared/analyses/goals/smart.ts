import { formatDay } from '../../ground/values';
import { findTimeSpans, latestSpan, type TimeSpan } from './deadline';
import { judgeRelevant } from './drivers';
import { findGrowth, type Growth } from './growth';
import {
  findMultipliers,
  findQuantities,
  mainQuantity,
  publicQuantity,
  type FoundQuantity,
  type Multiplier,
} from './quantity';
import { judgeSpecific } from './specific';
import { dedupe, findAll, overlapsAny, percentText, quoteList } from './text';
import { RANKED_SET_PATTERN } from './vocabulary';
import {
  SMART_LETTERS,
  type Criterion,
  type GoalAnalysis,
  type GoalContext,
  type SmartLetter,
} from './types';

export type {
  Criterion,
  Evidence,
  GoalAnalysis,
  GoalContext,
  GrowthDriver,
  Quantity,
  QuantityUnit,
  SmartLetter,
} from './types';
export { SMART_LETTERS } from './types';

/** +100% in one period: more than doubling is judged out of reach unless the context says otherwise. */
export const DEFAULT_MAX_GROWTH = 1.0;

/**
 * Judges a goal statement against the five SMART letters from its text alone. Every verdict
 * carries the spans it rests on, so a host can underline them, and a plain-English reason.
 */
export function analyzeGoal(text: string, context: GoalContext): GoalAnalysis {
  const goal = text == null ? '' : String(text);
  const maxGrowth = checkedContext(context);

  const times = findTimeSpans(goal, context.asOf, context.dateOrder ?? 'MDY');
  const timeEvidence = times.map((t) => t.evidence);
  const multipliers = findMultipliers(goal, timeEvidence);
  // "three times more" is a factor, not also a count of three.
  const factorEvidence = multipliers.map((m) => m.evidence);
  // "the top 20 accounts" says which accounts, not how many to reach.
  const ranked = findAll(goal, RANKED_SET_PATTERN);
  const quantities = findQuantities(goal, timeEvidence).filter(
    (q) => !overlapsAny(q.evidence, factorEvidence) && !overlapsAny(q.evidence, ranked),
  );
  const growth = findGrowth(goal, quantities, multipliers);
  const relevant = judgeRelevant(goal);
  const deadline = latestSpan(times);

  const criteria: Record<SmartLetter, Criterion> = {
    S: judgeSpecific(
      goal,
      [...timeEvidence, ...quantities.map((q) => q.evidence)],
      [...quantities.map((q) => q.evidence), ...factorEvidence],
    ),
    M: judgeMeasurable(quantities, multipliers, times),
    A: judgeAchievable(growth, maxGrowth),
    R: relevant.criterion,
    T: judgeTimeBound(times, deadline, context.asOf),
  };
  const missing = SMART_LETTERS.filter((letter) => !criteria[letter].pass);
  const range = growth.find((g) => g.baseline && g.target);
  const quantity = range?.target ?? mainQuantity(quantities);

  const analysis: GoalAnalysis = {
    text: goal,
    criteria,
    missing,
    score: SMART_LETTERS.length - missing.length,
  };
  if (relevant.driver) analysis.driver = relevant.driver;
  if (deadline) analysis.deadline = { day: deadline.day, evidence: deadline.evidence };
  if (quantity) analysis.quantity = publicQuantity(quantity);
  if (range?.baseline && range.target) {
    analysis.baseline = range.baseline.value;
    analysis.target = range.target.value;
  }
  return analysis;
}

/** "" when the goal passes every letter, else the letters it misses: "M,T". */
export function smartCheck(text: string, context: GoalContext): string {
  return analyzeGoal(text, context).missing.join(',');
}

/** How many of the five letters the goal meets, 0 to 5. */
export function smartScore(text: string, context: GoalContext): number {
  return analyzeGoal(text, context).score;
}

function checkedContext(context: GoalContext): number {
  if (!Number.isInteger(context.asOf)) throw new RangeError(`asOf must be a day number, not ${context.asOf}`);
  const maxGrowth = context.maxGrowth ?? DEFAULT_MAX_GROWTH;
  if (!(maxGrowth >= 0) || !Number.isFinite(maxGrowth)) {
    throw new RangeError(`maxGrowth must be a fraction of 0 or more (1 is +100%), not ${maxGrowth}`);
  }
  return maxGrowth;
}

function judgeMeasurable(
  quantities: readonly FoundQuantity[],
  multipliers: readonly Multiplier[],
  times: readonly TimeSpan[],
): Criterion {
  const evidence = dedupe([...quantities.map((q) => q.evidence), ...multipliers.map((m) => m.evidence)]);
  if (evidence.length > 0) {
    const noun = evidence.length === 1 ? 'a quantity' : 'quantities';
    return { letter: 'M', pass: true, evidence, reason: `sets ${noun} to reach: ${quoteList(evidence)}` };
  }
  const dated = times.filter((t) => /\d/.test(t.evidence.text)).map((t) => t.evidence);
  const note =
    dated.length > 0
      ? `; ${quoteList(dated)} ${dated.length === 1 ? 'is a date' : 'are dates'}, not a quantity`
      : '';
  return {
    letter: 'M',
    pass: false,
    evidence: [],
    reason: `no number, percentage, amount or count to reach${note}`,
  };
}

const NO_BASELINE = 'no baseline stated; judged with the Baseline column when there is one';

/**
 * A: from the text alone, only a stated change can be judged. The largest one decides: growth
 * above maxGrowth in one period (the goal's own) is judged out of reach; falls always pass.
 */
function judgeAchievable(growth: readonly Growth[], maxGrowth: number): Criterion {
  const judged = growth.filter((g) => Number.isFinite(g.growth));
  if (judged.length === 0) {
    const zero = growth.find((g) => Number.isNaN(g.growth));
    if (zero) {
      return {
        letter: 'A',
        pass: true,
        evidence: [zero.evidence],
        reason: `"${zero.evidence.text}" starts from zero, so its growth cannot be judged as a ratio; judged with the Baseline column when there is one`,
      };
    }
    return { letter: 'A', pass: true, evidence: [], reason: NO_BASELINE };
  }
  const largest = judged.reduce((a, b) => (b.growth > a.growth ? b : a));
  const change = describeChange(largest);
  const limit = `the ${percentText(maxGrowth)} judged achievable in one period`;
  const evidence = judged.map((g) => g.evidence);
  if (largest.growth > maxGrowth + 1e-9) {
    return {
      letter: 'A',
      pass: false,
      evidence: [largest.evidence],
      reason: `${change}, more than ${limit}`,
    };
  }
  const within = largest.growth > 0 ? `, within ${limit}` : '';
  return { letter: 'A', pass: true, evidence, reason: `${change}${within}` };
}

function describeChange(g: Growth): string {
  const size =
    g.growth >= 0 ? `an increase of ${percentText(g.growth)}` : `a decrease of ${percentText(-g.growth)}`;
  return `"${g.evidence.text}" is ${size}`;
}

function judgeTimeBound(times: readonly TimeSpan[], deadline: TimeSpan | undefined, asOf: number): Criterion {
  if (!deadline) {
    return {
      letter: 'T',
      pass: false,
      evidence: [],
      reason:
        'no deadline or period found, such as "by Q3 2027", "by June 30", "by year-end" or "within 90 days"',
    };
  }
  const past = deadline.day < asOf ? ` (already past on ${formatDay(asOf)})` : '';
  const others = times.length > 1 ? `, the latest of ${quoteList(times.map((t) => t.evidence))}` : '';
  return {
    letter: 'T',
    pass: true,
    evidence: times.map((t) => t.evidence),
    reason: `due ${formatDay(deadline.day)}${past}, from "${deadline.evidence.text}"${others}`,
  };
}
