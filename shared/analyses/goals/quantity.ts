import { evidenceAt, NUMBER_WORD_SOURCE, NUMBER_WORDS, numberWordValue, overlapsAny } from './text';
import type { Evidence, Quantity } from './types';
import { COUNT_NOUN_AFTER } from './vocabulary';

/** A quantity with what "from X to Y" needs to line up X with Y. */
export interface FoundQuantity extends Quantity {
  /** The number as written, before k/M/million. */
  written: number;
  /** 1 unless written with k, M, million and the like. */
  scale: number;
  /** Percentage points ("5 points"): a change in level, not a relative growth. */
  points: boolean;
  /** Written in words ("twelve"), not digits. */
  words: boolean;
}

/** "double", "3x", "tenfold": growth written as a factor. */
export interface Multiplier {
  factor: number;
  evidence: Evidence;
}

const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|JPY|INR|CHF|SEK|NOK|DKK|SGD';
const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  thousand: 1e3,
  million: 1e6,
  mio: 1e6,
  billion: 1e9,
};

/**
 * A written number with what may surround it: a currency sign or code before, a scale (k, M,
 * million), a percent sign or "points", a currency after. Digits glued to letters ("Q3", "FY27",
 * "10x", "3rd") are not quantities, and neither are the parts of "24/7" or "2027-03-31".
 */
const NUMERIC = new RegExp(
  String.raw`(?<![\w.,/-])([$€£¥₹]\s?|(?:${CODES})\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(k|mm|mn|m|bn|b)\b|\s?(thousand|million|mio|billion)\b)?(?:\s?(%|percent\b|per\s?cent\b|percentage\s+points?\b|pp\b|pts?\b|points?\b))?(?:\s?(${CODES}|dollars?|euros?|pounds?|bucks)\b)?(?![\w/]|[.,]\d)`,
  'gi',
);

/** "one" the pronoun ("no one", "one of", "one-on-one") is not a count. */
const PRONOUN_ONE_BEFORE = /\b(?:no|any|every|each|some|which|the)\s+$/i;
const PRONOUN_ONE_AFTER = /^(?:\s+of\b|-on-)/i;

/** Numbers, amounts, percentages and counts in words, outside the given time spans. */
export function findQuantities(goal: string, timeSpans: readonly Evidence[]): FoundQuantity[] {
  const found = [...numericQuantities(goal), ...wordQuantities(goal)].filter(
    (q) => !overlapsAny(q.evidence, timeSpans),
  );
  return found.sort((a, b) => a.evidence.start - b.evidence.start);
}

function numericQuantities(goal: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of goal.matchAll(NUMERIC)) {
    const [all, before, digits, letterScale, wordScale, percent, after] = m;
    const written = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(written)) continue;
    const scale = SCALE[(letterScale ?? wordScale ?? '').toLowerCase()] ?? 1;
    const evidence = evidenceAt(goal, m.index, m.index + all.length);
    const rest = goal.slice(evidence.end);
    const points = percent !== undefined && !/%|cent/i.test(percent);
    let unit: Quantity['unit'] = 'count';
    if (percent) unit = 'percent';
    else if (before || after) unit = 'currency';
    // "250k" in a sales goal is money, but "10k users" counts users.
    else if (scale !== 1 && !COUNT_NOUN_AFTER.test(rest)) unit = 'currency';
    const value = unit === 'percent' ? written / 100 : written * scale;
    found.push({ value, unit, evidence, written, scale, points, words: false });
  }
  return found;
}

function wordQuantities(goal: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of goal.matchAll(NUMBER_WORDS)) {
    if (/^one$/i.test(m[0])) {
      const before = goal.slice(Math.max(0, m.index - 10), m.index);
      const after = goal.slice(m.index + m[0].length);
      if (PRONOUN_ONE_BEFORE.test(before) || PRONOUN_ONE_AFTER.test(after)) continue;
    }
    const value = numberWordValue(m[0]);
    if (value === undefined) continue;
    const evidence = evidenceAt(goal, m.index, m.index + m[0].length);
    // "twelve percent" is written out as well as "12%".
    const percent = /^\s+(?:percent|per\s?cent)\b/i.exec(goal.slice(evidence.end));
    if (percent) {
      const span = evidenceAt(goal, evidence.start, evidence.end + percent[0].length);
      found.push({
        value: value / 100,
        unit: 'percent',
        evidence: span,
        written: value,
        scale: 1,
        points: false,
        words: true,
      });
    } else {
      found.push({ value, unit: 'count', evidence, written: value, scale: 1, points: false, words: true });
    }
  }
  return found;
}

const FACTOR_WORDS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };

const MULTIPLIER = new RegExp(
  String.raw`\b(?:(doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\b(?![\s-]+(?:digits?|down)\b)|(\d+(?:\.\d+)?)\s?x\b|(\d+|${NUMBER_WORD_SOURCE})[\s-]?fold\b|(\d+|${NUMBER_WORD_SOURCE})\s+times\s+(?:more|as\s+(?:many|much)|higher|larger|bigger|over|the)\b)`,
  'gi',
);

/** Growth written as a factor: "double" is ×2, "3x" ×3, "tenfold" ×10, "halve" ×0.5. */
export function findMultipliers(goal: string, timeSpans: readonly Evidence[]): Multiplier[] {
  const found: Multiplier[] = [];
  for (const m of goal.matchAll(MULTIPLIER)) {
    const evidence = evidenceAt(goal, m.index, m.index + m[0].length);
    if (overlapsAny(evidence, timeSpans)) continue;
    const written = m[2] ?? m[3] ?? m[4];
    const factor = m[1]
      ? FACTOR_WORDS[m[1].toLowerCase()]
      : /^\d/.test(written)
        ? Number(written)
        : numberWordValue(written.replace(/[\s-]+$/, ''));
    if (factor !== undefined && Number.isFinite(factor) && factor > 0) found.push({ factor, evidence });
  }
  return found;
}

/**
 * The quantity a goal is to reach, when it does not say "from X to Y": an amount before a
 * percentage before a count, since "12 deals worth $500k" is mostly about the money.
 */
export function mainQuantity(quantities: readonly FoundQuantity[]): FoundQuantity | undefined {
  for (const unit of ['currency', 'percent', 'count'] as const) {
    const first = quantities.find((q) => q.unit === unit);
    if (first) return first;
  }
  return undefined;
}

/** The public shape, without the fields kept for lining up "from X to Y". */
export function publicQuantity(q: FoundQuantity): Quantity {
  return { value: q.value, unit: q.unit, evidence: q.evidence };
}
