/**
 * The goal wizard's answers, as pure functions: which drivers there are, what each step still
 * needs, and the goal sentence the answers make. The component only renders these.
 */
import { format } from 'date-fns';
import { DRIVER_CUES } from '../../analyses/goals/vocabulary';
import { findAll } from '../../analyses/goals/text';
import type { GrowthDriver } from '../../analyses/goals/types';
import { DRIVER_LABELS } from '../../rules/goal/goalUtil';
import {
  dateFromDay,
  dayFromDate,
  formatDay,
  parseAmount,
  type DayNumber,
  type DecimalSeparator,
} from '../../ground/values';
import { money } from '../../ground/words';
import type { GoalAnswers, GoalUnit, WizardStep } from './types';
import { WIZARD } from './strings';

export { WIZARD_STEPS, type GoalAnswers, type GoalUnit, type WizardStep } from './types';

/** The five growth drivers the SMART analysis knows, in the order the lint names them. */
export const DRIVERS = Object.keys(DRIVER_LABELS) as GrowthDriver[];

export const driverLabel = (driver: GrowthDriver) => DRIVER_LABELS[driver];

/** A metric to start from for each driver, so the second step is an edit rather than a blank. */
const SUGGESTED: Record<GrowthDriver, { metric: string; unit: GoalUnit }> = {
  'new-customers': { metric: 'new-customer revenue', unit: 'currency' },
  'products-services': { metric: 'service plan attach rate', unit: 'percent' },
  'market-expansion': { metric: 'revenue in new regions', unit: 'currency' },
  profitability: { metric: 'gross margin', unit: 'percent' },
  brand: { metric: 'customer referrals', unit: 'count' },
};

/**
 * Words that tie a sentence to its driver, added when the metric's own words do not: the R letter
 * is judged from the text alone, so the sentence must say which lever it pulls.
 */
const DRIVER_PHRASES: Record<GrowthDriver, string> = {
  'new-customers': 'new customers',
  'products-services': 'cross-selling and upselling',
  'market-expansion': 'expansion into new markets',
  profitability: 'better pricing and margins',
  brand: 'referrals and customer reviews',
};

export const PRIORITIES = [1, 2, 3, 4, 5];

export const UNITS: GoalUnit[] = ['currency', 'count', 'percent'];

/** Symbols the SMART analysis reads as money. */
export const CURRENCIES = ['$', '€', '£', '¥', '₹'];

/** A blank goal; amounts in the workbook's own currency when its pipeline shows one. */
export function blankAnswers(currency: string): GoalAnswers {
  return {
    metric: '',
    unit: 'currency',
    currency: CURRENCIES.includes(currency) ? currency : '$',
    baseline: '',
    target: '',
    deadline: '',
    owner: '',
    priority: '1',
  };
}

/**
 * The answers with a driver chosen: a metric still blank, or still the last driver's suggestion,
 * takes this driver's suggestion; a metric the person typed is kept.
 */
export function withDriver(answers: GoalAnswers, driver: GrowthDriver): GoalAnswers {
  const previous = answers.driver && SUGGESTED[answers.driver];
  const untouched = answers.metric.trim() === '' || answers.metric === previous?.metric;
  return untouched ? { ...answers, driver, ...SUGGESTED[driver] } : { ...answers, driver };
}

/** A number as typed ("400000", "$400k", "12.5%"), or undefined when it is not one. */
export function readNumber(text: string, decimal: DecimalSeparator): number | undefined {
  const parsed = parseAmount(text.trim().replace(/\s*%$/, ''), decimal);
  return parsed.ok === true ? parsed.value : undefined;
}

/** A YYYY-MM-DD date as a day number, or undefined when it is no real day (2027-02-30). */
export function readDay(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const day = dayFromDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatDay(day) === text.trim() ? day : undefined;
}

/** How a number reads in the goal sentence: "$400,000", "12.5%", "8". */
export function numberText(n: number, unit: GoalUnit, currency: string): string {
  if (unit === 'currency') return `${n < 0 ? '-' : ''}${currency}${money(Math.abs(n))}`;
  return unit === 'percent' ? `${money(n)}%` : money(n);
}

/** "December 31, 2027": a deadline every reader and the analysis take the same way. */
export function deadlineText(day: DayNumber): string {
  return format(dateFromDay(day), 'MMMM d, yyyy');
}

export type AnswerProblems = Partial<Record<keyof GoalAnswers, string>>;

export interface AnswerContext {
  asOf: DayNumber;
  decimal: DecimalSeparator;
}

function numberProblem(text: string, decimal: DecimalSeparator): string | undefined {
  if (text.trim() === '') return WIZARD.numberMissing;
  const n = readNumber(text, decimal);
  if (n === undefined) return WIZARD.notANumber(text.trim());
  return n < 0 ? WIZARD.negative : undefined;
}

/** What stops the person leaving a step, by field; empty when the step is complete. */
export function stepProblems(step: WizardStep, a: GoalAnswers, context: AnswerContext): AnswerProblems {
  const problems: AnswerProblems = {};
  const set = (field: keyof GoalAnswers, problem: string | undefined) => {
    if (problem) problems[field] = problem;
  };
  if (step === 'driver') set('driver', a.driver ? undefined : WIZARD.driverMissing);
  if (step === 'metric') {
    set('metric', a.metric.trim() ? undefined : WIZARD.metricMissing);
    set('baseline', numberProblem(a.baseline, context.decimal));
  }
  if (step === 'target') {
    const target = numberProblem(a.target, context.decimal);
    const same = !target && readNumber(a.target, context.decimal) === readNumber(a.baseline, context.decimal);
    set('target', target ?? (same ? WIZARD.sameAsBaseline : undefined));
    const day = readDay(a.deadline);
    set(
      'deadline',
      a.deadline.trim() === ''
        ? WIZARD.deadlineMissing
        : day === undefined
          ? WIZARD.deadlineInvalid
          : day <= context.asOf
            ? WIZARD.deadlinePast(formatDay(context.asOf))
            : undefined,
    );
  }
  if (step === 'owner') set('owner', a.owner.trim() ? undefined : WIZARD.ownerMissing);
  return problems;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The goal sentence the answers make, in the shape the SMART analysis reads best: "Increase
 * new-customer revenue from $400,000 to $600,000 by December 31, 2027". Parts not answered yet are
 * left out, so it can be shown while the person is still answering; a target below the baseline
 * reads "Reduce". When the metric's words do not name the driver, a phrase that does is added.
 */
export function composeSentence(a: GoalAnswers, decimal: DecimalSeparator): string {
  const baseline = readNumber(a.baseline, decimal);
  const target = readNumber(a.target, decimal);
  const day = readDay(a.deadline);
  const verb = baseline !== undefined && target !== undefined && target < baseline ? 'Reduce' : 'Increase';
  const parts = [verb, a.metric.trim() || undefined];
  if (baseline !== undefined) parts.push(`from ${numberText(baseline, a.unit, a.currency)}`);
  if (target !== undefined) parts.push(`to ${numberText(target, a.unit, a.currency)}`);
  if (day !== undefined) parts.push(`by ${deadlineText(day)}`);
  let sentence = parts.filter(Boolean).join(' ');
  if (a.driver && !namesDriver(sentence, a.driver)) sentence += ` through ${DRIVER_PHRASES[a.driver]}`;
  return capital(sentence);
}

function namesDriver(text: string, driver: GrowthDriver): boolean {
  return DRIVER_CUES.some((cue) => cue.driver === driver && findAll(text, cue.pattern).length > 0);
}
