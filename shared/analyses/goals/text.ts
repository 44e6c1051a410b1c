import type { Evidence } from './types';
import { percentPoints } from '../../ground/words';

/**
 * Evidence is always cut from the goal text itself, clamped and trimmed, so the invariant
 * `goal.slice(start, end) === text` holds whatever a matcher or a library reported.
 */
export function evidenceAt(goal: string, start: number, end: number): Evidence {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.min(goal.length, Math.floor(n))) : 0);
  let from = clamp(start);
  let to = Math.max(from, clamp(end));
  while (from < to && /\s/.test(goal[from])) from++;
  while (to > from && /\s/.test(goal[to - 1])) to--;
  return { start: from, end: to, text: goal.slice(from, to) };
}

/** Every non-empty match of a global regex, as evidence. */
export function findAll(goal: string, pattern: RegExp): Evidence[] {
  const found: Evidence[] = [];
  for (const m of goal.matchAll(pattern)) {
    if (m[0].length > 0) found.push(evidenceAt(goal, m.index, m.index + m[0].length));
  }
  return found;
}

export function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapsAny(span: Evidence, others: readonly Evidence[]): boolean {
  return others.some((other) => overlaps(span, other));
}

/** Sorted by position, and a span inside (or equal to) an earlier, longer one dropped. */
export function dedupe(spans: readonly Evidence[]): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Evidence[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start >= last.start && span.end <= last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** `"a", "b" and "c"` for reasons; at most `max` named, then "and N more". */
export function quoteList(spans: readonly Evidence[], max = 3): string {
  const names = [...new Set(spans.map((s) => `"${s.text}"`))];
  const shown = names.slice(0, max);
  if (names.length > max) shown.push(`${names.length - max} more`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

// ---- number words --------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000 };

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');

/** Counts written as words: "twelve", "twenty-five", "a dozen", "two hundred". */
export const NUMBER_WORD_SOURCE = String.raw`(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|(?:${UNIT_WORDS}))(?:\s+(?:dozen|hundred|thousand))?|a\s+(?:dozen|hundred|thousand)`;

export const NUMBER_WORDS = new RegExp(String.raw`\b(?:${NUMBER_WORD_SOURCE})\b`, 'gi');

/** The value of a phrase NUMBER_WORDS matched, e.g. "twenty-five" → 25, "a dozen" → 12. */
export function numberWordValue(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/);
  let value = 0;
  for (const word of words) {
    if (word === 'a') value = 1;
    else if (word in UNITS) value += UNITS[word];
    else if (word in TENS) value += TENS[word];
    else if (word in MULTIPLIERS) value = (value || 1) * MULTIPLIERS[word];
    else return undefined;
  }
  return value;
}

/** "12" or "twelve" → 12; "a"/"an" → 1; anything else undefined. */
export function smallNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  if (/^\d+$/.test(lower)) return Number(lower);
  return numberWordValue(lower);
}

/** Percent, with at most one decimal, for reasons: 0.75 → "75%". */
export function percentText(fraction: number): string {
  if (!Number.isFinite(fraction)) return 'unbounded';
  return `${percentPoints(fraction)}%`;
}
