import nlp from './nlp';
import { dedupe, evidenceAt, findAll, overlapsAny, quoteList } from './text';
import type { Criterion, Evidence } from './types';
import {
  BROAD_OBJECT,
  GENERIC_NOUNS,
  GOAL_VERBS,
  NARROWING_OBJECT,
  REGION_CODE,
  VAGUE_AIM,
} from './vocabulary';

/**
 * S: does the goal say what it is about, narrowly enough that two reps read it the same way? A
 * broad object ("bookings", "renewals", "the funnel") must be narrowed: by a number, or by a named
 * activity, segment, product, region, set of accounts, stage or team. The curated sales vocabulary
 * comes first; only when it finds nothing that narrows, compromise's part-of-speech tags, for
 * objects the vocabulary cannot know ("widgets", "Zendo subscriptions", "Ohio"). Words inside a
 * vague aim ("sales performance") and inside dates or quantities never count.
 */
export function judgeSpecific(
  goal: string,
  excluded: readonly Evidence[],
  quantities: readonly Evidence[],
): Criterion {
  const vague = findAll(goal, VAGUE_AIM);
  const hidden = [...excluded, ...vague];
  const narrowing = [...findAll(goal, NARROWING_OBJECT), ...findAll(goal, REGION_CODE)].filter(
    (span) => !overlapsAny(span, hidden),
  );
  // "pipeline reviews" is an activity, not the pipeline.
  const broad = findAll(goal, BROAD_OBJECT).filter((span) => !overlapsAny(span, [...hidden, ...narrowing]));
  const tagged =
    narrowing.length === 0 && hasUnknownWord(goal, [...hidden, ...broad])
      ? taggedObjects(goal).filter((span) => !overlapsAny(span, [...hidden, ...broad]))
      : [];
  if (narrowing.length > 0 || tagged.length > 0) {
    const evidence = dedupe([...broad, ...narrowing, ...tagged]);
    const read = narrowing.length === 0 ? ' (read as a noun)' : '';
    return { letter: 'S', pass: true, evidence, reason: `names ${quoteList(evidence)}${read}` };
  }
  if (broad.length > 0 && quantities.length > 0) {
    const evidence = dedupe([...broad, ...quantities]);
    return {
      letter: 'S',
      pass: true,
      evidence,
      reason: `names ${quoteList(dedupe(broad))}, narrowed by ${quoteList(dedupe(quantities))}`,
    };
  }
  if (broad.length > 0) {
    const evidence = dedupe(broad);
    return {
      letter: 'S',
      pass: false,
      broad: true,
      evidence,
      reason: `names only ${quoteList(evidence)}, too broad on its own; ${NARROW_HINT}`,
    };
  }
  const evidence = dedupe(vague);
  const aim =
    evidence.length > 0 ? `only a general aim (${quoteList(evidence)}); ` : 'no concrete object found; ';
  return {
    letter: 'S',
    pass: false,
    evidence,
    reason: `${aim}name what the goal is about: a metric, product, segment, region or activity such as revenue, demos or EMEA`,
  };
}

/** What narrows a broad object, as messages say it. */
export const NARROW_HINT =
  'narrow it by a number, segment, product, region, set of accounts, stage, team or activity';

/** Words that are never an object, so a goal made only of them needs no tagging. */
const FUNCTION_WORDS = new Set(
  (
    'a an the our my your their its this that these those it we us you they i me and or but so to of in on ' +
    'at by for from with into onto over per than then as is are be been being do does did will would should ' +
    'must can could may might more most less better best higher lower much many very really all every each ' +
    'some any no not new up down out off again also just only'
  ).split(' '),
);

/**
 * Tagging is the costly step (about a third of a millisecond a goal), so it runs only when some
 * word outside the vague aim, dates and quantities could still be an object.
 */
function hasUnknownWord(goal: string, hidden: readonly Evidence[]): boolean {
  for (const m of goal.matchAll(/[\p{L}][\p{L}\p{N}'-]*/gu)) {
    const word = m[0].toLowerCase();
    if (word.length < 2 || FUNCTION_WORDS.has(word) || GENERIC_NOUNS.has(word) || GOAL_VERBS.has(word))
      continue;
    if (overlapsAny(evidenceAt(goal, m.index, m.index + m[0].length), hidden)) continue;
    return true;
  }
  return false;
}

/** The parts of compromise's JSON output used here. */
interface TaggedTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

const NOT_AN_OBJECT = [
  'Pronoun',
  'Date',
  'Duration',
  'Value',
  'Possessive',
  'Month',
  'WeekDay',
  'Determiner',
];
const VERB_FORMS = [
  'Infinitive',
  'Imperative',
  'Gerund',
  'PastTense',
  'Copula',
  'Modal',
  'Auxiliary',
  'PhrasalVerb',
];
/** Before these, a word compromise tags as a verb is a plural noun: "sell more widgets". */
const NOUN_LEAD = new Set(['more', 'fewer', 'new', 'the', 'our', 'additional', 'extra', 'of']);

function taggedObjects(goal: string): Evidence[] {
  const objects: Evidence[] = [];
  for (const sentence of tagTerms(goal)) {
    let previous: TaggedTerm | undefined;
    for (const term of sentence) {
      if (isObject(term, previous)) {
        const span = termSpan(goal, term);
        if (span) objects.push(span);
      }
      previous = term;
    }
  }
  return objects;
}

/**
 * compromise is a heuristic helper: if it ever fails on odd input, the goal is judged on the
 * vocabulary alone rather than failing the whole analysis.
 */
function tagTerms(goal: string): TaggedTerm[][] {
  try {
    const sentences = nlp(goal).json({ offset: true }) as Array<{ terms?: TaggedTerm[] }>;
    return sentences.map((s) => s.terms ?? []);
  } catch {
    return [];
  }
}

function isObject(term: TaggedTerm, previous: TaggedTerm | undefined): boolean {
  const tags = term.tags ?? [];
  const word = (term.normal ?? term.text).toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  if (word.length < 2 || !/\p{L}/u.test(word) || GENERIC_NOUNS.has(word) || GOAL_VERBS.has(word))
    return false;
  if (tags.some((t) => NOT_AN_OBJECT.includes(t))) return false;
  if (tags.includes('Noun')) return true;
  const lead = (previous?.normal ?? previous?.text ?? '').toLowerCase();
  const misTaggedPlural =
    tags.includes('PresentTense') && !tags.some((t) => VERB_FORMS.includes(t)) && /s$/.test(word);
  return misTaggedPlural && (NOUN_LEAD.has(lead) || (previous?.tags ?? []).includes('Adjective'));
}

/** compromise's offsets are checked against the text; a term that does not line up is dropped. */
function termSpan(goal: string, term: TaggedTerm): Evidence | undefined {
  const start = term.offset?.start ?? -1;
  const length = term.offset?.length ?? 0;
  if (start >= 0 && goal.slice(start, start + length) === term.text && length > 0) {
    return evidenceAt(goal, start, start + length);
  }
  return undefined;
}
