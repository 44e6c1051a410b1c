import * as chrono from 'chrono-node';
import {
  addBusinessDays,
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
} from 'date-fns';
import { dateFromDay, dayFromDate, type DateOrder, type DayNumber } from '../../ground/values';
import { evidenceAt, NUMBER_WORD_SOURCE, overlaps, smallNumber } from './text';
import type { Evidence } from './types';
import { COUNT_NOUN_AFTER } from './vocabulary';

/** A time expression in the goal and the last day it allows. */
export interface TimeSpan {
  day: DayNumber;
  evidence: Evidence;
}

/**
 * Time expressions in a goal, each resolved to the last day of the period it names.
 *
 * Sales periods (quarters, halves, fiscal years, year-end, "this quarter", durations, cadences,
 * bare years) are found by a small table of patterns first, because chrono-node does not know
 * them; chrono then finds ordinary dates ("March 31, 2027", "31/3/2027", "by June", "next
 * Friday"). Where the two overlap the longer expression wins, a tie going to the table.
 */
export function findTimeSpans(goal: string, asOf: DayNumber, order: DateOrder = 'MDY'): TimeSpan[] {
  const today = dateFromDay(asOf);
  const candidates = [...periodSpans(goal, today), ...chronoSpans(goal, today, order)].map((span) => ({
    ...span,
    evidence: withLeadIn(goal, span.evidence),
  }));
  const kept: TimeSpan[] = [];
  const byLength = candidates
    .map((span, rank) => ({ span, rank }))
    .sort((a, b) => length(b.span) - length(a.span) || a.rank - b.rank);
  for (const { span } of byLength) {
    if (!kept.some((other) => overlaps(other.evidence, span.evidence))) kept.push(span);
  }
  return kept.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** The latest day any of the spans allows: a goal's deadline is the end of its whole period. */
export function latestSpan(spans: readonly TimeSpan[]): TimeSpan | undefined {
  let latest: TimeSpan | undefined;
  for (const span of spans) {
    // On a tie the fuller expression is the better evidence: "by September 30, 2027" over "Q3".
    if (!latest || span.day > latest.day || (span.day === latest.day && length(span) > length(latest))) {
      latest = span;
    }
  }
  return latest;
}

const length = (span: TimeSpan) => span.evidence.end - span.evidence.start;

/** "by", "within", "before the end of" and the like belong to the deadline a UI underlines. */
const LEAD_IN =
  /(?:\b(?:by|before|until|till|through|thru|in|during|within|on or before|no later than|ahead of|on)\s+)?(?:the\s+)?(?:(?:end|close|middle)\s+of\s+(?:the\s+)?|mid[- ]?)?$/i;

function withLeadIn(goal: string, evidence: Evidence): Evidence {
  const from = Math.max(0, evidence.start - 40);
  const lead = LEAD_IN.exec(goal.slice(from, evidence.start));
  return lead && lead[0] ? evidenceAt(goal, evidence.start - lead[0].length, evidence.end) : evidence;
}

// ---- sales periods -------------------------------------------------------------------------

type Resolver = (match: RegExpMatchArray, today: Date) => Date | undefined;

const END_OF = String.raw`(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?)?`;
/** A year after a quarter or half: "Q3 2027", "Q3 '27", "Q3 FY27", "Q3-27", "H2 of 2027". */
const PERIOD_YEAR = String.raw`(?:\s*(?:of\s+)?(?:(?:FY|CY|fiscal(?:\s+year)?|calendar(?:\s+year)?)\s*[-']?\s*(\d{4}|\d{2})|'(\d{2})|(\d{4})|[-/](\d{2}))(?![\w%]))?`;
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** "27" is 2027; a four-digit year is itself. */
function fullYear(text: string): number {
  const digits = Number(text.replace(/^'/, ''));
  return digits < 100 ? 2000 + digits : digits;
}

function yearFrom(groups: ReadonlyArray<string | undefined>): number | undefined {
  const found = groups.find((g) => g !== undefined);
  return found === undefined ? undefined : fullYear(found);
}

/** The period in the given year, or, with no year named, the next one that has not ended. */
function nextEnding(today: Date, year: number | undefined, end: (year: number) => Date): Date {
  if (year !== undefined) return end(year);
  const thisYear = end(today.getFullYear());
  return thisYear < today ? end(today.getFullYear() + 1) : thisYear;
}

const quarterEnd = (quarter: number) => (year: number) => endOfQuarter(new Date(year, (quarter - 1) * 3, 1));
const halfEnd = (half: number) => (year: number) => endOfMonth(new Date(year, half === 1 ? 5 : 11, 1));
const yearEnd = (year: number) => endOfYear(new Date(year, 0, 1));

const DURATION_UNIT: Record<string, (date: Date, n: number) => Date> = {
  day: addDays,
  week: addWeeks,
  month: addMonths,
  quarter: addQuarters,
  year: addYears,
};

const PERIOD_END: Record<string, (date: Date) => Date> = {
  day: (date) => date,
  daily: (date) => date,
  week: (date) => endOfWeek(date, { weekStartsOn: 1 }),
  weekly: (date) => endOfWeek(date, { weekStartsOn: 1 }),
  month: endOfMonth,
  monthly: endOfMonth,
  quarter: endOfQuarter,
  quarterly: endOfQuarter,
  year: endOfYear,
  yearly: endOfYear,
  annually: endOfYear,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const CODE_UNIT: Record<string, string> = { Q: 'quarter', M: 'month', W: 'week' };

const NUM = String.raw`(\d+|an?|${NUMBER_WORD_SOURCE})`;

const PERIODS: ReadonlyArray<{ pattern: RegExp; resolve: Resolver }> = [
  {
    // Q3, Q3 2027, 3Q 2027, third quarter of 2027, end of Q2, Q3 FY27
    pattern: new RegExp(
      String.raw`\b${END_OF}(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th|final)\s+quarter)${PERIOD_YEAR}(?![\w%])`,
      'gi',
    ),
    resolve: (m, today) => {
      const quarter = Number(m[1] ?? m[2] ?? ORDINAL[(m[3] ?? '').toLowerCase()]);
      return nextEnding(today, yearFrom([m[4], m[5], m[6], m[7]]), quarterEnd(quarter));
    },
  },
  {
    // H1, H2 2027, second half of 2027, first half of the year
    pattern: new RegExp(
      String.raw`\b${END_OF}(?:H([12])|(first|second|1st|2nd)\s+half(?:\s+of\s+(?:the\s+)?(?:year|FY))?)${PERIOD_YEAR}(?![\w%])`,
      'gi',
    ),
    resolve: (m, today) => {
      const half = m[1] ? Number(m[1]) : ORDINAL[(m[2] ?? '').toLowerCase()];
      return nextEnding(today, yearFrom([m[3], m[4], m[5], m[6]]), halfEnd(half));
    },
  },
  {
    pattern: /\bmid[- ]?(?:year|(199\d|20\d\d))\b/gi,
    resolve: (m, today) => nextEnding(today, m[1] ? Number(m[1]) : undefined, halfEnd(1)),
  },
  {
    // FY27, FY 2027, FY-27, CY2027, fiscal 2027, fiscal year 2027 (fiscal years are calendar years)
    pattern: new RegExp(
      String.raw`\b${END_OF}(?:(?:FY|CY)\s*[-']?\s*(\d{4}|\d{2})|(?:fiscal|calendar)\s+(?:year\s+)?'?(\d{4}|\d{2}))(?![\w%])`,
      'gi',
    ),
    resolve: (m) => yearEnd(fullYear(m[1] ?? m[2])),
  },
  {
    pattern: new RegExp(
      String.raw`\b${END_OF}(?:(this|the|current|next)\s+)?(?:fiscal\s+year|FY)(?:[- ]?end)?\b`,
      'gi',
    ),
    resolve: (m, today) => endOfYear(m[1]?.toLowerCase() === 'next' ? addYears(today, 1) : today),
  },
  {
    pattern:
      /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+)?year|(?:calendar\s+)?year[- ]?end|end[- ]of[- ]year|EOY|close\s+of\s+(?:the\s+)?year|(?:this|current)\s+(?:calendar\s+)?year|(?:all|the\s+whole|the\s+full|the\s+entire|throughout\s+the)\s+year)\b/gi,
    resolve: (_m, today) => endOfYear(today),
  },
  {
    pattern: /\b(?:(?:the\s+)?end\s+of\s+)?next\s+year\b/gi,
    resolve: (_m, today) => endOfYear(addYears(today, 1)),
  },
  {
    // this quarter, end of the quarter, quarter-end, EOQ, next quarter; and the same for
    // months, weeks and halves. A bare "the quarter" needs a preposition before it.
    pattern:
      /\b(?:(?:(?:the\s+)?end\s+of\s+)?(?:(this|current|next|coming|following|(?<=\b(?:end\s+of|in|during|by|within)\s+)the)\s+)(quarter|month|week|half)|(quarter|month|week)[- ]end|EO(Q|M|W))\b/gi,
    resolve: (m, today) => {
      const unit = (m[2] ?? m[3] ?? CODE_UNIT[(m[4] ?? '').toUpperCase()]).toLowerCase();
      const next = /^(next|coming|following)$/i.test(m[1] ?? '');
      if (unit === 'half') {
        const half = today.getMonth() < 6 ? 1 : 2;
        const end = halfEnd(half)(today.getFullYear());
        return next ? endOfMonth(addMonths(end, 6)) : end;
      }
      const start = next ? DURATION_UNIT[unit](today, 1) : today;
      return PERIOD_END[unit](start);
    },
  },
  {
    // within 90 days, in six weeks, over the next 3 months, next 30 business days
    pattern: new RegExp(
      String.raw`\b(?:(?:within|in|over|during|for)\s+(?:the\s+)?(?:(?:next|coming|following)\s+)?|(?:the\s+)?(?:next|coming|following)\s+)${NUM}\s+(business\s+|working\s+)?(day|week|month|quarter|year)s?\b`,
      'gi',
    ),
    resolve: (m, today) => {
      const n = smallNumber(m[1]);
      if (n === undefined || n > 10_000) return undefined;
      const unit = m[3].toLowerCase();
      if (m[2] && unit === 'day') return addBusinessDays(today, n);
      return DURATION_UNIT[unit](today, n);
    },
  },
  {
    // "by May", "in June", "end of March": chrono skips some of these ("by May"), and a month
    // with a day or year after it is left to chrono.
    pattern: new RegExp(
      String.raw`\b(?:(?:by|before|until|till|in|during|through)\s+(?:the\s+)?(?:(?:end|close|middle)\s+of\s+)?|(?:the\s+)?(?:end|close)\s+of\s+|mid[- ]?)(${MONTH_NAMES})\b(?![\s,.]*\d)`,
      'gi',
    ),
    resolve: (m, today) => {
      const month = MONTHS.findIndex((name) => m[1].toLowerCase().startsWith(name));
      return month < 0 ? undefined : nextEnding(today, undefined, (y) => endOfMonth(new Date(y, month, 1)));
    },
  },
  {
    // A cadence sets a period too: "50 calls a week" is due by the end of this week.
    pattern:
      /\b(?:(?:per|a|an|each|every)\s+(day|week|month|quarter|year)(?!\s+ago\b)|(daily|weekly|monthly|quarterly|yearly|annually))\b/gi,
    resolve: (m, today) => PERIOD_END[(m[1] ?? m[2]).toLowerCase()](today),
  },
  {
    // 2027, by 2028, end of 2027, CY2027; but not the count in "2000 customers"
    pattern:
      /(?<![$€£¥₹\d.,/-])\b(?:(?:the\s+)?end\s+of\s+)?(199\d|20\d\d)\b(?![%\d]|[.,]\d|\s*(?:k|m|bn|million|thousand|percent)\b|[/-]\d)/gi,
    resolve: (m) => {
      const after = m.input?.slice((m.index ?? 0) + m[0].length) ?? '';
      return COUNT_NOUN_AFTER.test(after) ? undefined : yearEnd(Number(m[1]));
    },
  },
];

function periodSpans(goal: string, today: Date): TimeSpan[] {
  const spans: TimeSpan[] = [];
  for (const { pattern, resolve } of PERIODS) {
    for (const m of goal.matchAll(pattern)) {
      const date = resolve(m, today);
      if (date && !Number.isNaN(date.getTime())) {
        spans.push({ day: dayFromDate(date), evidence: evidenceAt(goal, m.index, m.index + m[0].length) });
      }
    }
  }
  return spans;
}

// ---- ordinary dates, by chrono -------------------------------------------------------------

const PARSERS: Record<DateOrder, chrono.Chrono> = { MDY: chrono.en.casual, DMY: chrono.en.GB };

/** Words that are months or weekdays only sometimes: "we may", "march on", "sun", "sat". */
const AMBIGUOUS_WORD =
  /^(?:may|march|mar|sun|sat|wed|mon|tue|tues|thu|thur|thurs|fri|second|jan|jun|aug|oct|nov|dec)$/i;
/** A year-less slash date could be "24/7" or a fraction. */
const BARE_SLASH_DATE = /^\d{1,2}\/\d{1,2}$/;
const DEADLINE_WORD_BEFORE =
  /\b(?:by|before|until|till|through|in|on|during|since|end\s+of|mid|next|this|from|to)[\s-]+(?:the\s+)?$/i;

function chronoSpans(goal: string, today: Date, order: DateOrder): TimeSpan[] {
  const spans: TimeSpan[] = [];
  for (const result of PARSERS[order].parse(goal, today, { forwardDate: true })) {
    if (!isDateLike(goal, result)) continue;
    const date = chronoDeadline(result, today);
    if (date && !Number.isNaN(date.getTime())) {
      const evidence = evidenceAt(goal, result.index, result.index + result.text.length);
      spans.push({ day: dayFromDate(date), evidence });
    }
  }
  return spans;
}

/**
 * A relative result needs a word that makes it a deadline: chrono reads "10 days" in "cut the
 * cycle by 10 days" and even the "1M" of "$1M" as durations from today.
 */
const RELATIVE_LEAD = /^(?:in|within|over|during|for|next|after|the\s+next)\b/i;
const RELATIVE_LEAD_BEFORE = /\b(?:in|within|over|during|for|after)\s+(?:the\s+)?(?:next\s+)?$/i;

/** Keeps dates and lead-in durations; drops times of day ("at 5", "from 20"), "now" and ambiguous words. */
function isDateLike(goal: string, result: chrono.ParsedResult): boolean {
  const c = result.start;
  const tags = result.tags();
  const relative = tags.has('result/relativeDate');
  const dated = ['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k as chrono.Component));
  if ((!dated && !relative) || tags.has('casualReference/now')) return false;
  const text = result.text.trim();
  const before = goal.slice(Math.max(0, result.index - 20), result.index);
  if (relative && !RELATIVE_LEAD.test(text) && !RELATIVE_LEAD_BEFORE.test(before)) return false;
  const weak = (!/\s/.test(text) && AMBIGUOUS_WORD.test(text)) || BARE_SLASH_DATE.test(text);
  return !weak || DEADLINE_WORD_BEFORE.test(before);
}

/**
 * The last day a chrono result allows: a named day is itself; a month alone ("by June") is its
 * last day, in the year it next ends; a year alone is December 31.
 */
function chronoDeadline(result: chrono.ParsedResult, today: Date): Date | undefined {
  const c = result.end ?? result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (result.tags().has('result/relativeDate') || c.isCertain('day') || c.isCertain('weekday')) {
    return new Date(year, month - 1, day);
  }
  if (c.isCertain('month')) {
    const end = (y: number) => endOfMonth(new Date(y, month - 1, 1));
    return c.isCertain('year') ? end(year) : nextEnding(today, undefined, end);
  }
  if (c.isCertain('year')) return yearEnd(year);
  return undefined;
}
