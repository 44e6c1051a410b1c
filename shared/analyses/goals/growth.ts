import type { FoundQuantity, Multiplier } from './quantity';
import { evidenceAt } from './text';
import type { Evidence } from './types';
import { DOWN_VERB, UP_VERB } from './vocabulary';

/** A change the goal states, as a fraction: 0.5 is +50%, -0.3 is 30% less. */
export interface Growth {
  /** NaN when the baseline is zero, so no ratio exists. */
  growth: number;
  evidence: Evidence;
  baseline?: FoundQuantity;
  target?: FoundQuantity;
}

const HEDGE = String.raw`(?:(?:about|around|roughly|approximately|approx\.?|just|only|at\s+least|over|under|below|above|nearly|almost)\s+)?`;
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${HEDGE}$`, 'i');
const TO_BEFORE = new RegExp(String.raw`\b(?:to|up\s+to)\s+${HEDGE}$`, 'i');
/** Up to three words may sit between: "from 20% win rate to 35%". */
const TO_BETWEEN = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:to|up\s+to|into|->|→|–|—|-)\s*${HEDGE}$`,
  'i',
);
const FROM_BETWEEN = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,3}?from\s+${HEDGE}$`, 'i');

/** Every stated change: "from X to Y", "to Y from X", "by 15%", "15% growth", "double", "3x". */
export function findGrowth(
  goal: string,
  quantities: readonly FoundQuantity[],
  multipliers: readonly Multiplier[],
): Growth[] {
  const ranges = fromToRanges(goal, quantities);
  const inRange = new Set(ranges.flatMap((r) => [r.baseline, r.target]));
  const rates = quantities
    .filter((q) => !inRange.has(q))
    .map((q) => statedRate(goal, q))
    .filter((g): g is Growth => g !== undefined);
  const factors = multipliers.map((m) => ({ growth: m.factor - 1, evidence: m.evidence }));
  return [...ranges, ...rates, ...factors].sort((a, b) => a.evidence.start - b.evidence.start);
}

function fromToRanges(goal: string, quantities: readonly FoundQuantity[]): Growth[] {
  const ranges: Growth[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const first = quantities[i];
    const second = quantities[i + 1];
    const before = goal.slice(Math.max(0, first.evidence.start - 30), first.evidence.start);
    const between = goal.slice(first.evidence.end, second.evidence.start);
    let baseline: FoundQuantity;
    let target: FoundQuantity;
    if (FROM_BEFORE.test(before) && TO_BETWEEN.test(between)) [baseline, target] = [first, second];
    else if (TO_BEFORE.test(before) && FROM_BETWEEN.test(between)) [baseline, target] = [second, first];
    else continue;
    const lined = lineUp(baseline, target);
    if (!lined) continue;
    const start = Math.min(baseline.evidence.start, target.evidence.start);
    const lead = (FROM_BEFORE.exec(before) ?? TO_BEFORE.exec(before))?.[0].length ?? 0;
    const end = Math.max(baseline.evidence.end, target.evidence.end);
    ranges.push({
      growth:
        lined.baseline.value === 0 ? NaN : (lined.target.value - lined.baseline.value) / lined.baseline.value,
      evidence: evidenceAt(goal, start - lead, end),
      baseline: lined.baseline,
      target: lined.target,
    });
    i++;
  }
  return ranges;
}

/**
 * Brings "from 20 to 35%" and "from 1.2 to 1.5M" to one unit and scale: a bare number takes the
 * unit, and a small one the scale, of the other end. Amounts and percentages never mix.
 */
function lineUp(
  baseline: FoundQuantity,
  target: FoundQuantity,
): { baseline: FoundQuantity; target: FoundQuantity } | undefined {
  // Same unit: the values already carry their own scale ("from 1.2M to 1,500,000").
  if (baseline.unit === target.unit) return { baseline, target };
  const adopt = (bare: FoundQuantity, model: FoundQuantity): FoundQuantity | undefined => {
    if (bare.unit !== 'count' || bare.scale !== 1 || bare.words) return undefined;
    if (model.unit === 'percent') return { ...bare, unit: 'percent', value: bare.written / 100 };
    const scale = bare.written < 1000 ? model.scale : 1;
    return { ...bare, unit: model.unit, scale, value: bare.written * scale };
  };
  const b = adopt(baseline, target);
  if (b) return { baseline: b, target };
  const t = adopt(target, baseline);
  return t ? { baseline, target: t } : undefined;
}

const BY_BEFORE =
  /\bby\s+(?:(?:at\s+least|over|more\s+than|about|around|another|an\s+additional|a\s+further)\s+)?$/i;
const GROWTH_AFTER = /^\s*(?:growth|increase|more|higher|uplift|up|YoY|y\/y|year[- ](?:over|on)[- ]year)\b/i;
const DROP_AFTER = /^\s*(?:less|lower|fewer|decrease|reduction|down)\b/i;
/** "to 30%", "of quota", "at 20%" name a level, not a change. */
const LEVEL_BEFORE =
  /\b(?:to|of|at|from|reach|reaching|hit|hitting|above|below|under|over|maintain|keep|least)\s+$/i;

/**
 * A percentage stated as a change: "by 15%", "15% growth", "grow revenue 20%". The direction comes
 * from the nearest verb before it ("reduce churn by 20%" is a fall). Points are a change of level,
 * so they are not a relative growth.
 */
function statedRate(goal: string, q: FoundQuantity): Growth | undefined {
  if (q.unit !== 'percent' || q.points) return undefined;
  const before = goal.slice(Math.max(0, q.evidence.start - 60), q.evidence.start);
  const after = goal.slice(q.evidence.end, q.evidence.end + 30);
  const verb = nearestDirection(before);
  let sign: number | undefined;
  if (GROWTH_AFTER.test(after)) sign = 1;
  else if (DROP_AFTER.test(after)) sign = -1;
  else if (BY_BEFORE.test(before) || (verb && !LEVEL_BEFORE.test(before))) sign = verb;
  if (!sign) return undefined;
  return { growth: sign * q.value, evidence: q.evidence };
}

/** +1 for the last "increase"-like verb before, -1 for "reduce"-like, undefined for neither. */
function nearestDirection(before: string): 1 | -1 | undefined {
  const up = lastIndex(before, UP_VERB);
  const down = lastIndex(before, DOWN_VERB);
  if (up < 0 && down < 0) return undefined;
  return up > down ? 1 : -1;
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}
