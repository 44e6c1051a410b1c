import {
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { CellValue } from './types';
import {
  cellText,
  dateFromDay,
  dayFromDate,
  parseAmount,
  type DayNumber,
  type DecimalSeparator,
} from './values';

/** The span a step's target is set for. Calendar periods; weeks start on Monday. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** When neither the target nor a Period column says, a target is per quarter: the usual sales cycle. */
export const DEFAULT_PERIOD: Period = 'quarter';

const PERIOD_WORDS: Record<string, Period> = {
  day: 'day',
  days: 'day',
  daily: 'day',
  d: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  wk: 'week',
  w: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
  mo: 'month',
  m: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  quarterly: 'quarter',
  qtr: 'quarter',
  q: 'quarter',
  year: 'year',
  years: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  yr: 'year',
  y: 'year',
};

/** "week", "Weekly", "per month", "a quarter", "/yr" → the period; undefined for anything else. */
export function periodFromText(text: string): Period | undefined {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^(?:\/|per\s+|a\s+|an\s+|each\s+|every\s+)/, '')
    .replace(/\.$/, '');
  return PERIOD_WORDS[word];
}

export interface Target {
  value: number;
  /** The period the target's own text names ("12 per week"), if it names one. */
  period?: Period;
}

export type ParsedTarget = { ok: true; target: Target } | { ok: false; reason: string } | { ok: 'empty' };

/** "12 per week", "$250k / quarter", "40 weekly", "3 a month": an amount and a period word. */
const WITH_PERIOD = /^(.*?)\s*(?:(\/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*([a-z]+)\.?|\s+([a-z]+ly))$/i;

/** Reads a Target cell: a number or amount, optionally followed by the period it is for. */
export function parseTarget(cell: CellValue, decimal: DecimalSeparator): ParsedTarget {
  const text = typeof cell === 'number' ? undefined : cellText(cell)?.trim();
  if (typeof cell !== 'number' && !text) return { ok: 'empty' };
  const match = text === undefined ? null : WITH_PERIOD.exec(text);
  const period = match ? periodFromText(match[3] ?? match[4]) : undefined;
  const amount = parseAmount(match && period ? match[1] : cell, decimal);
  if (amount.ok === 'empty') return { ok: 'empty' };
  if (amount.ok === false)
    return {
      ok: false,
      reason: `"${text}" is not a target: write a number, optionally with its period ("12 per week")`,
    };
  if (amount.value <= 0) return { ok: false, reason: `a target of ${amount.value} can never be behind` };
  return { ok: true, target: period ? { value: amount.value, period } : { value: amount.value } };
}

export interface PeriodWindow {
  period: Period;
  /** First and last day of the period that holds the as-of date. */
  start: DayNumber;
  end: DayNumber;
}

const BOUNDS: Record<Period, [(d: Date) => Date, (d: Date) => Date]> = {
  day: [(d) => d, (d) => d],
  week: [(d) => startOfWeek(d, { weekStartsOn: 1 }), (d) => endOfWeek(d, { weekStartsOn: 1 })],
  month: [startOfMonth, endOfMonth],
  quarter: [startOfQuarter, endOfQuarter],
  year: [startOfYear, endOfYear],
};

/** The calendar period of the given kind that the day falls in. */
export function periodWindow(period: Period, day: DayNumber): PeriodWindow {
  const date = dateFromDay(day);
  const [start, end] = BOUNDS[period];
  return { period, start: dayFromDate(start(date)), end: dayFromDate(end(date)) };
}

/** How much of the period has gone by at the end of `day`, 0..1; the day itself counts as gone. */
export function elapsedShare(window: PeriodWindow, day: DayNumber): number {
  const length = differenceInCalendarDays(dateFromDay(window.end), dateFromDay(window.start)) + 1;
  return Math.min(1, Math.max(0, (day - window.start + 1) / length));
}

/** "this quarter", "this week": how messages name the current period. */
export function thisPeriod(period: Period): string {
  return period === 'day' ? 'today' : `this ${period}`;
}
