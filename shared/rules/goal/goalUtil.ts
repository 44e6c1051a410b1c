import { endOfQuarter, startOfQuarter } from 'date-fns';
import { cellLocation } from '../../ground/address';
import type { Goal, GoalField, GoalsTable } from '../../sheets/kinds/goals';
import { cellOf, rawCell } from '../../sheets/table';
import type { GoalAnalysis } from '../../analyses/goals/smart';
import type { QuickFix } from '../../ground/types';
import { dateFromDay, dayFromDate, formatDay, type DayNumber } from '../../ground/values';
import { analyzeGoal } from '../../analyses/goals/smart';
import type { Evidence, GrowthDriver } from '../../analyses/goals/types';
import { DOWN_VERB, GOAL_VERBS } from '../../analyses/goals/vocabulary';
import { money, percent, quoted } from '../util';

/** A goal whose Status says it is finished or abandoned no longer competes for attention. */
const INACTIVE = /\b(?:done|complete|completed|achieved|cancell?ed|closed|dropped)\b/i;

export function isActive(goal: Goal): boolean {
  return goal.status === undefined || !INACTIVE.test(goal.status);
}

/** A row worth judging as a goal statement: it has text and is still being worked on. */
export function hasActiveText(goal: Goal): goal is Goal & { text: string } {
  return goal.text !== undefined && isActive(goal);
}

// ---- time ----------------------------------------------------------------------------------

/** The goal's deadline: its Due cell, else the latest period its text names. */
export function deadlineOf(goal: Goal, a: GoalAnalysis): DayNumber | undefined {
  return goal.due ?? a.deadline?.day;
}

const NAMES_A_QUARTER = /\bQ[1-4]\b|\bquarter\b/i;

/**
 * First day of the goal's period: its Start cell; else, when the text named a quarter, the first day
 * of the deadline's quarter; else January 1 of the deadline's year.
 */
export function periodStart(goal: Goal, a: GoalAnalysis, deadline: DayNumber): DayNumber {
  if (goal.start !== undefined) return goal.start;
  const date = dateFromDay(deadline);
  const evidence = a.deadline?.evidence.text ?? '';
  if (NAMES_A_QUARTER.test(evidence)) return dayFromDate(startOfQuarter(date));
  return dayFromDate(new Date(date.getFullYear(), 0, 1));
}

/** The last day of the quarter that follows the as-of day: a deadline a quick fix can propose. */
export function endOfThisQuarter(asOf: DayNumber): DayNumber {
  return dayFromDate(endOfQuarter(dateFromDay(asOf + 1)));
}

// ---- numbers -------------------------------------------------------------------------------

/** What a goal aims at: its Target cell, else the text's "to Y", else the text's main quantity. */
export function targetOf(goal: Goal, a: GoalAnalysis): number | undefined {
  return goal.target ?? a.target ?? a.quantity?.value;
}

export function baselineOf(goal: Goal, a: GoalAnalysis): number | undefined {
  return goal.baseline ?? a.baseline;
}

/** A number as the sheet shows it: the cell's own text when it is text ("$1.2M", "35%"). */
export function shownNumber(table: GoalsTable, goal: Goal, field: GoalField, value: number): string {
  const raw = rawCell(table, goal, field);
  return typeof raw === 'string' && raw.trim() ? raw.trim() : money(value);
}

// ---- drivers -------------------------------------------------------------------------------

export const DRIVER_LABELS: Record<GrowthDriver, string> = {
  'new-customers': 'New customers',
  'products-services': 'Products and services',
  'market-expansion': 'Market expansion',
  profitability: 'Profitability',
  brand: 'Brand-building',
};

// ---- rewrites ------------------------------------------------------------------------------

/** Verbs that move a level up or down: they read naturally with "from X to Y". */
const CHANGE_VERBS = new Set(
  (
    'increase grow raise boost lift improve expand reduce cut lower decrease accelerate scale drive ' +
    'double triple shrink shorten'
  ).split(' '),
);

/** Words left dangling at the edges of an object once quantities and dates are taken out. */
const EDGE_WORDS = new Set(
  'from to by in of on at for and or with more less the our a an than per within before until up down'.split(
    ' ',
  ),
);

function mask(text: string, spans: readonly Evidence[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** The goal's object in its own words: the text without its verb, quantities, range and deadline. */
function objectWords(
  goal: Goal & { text: string },
  a: GoalAnalysis,
  verb: Evidence | undefined,
): string | undefined {
  const spans = [
    ...(verb ? [verb] : []),
    // A number that says which things the goal is about stays with them: "the 3 new hires".
    ...a.criteria.M.evidence.filter((e) => liftable(goal.text, e)),
    ...a.criteria.T.evidence,
    ...(a.criteria.A.evidence ?? []),
  ];
  const words = mask(goal.text, spans)
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?]+$/, ''))
    .filter(Boolean);
  while (words.length && EDGE_WORDS.has(words[0].toLowerCase())) words.shift();
  while (words.length && EDGE_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.length ? words.join(' ') : undefined;
}

function firstWord(text: string): Evidence | undefined {
  const m = /^\s*([\p{L}][\p{L}-]*)/u.exec(text);
  if (!m) return undefined;
  const start = m[0].length - m[1].length;
  return { start, end: m[0].length, text: m[1] };
}

/** "Average deal size" reads mid-sentence as "average deal size"; "ARR" stays as it is. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "by Q3 2027" → "Q3 2027": the rewrite adds its own "by". */
function dateWords(goal: Goal, a: GoalAnalysis): string | undefined {
  if (goal.due !== undefined) return formatDay(goal.due);
  const text = a.deadline?.evidence.text;
  return text?.replace(/^(?:by|before|until|till|through|thru|in|during|on|no later than)\s+/i, '');
}

function textNumber(value: number, unit: string | undefined): string {
  if (unit === 'percent') return percent(value);
  if (unit === 'currency') return `$${money(value)}`;
  return money(value);
}

/**
 * A rewrite built from the goal's own words: its verb, its object, its numbers and its deadline,
 * with an angle-bracket slot for each part it lacks, e.g. "Sell more" →
 * "Increase <metric> from <baseline> to <target> by <date>". A goal with no verb of its own gets
 * one in its own direction ("Reduce" when it aims down); `narrow` adds a slot before a broad object.
 */
export function rewrite(
  table: GoalsTable,
  goal: Goal & { text: string },
  a: GoalAnalysis,
  options: { narrow?: boolean } = {},
): string {
  const first = firstWord(goal.text);
  const S = a.criteria.S;
  const vague = !S.pass && !S.broad;
  const inVagueAim =
    first !== undefined && vague && S.evidence.some((e) => e.start <= first.start && e.end >= first.end);
  const verb = first && looksLikeVerb(first.text) && !inVagueAim ? first : undefined;
  const words = (goal.metric && lowerFirst(goal.metric)) ?? (vague ? undefined : objectWords(goal, a, verb));
  const slot = options.narrow && S.broad ? '<segment, product or region> ' : '';
  const object = words === undefined ? '<metric>' : slot + words;
  const date = dateWords(goal, a) ?? '<date>';

  const unit = a.quantity?.unit;
  const target =
    goal.target !== undefined
      ? shownNumber(table, goal, 'target', goal.target)
      : a.target !== undefined
        ? textNumber(a.target, unit)
        : a.quantity && liftable(goal.text, a.quantity.evidence)
          ? a.quantity.evidence.text
          : undefined;
  const baseline =
    goal.baseline !== undefined
      ? shownNumber(table, goal, 'baseline', goal.baseline)
      : a.baseline !== undefined
        ? textNumber(a.baseline, unit)
        : undefined;

  const ownChange = verb !== undefined && CHANGE_VERBS.has(verb.text.toLowerCase());
  const range = baseline !== undefined && target !== undefined;
  if (!verb || ownChange || range) {
    const verbText = ownChange ? capital(verb.text) : aimsDown(goal, a) ? 'Reduce' : 'Increase';
    // "Grow retail revenue 10%": a relative change needs no baseline.
    if (baseline === undefined && goal.target === undefined && a.target === undefined && unit === 'percent')
      return `${verbText} ${object} by ${target} by ${date}`;
    return `${verbText} ${object} from ${baseline ?? '<baseline>'} to ${target ?? '<target>'} by ${date}`;
  }
  const of = unit === 'currency' || /^[$€£¥₹]/.test(target ?? '') ? ' of' : '';
  return `${capital(verb.text)} ${target ?? '<target>'}${of} ${object} by ${date}`;
}

const DOWN_WORDS = /\b(?:down|fewer|less|lower|minimi[sz]e|eliminate|zero|no more)\b/i;

/** Whether the goal aims down: its numbers fall ("from 1,200 to 0"), or its words say so. */
function aimsDown(goal: Goal & { text: string }, a: GoalAnalysis): boolean {
  const from = baselineOf(goal, a);
  const to = goal.target ?? a.target;
  if (from !== undefined && to !== undefined && from !== to) return to < from;
  DOWN_VERB.lastIndex = 0;
  return DOWN_VERB.test(goal.text) || DOWN_WORDS.test(goal.text);
}

/**
 * Whether a count the text names can stand as the rewrite's target. One that only says which
 * things the goal is about ("onboarding for the 3 new hires", "our 5 partners") is no level to
 * reach, and lifting it would put words in the goal's mouth.
 */
function liftable(text: string, evidence: Evidence): boolean {
  return !/\b(?:the|our|these|those|their|its|my|all|each|every)\s*$/i.test(text.slice(0, evidence.start));
}

const MORE_VERBS = new Set(
  'hire hold keep cut add gain onboard retain renew convert ship enter open run'.split(' '),
);

function looksLikeVerb(word: string): boolean {
  const w = word.toLowerCase();
  return CHANGE_VERBS.has(w) || GOAL_VERBS.has(w) || MORE_VERBS.has(w);
}

// ---- compound goals ------------------------------------------------------------------------

const JOINER = /\s+(?:and|&|plus|as well as)\s+|\s*;\s*/gi;

/** A part stands as a goal when it names its object and a quantity to reach. */
function stands(text: string, asOf: DayNumber): boolean {
  const a = analyzeGoal(text, { asOf });
  return a.criteria.S.pass && a.criteria.M.pass;
}

/**
 * "Grow retail revenue 10% and hire two reps by Q3" → ["Grow retail revenue 10% by Q3", "Hire two
 * reps by Q3"]: two goals joined into one, each standing on its own. A deadline at the end is
 * shared by both parts.
 */
export function splitCompound(goal: Goal & { text: string }, asOf: DayNumber): [string, string] | undefined {
  const text = goal.text.trim();
  for (const m of text.matchAll(JOINER)) {
    let first = text.slice(0, m.index).trim();
    const second = capital(text.slice(m.index + m[0].length).trim());
    const deadline = analyzeGoal(second, { asOf }).deadline;
    if (
      deadline &&
      deadline.evidence.end === second.replace(/[.!]+$/, '').length &&
      !analyzeGoal(first, { asOf }).deadline
    )
      first = `${first} ${deadline.evidence.text}`;
    if (stands(first, asOf) && stands(second, asOf)) return [first, second];
  }
  return undefined;
}

/** Writes the first part into the goal cell and the second under the last goal of the table. */
export function splitFix(table: GoalsTable, goal: Goal, asOf: DayNumber): QuickFix[] {
  if (!hasActiveText(goal) || table.columns.goal === undefined) return [];
  const parts = splitCompound(goal, asOf);
  if (!parts) return [];
  const lastRow = table.rows.reduce((max, g) => Math.max(max, g.row), table.headerRow);
  return [
    {
      title: `Split into two goals: ${quoted(parts[0], 40)} and ${quoted(parts[1], 40)}`,
      edits: [
        {
          location: cellOf(table, goal, 'goal'),
          value: parts[0],
          previous: rawCell(table, goal, 'goal') ?? null,
        },
        {
          location: cellLocation(table.sheet, lastRow + 1, table.columns.goal),
          value: parts[1],
          previous: null,
        },
      ],
    },
  ];
}
