import type { CellValue } from '../ground/types';
import { DEFAULT_STAGES, StageModel } from '../sheets/stages';
import { normalizeHeader } from '../ground/keys';
import { isBlank, type DayNumber } from '../ground/values';
import { ADOPTION_STAGES } from '../ground/adoption';
import { smartCheck, smartScore } from '../analyses/goals/smart';
import {
  amounts,
  cells,
  day,
  FunctionError,
  isOmitted,
  nonNegative,
  numError,
  optionalDay,
  optionalNumber,
  positive,
  rate,
  requiredNumber,
  share,
  text,
  valueError,
  type Arg,
} from './args';
import * as math from './pipelineMath';

/**
 * Every custom function, once: name, documentation, an example and the implementation. The Excel
 * and Google Sheets declarations and the README table are generated from this list
 * (`npm run docs`), so the hosts cannot drift apart.
 */
export interface ParamSpec {
  name: string;
  description: string;
  /** `range` takes a column or block of cells; the others a single value. */
  kind: 'number' | 'range' | 'text' | 'date';
  optional?: boolean;
}

export interface FunctionSpec {
  name: string;
  description: string;
  params: ParamSpec[];
  returns: { kind: 'number' | 'text' | 'table'; description: string };
  example: { formula: string; result: string };
  /**
   * Its result depends on the day when `as_of` is left out, so the spreadsheet must recalculate it
   * each day, not only when its arguments change: Excel's volatile functions.
   */
  volatile?: true;
  run(args: Arg[], env: FunctionEnv): CellValue | CellValue[][];
}

export interface FunctionEnv {
  /** The day "today" means when `as_of` is left out. */
  today(): DayNumber;
}

const DEFAULT_STAGE_MODEL = new StageModel(DEFAULT_STAGES, 'default');

/** Won and lost as the usual stage names spell them, or as the caller's own labels. */
function closedOf(wonLabel: Arg, lostLabel: Arg): (stage: string) => 'won' | 'lost' | undefined {
  const won = isOmitted(wonLabel) ? undefined : normalizeHeader(text(wonLabel));
  const lost = isOmitted(lostLabel) ? undefined : normalizeHeader(text(lostLabel));
  return (stage) => {
    const key = normalizeHeader(stage);
    if (won !== undefined && key === won) return 'won';
    if (lost !== undefined && key === lost) return 'lost';
    const known = DEFAULT_STAGE_MODEL.resolve(stage)?.closed;
    if (known === 'won' && won === undefined) return 'won';
    if (known === 'lost' && lost === undefined) return 'lost';
    return undefined;
  };
}

function stageTexts(arg: Arg): string[] {
  return cells(arg).map((c) => (isBlank(c) ? '' : String(c).trim()));
}

function sameLength(nameA: string, a: unknown[], nameB: string, b: unknown[]) {
  if (a.length !== b.length)
    throw valueError(`${nameA} and ${nameB} must be the same size (${a.length} and ${b.length} cells)`);
}

function remaining(target: number, booked: number): number {
  const left = target - booked;
  if (left <= 0) throw new FunctionError('DIV0', `booked (${booked}) already meets the target (${target})`);
  return left;
}

/** Probabilities by stage: the caller's table, else the usual rule-of-thumb ones. */
function probabilityOf(stageNames: Arg, probabilities: Arg): (stage: string) => number {
  if (isOmitted(stageNames) !== isOmitted(probabilities)) {
    throw valueError('give both stage_names and probabilities, or neither');
  }
  if (isOmitted(stageNames)) {
    return (stage) => {
      const p = DEFAULT_STAGE_MODEL.resolve(stage)?.probability;
      if (p === undefined) {
        throw new FunctionError(
          'NA',
          `stage "${stage}" has no default probability; pass stage_names and probabilities`,
        );
      }
      return p;
    };
  }
  const names = stageTexts(stageNames);
  const ps = cells(probabilities).map((p, i) => share(`probabilities item ${i + 1}`, p));
  sameLength('stage_names', names, 'probabilities', ps);
  const table = new Map(names.map((n, i) => [normalizeHeader(n), ps[i]]));
  return (stage) => {
    const p = table.get(normalizeHeader(stage));
    if (p === undefined) throw new FunctionError('NA', `stage "${stage}" is not in stage_names`);
    return p;
  };
}

const TARGET = { name: 'target', description: 'Revenue to reach in the period.', kind: 'number' } as const;
const WIN_RATE = {
  name: 'win_rate',
  description: 'Share of opportunities that close as won, above 0 and at most 1 (25% is 0.25).',
  kind: 'number',
} as const;
const BOOKED = {
  name: 'booked',
  description: 'Revenue already won in the period (default 0).',
  kind: 'number',
  optional: true,
} as const;

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'REQUIRED_PIPELINE',
    description: 'Open pipeline value needed to reach a target: (target - booked) / win_rate.',
    params: [TARGET, WIN_RATE, BOOKED],
    returns: { kind: 'number', description: 'Pipeline value needed.' },
    example: { formula: '=REQUIRED_PIPELINE(500000, 0.25)', result: '2000000' },
    run: ([target, winRate, booked]) =>
      math.requiredPipeline(
        nonNegative('target', requiredNumber('target', target)),
        rate('win_rate', winRate),
        nonNegative('booked', optionalNumber('booked', booked, 0)),
      ),
  },
  {
    name: 'REQUIRED_DEALS',
    description: 'Opportunities needed to reach a target at this deal size and win rate, rounded up.',
    params: [
      TARGET,
      { name: 'avg_deal_size', description: 'Average value of a won deal.', kind: 'number' },
      WIN_RATE,
      BOOKED,
    ],
    returns: { kind: 'number', description: 'Number of opportunities needed.' },
    example: { formula: '=REQUIRED_DEALS(500000, 20000, 0.25)', result: '100' },
    run: ([target, size, winRate, booked]) =>
      math.requiredDeals(
        nonNegative('target', requiredNumber('target', target)),
        positive('avg_deal_size', requiredNumber('avg_deal_size', size)),
        rate('win_rate', winRate),
        nonNegative('booked', optionalNumber('booked', booked, 0)),
      ),
  },
  {
    name: 'REVERSE_FUNNEL',
    description:
      'Works back from a target through each stage-to-stage conversion rate (top of funnel first): the value, or with avg_deal_size the number of deals, needed at each stage.',
    params: [
      TARGET,
      {
        name: 'conversion_rates',
        description: 'Stage-to-stage conversion rates, top of the funnel first, e.g. 0.5, 0.4, 0.25.',
        kind: 'range',
      },
      {
        name: 'avg_deal_size',
        description: 'Average deal value; when given, the result counts deals instead of value.',
        kind: 'number',
        optional: true,
      },
    ],
    returns: {
      kind: 'table',
      description: 'A column: what each stage needs, top of the funnel first, ending at the target.',
    },
    example: {
      formula: '=REVERSE_FUNNEL(100000, {0.5, 0.4, 0.25})',
      result: '2000000; 1000000; 400000; 100000 (a column)',
    },
    run: ([target, conversionRates, size]) => {
      const goal = nonNegative('target', requiredNumber('target', target));
      const rates = cells(conversionRates)
        .filter((c) => !isBlank(c))
        .map((c, i) => rate(`conversion_rates item ${i + 1}`, c));
      if (rates.length === 0) throw valueError('conversion_rates needs at least one rate');
      const needed = math.reverseFunnel(goal, rates);
      if (isOmitted(size)) return needed.map((n) => [n]);
      const dealSize = positive('avg_deal_size', requiredNumber('avg_deal_size', size));
      return needed.map((n) => [math.roundUp(n / dealSize)]);
    },
  },
  {
    name: 'PIPELINE_COVERAGE',
    description:
      'Open pipeline divided by what is left of the target; 3 means three times the remaining target.',
    params: [
      { name: 'open_amounts', description: 'Amounts of the open deals; blanks are skipped.', kind: 'range' },
      TARGET,
      BOOKED,
    ],
    returns: { kind: 'number', description: 'Coverage ratio.' },
    example: {
      formula: '=PIPELINE_COVERAGE(D2:D40, 500000, 200000)',
      result: '3.2 when D2:D40 adds up to 960,000',
    },
    run: ([open, target, booked]) => {
      const goal = nonNegative('target', requiredNumber('target', target));
      const done = nonNegative('booked', optionalNumber('booked', booked, 0));
      const values = amounts('open_amounts', open);
      remaining(goal, done);
      return math.pipelineCoverage(values, goal, done);
    },
  },
  {
    name: 'WIN_RATE',
    description: 'Won deals divided by won plus lost deals; open deals are left out.',
    params: [
      { name: 'stages', description: 'The stage of each deal.', kind: 'range' },
      {
        name: 'won_label',
        description: 'The stage that means won (default: Won, Closed Won and the usual synonyms).',
        kind: 'text',
        optional: true,
      },
      {
        name: 'lost_label',
        description: 'The stage that means lost (default: Lost, Closed Lost and the usual synonyms).',
        kind: 'text',
        optional: true,
      },
    ],
    returns: { kind: 'number', description: 'Win rate between 0 and 1.' },
    example: { formula: '=WIN_RATE(C2:C200)', result: '0.25 when 30 of 120 closed deals were won' },
    run: ([stages, wonLabel, lostLabel]) => {
      const closed = closedOf(wonLabel, lostLabel);
      let won = 0;
      let lost = 0;
      for (const stage of stageTexts(stages)) {
        const outcome = stage ? closed(stage) : undefined;
        if (outcome === 'won') won++;
        else if (outcome === 'lost') lost++;
      }
      if (won + lost === 0) throw new FunctionError('DIV0', 'no won or lost deals among the stages');
      return won / (won + lost);
    },
  },
  {
    name: 'SALES_VELOCITY',
    description:
      'Revenue the pipeline produces per day: opportunities x deal size x win rate / cycle length.',
    params: [
      { name: 'opportunities', description: 'Number of open opportunities.', kind: 'number' },
      { name: 'avg_deal_size', description: 'Average value of a won deal.', kind: 'number' },
      WIN_RATE,
      { name: 'cycle_days', description: 'Average days from opening to closing a deal.', kind: 'number' },
    ],
    returns: { kind: 'number', description: 'Revenue per day.' },
    example: { formula: '=SALES_VELOCITY(40, 25000, 0.25, 90)', result: '2777.78' },
    run: ([opportunities, size, winRate, cycle]) =>
      math.salesVelocity(
        nonNegative('opportunities', requiredNumber('opportunities', opportunities)),
        positive('avg_deal_size', requiredNumber('avg_deal_size', size)),
        rate('win_rate', winRate),
        positive('cycle_days', requiredNumber('cycle_days', cycle)),
      ),
  },
  {
    name: 'WEIGHTED_PIPELINE',
    description: "Sum of each deal's amount times its stage's probability of closing.",
    params: [
      { name: 'amounts', description: 'Deal amounts; blank amounts count as 0.', kind: 'range' },
      { name: 'stages', description: 'The stage of each deal, same size as amounts.', kind: 'range' },
      {
        name: 'stage_names',
        description: 'Your stage names (default: the usual stages with rule-of-thumb probabilities).',
        kind: 'range',
        optional: true,
      },
      {
        name: 'probabilities',
        description: 'Probability of each of stage_names, same size.',
        kind: 'range',
        optional: true,
      },
    ],
    returns: { kind: 'number', description: 'Probability-weighted pipeline value.' },
    example: { formula: '=WEIGHTED_PIPELINE(D2:D40, C2:C40, H2:H6, I2:I6)', result: 'e.g. 412500' },
    run: ([amountRange, stageRange, stageNames, probabilities]) => {
      const all = cells(amountRange);
      const stages = stageTexts(stageRange);
      sameLength('amounts', all, 'stages', stages);
      const probability = probabilityOf(stageNames, probabilities);
      let sum = 0;
      all.forEach((cell, i) => {
        if (isBlank(cell) || !stages[i]) return;
        sum += amounts(`amounts item ${i + 1}`, cell)[0] * probability(stages[i]);
      });
      return sum;
    },
  },
  {
    name: 'STALLED_DEALS',
    description: 'Number of open deals with no activity for longer than max_days.',
    params: [
      {
        name: 'stages',
        description: 'The stage of each deal (won and lost deals are not counted).',
        kind: 'range',
      },
      {
        name: 'last_activity_dates',
        description: 'Date of the last activity on each deal, same size.',
        kind: 'range',
      },
      {
        name: 'max_days',
        description: 'Days without activity before a deal counts as stalled (default 30).',
        kind: 'number',
        optional: true,
      },
      { name: 'as_of', description: 'The day to count from (default today).', kind: 'date', optional: true },
    ],
    returns: { kind: 'number', description: 'Count of stalled open deals.' },
    example: { formula: '=STALLED_DEALS(C2:C40, H2:H40, 21)', result: 'e.g. 6' },
    volatile: true,
    run: ([stageRange, dateRange, maxDays, asOf], env) => {
      const stages = stageTexts(stageRange);
      const dates = cells(dateRange);
      sameLength('stages', stages, 'last_activity_dates', dates);
      const limit = nonNegative('max_days', optionalNumber('max_days', maxDays, 30));
      const today = optionalDay('as_of', asOf, env.today);
      const closed = closedOf(null, null);
      let stalled = 0;
      stages.forEach((stage, i) => {
        if (!stage || closed(stage) || isBlank(dates[i])) return;
        if (today - day(`last_activity_dates item ${i + 1}`, dates[i]) > limit) stalled++;
      });
      return stalled;
    },
  },
  {
    name: 'DAYS_IN_STAGE',
    description: 'Days since a deal entered its stage.',
    params: [
      {
        name: 'stage_entered_date',
        description: 'The day the deal entered its current stage.',
        kind: 'date',
      },
      { name: 'as_of', description: 'The day to count to (default today).', kind: 'date', optional: true },
    ],
    returns: { kind: 'number', description: 'Whole days.' },
    example: { formula: '=DAYS_IN_STAGE(DATE(2027,5,1), DATE(2027,6,30))', result: '60' },
    volatile: true,
    run: ([entered, asOf], env) => {
      const since = day('stage_entered_date', Array.isArray(entered) ? entered.flat()[0] : entered);
      const today = optionalDay('as_of', asOf, env.today);
      if (since > today) throw numError('stage_entered_date is after as_of');
      return today - since;
    },
  },
  {
    name: 'SMART_CHECK',
    description:
      'The SMART letters a goal misses, e.g. "M,T"; empty text when it is specific, measurable, achievable, relevant and time-bound.',
    params: [{ name: 'goal_text', description: 'The goal as written.', kind: 'text' }],
    returns: { kind: 'text', description: 'Missing letters, comma-separated, or empty text.' },
    example: { formula: '=SMART_CHECK("Sell more")', result: 'S,M,R,T' },
    run: ([goal], env) => smartCheck(text(goal), { asOf: env.today() }),
  },
  {
    name: 'SMART_SCORE',
    description: 'How many of the five SMART criteria a goal meets, 0 to 5.',
    params: [{ name: 'goal_text', description: 'The goal as written.', kind: 'text' }],
    returns: { kind: 'number', description: 'Score from 0 to 5.' },
    example: { formula: '=SMART_SCORE("Win 12 new logos in the retail segment by Q3 2027")', result: '5' },
    run: ([goal], env) => smartScore(text(goal), { asOf: env.today() }),
  },
  {
    name: 'ADOPTION_SUMMARY',
    description: 'How many people are in each of the four stages of adopting a change.',
    params: [
      {
        name: 'stages',
        description: "Each person's stage: Consideration, Contemplation, Introduction or Adoption.",
        kind: 'range',
      },
    ],
    returns: {
      kind: 'table',
      description: 'A table of stage and count, with a row for unrecognised stages when there are any.',
    },
    example: { formula: '=ADOPTION_SUMMARY(C2:C30)', result: 'Stage | People; Consideration | 4; ...' },
    run: ([stageRange]) => {
      const counts = new Map<string, number>(ADOPTION_STAGES.map((s) => [s, 0]));
      let other = 0;
      for (const stage of stageTexts(stageRange)) {
        if (!stage) continue;
        const known = ADOPTION_STAGES.find((s) => normalizeHeader(s) === normalizeHeader(stage));
        if (known) counts.set(known, counts.get(known)! + 1);
        else other++;
      }
      const table: CellValue[][] = [['Stage', 'People'], ...[...counts].map(([s, n]) => [s, n])];
      if (other) table.push(['Unrecognised', other]);
      return table;
    },
  },
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

function checkResult(name: string, result: CellValue | CellValue[][]): CellValue | CellValue[][] {
  const bad = (v: CellValue) => typeof v === 'number' && !Number.isFinite(v);
  if (Array.isArray(result) ? result.flat().some(bad) : bad(result))
    throw numError(`${name} has no finite result for these arguments`);
  return result;
}

/** Runs a function by name; throws FunctionError for bad arguments, never anything else. */
export function callFunction(name: string, args: Arg[], env: FunctionEnv): CellValue | CellValue[][] {
  const spec = BY_NAME.get(name);
  if (!spec) throw new FunctionError('NA', `no function named ${name}`);
  try {
    return checkResult(name, spec.run(args, env));
  } catch (e) {
    if (e instanceof FunctionError) throw e;
    throw valueError(`${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
