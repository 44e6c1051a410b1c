import { distance } from 'fastest-levenshtein';
import { normalizeHeader } from '../ground/keys';
import { DEFAULT_STAGES, StageModel, type StageConfig } from './stages';
import { stageAliases, stageWords } from './languages';

/**
 * With no `stages` in the config, the stages are learnt from the sheet itself: the values its stage
 * column holds, told apart into open, won and lost by their words, by a status written beside them,
 * or by their probability, and put in funnel order. A team that calls its stages "Intro call" and
 * "Pilot" lints as cleanly as one that uses the textbook names.
 */

/** What one row says about its stage. */
export interface StageSighting {
  /** The stage cell as written. */
  text: string;
  /** The row's probability, 0..1, when it has one. */
  probability?: number;
  /** What a status-like column of the row says: open, won or lost. */
  status?: StageKind;
}

export type StageKind = 'open' | 'won' | 'lost';

/** One stage as the data writes it, and what the rows say about it. */
interface Observed {
  key: string;
  spellings: Map<string, number>;
  count: number;
  firstSeen: number;
  probabilities: number[];
  statuses: Record<StageKind, number>;
}

/** A whole-word match of any of the words, in any case; a space in a word matches a space, _ or -. */
function wordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Words that close a deal, in English and every language of `languages/`: a stage with one is closed. */
const WON_WORDS = wordsPattern(['won', 'win', 'booked', 'signed', 'closed won', ...stageWords('won')]);
const LOST_WORDS = wordsPattern([
  'lost',
  'lose',
  'dead',
  'disqualified',
  'apology',
  'rejected',
  'churned',
  'no deal',
  ...stageWords('lost'),
]);

/** The built-in stage words in every language, to know a funnel order and the usual aliases of a stage. */
const VOCABULARY = new StageModel(
  DEFAULT_STAGES.map((s) => ({ ...s, aliases: [...(s.aliases ?? []), ...stageAliases(s.name)] })),
  'default',
);

/** Open, won or lost by the stage's own words; undefined when its words say neither. */
export function kindByWords(text: string): StageKind | undefined {
  const known = VOCABULARY.resolve(text);
  if (known) return known.closed ?? 'open';
  if (LOST_WORDS.test(text)) return 'lost';
  if (WON_WORDS.test(text)) return 'won';
  return undefined;
}

/** A status cell ("Open", "Closed Won", "Lost") read as a stage kind; a stage name is no status. */
export function kindOfStatus(text: string): StageKind | undefined {
  if (/^\s*(?:open|active|in progress|pending)\s*$/i.test(text)) return 'open';
  const kind = kindByWords(text);
  return kind === 'open' ? undefined : kind;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mostCommon(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [text, count] of counts) if (count > n) [best, n] = [text, count];
  return best;
}

/** The kind of a stage: its words first, then the status beside it, then its probability. */
function kindOf(o: Observed): StageKind {
  const byWords = kindByWords(mostCommon(o.spellings));
  if (byWords) return byWords;
  const { open, won, lost } = o.statuses;
  if (won + lost + open > 0) {
    if (won > open && won >= lost) return 'won';
    if (lost > open && lost > won) return 'lost';
    return 'open';
  }
  const p = median(o.probabilities);
  if (p === 1) return 'won';
  if (p === 0 && o.probabilities.length > 1) return 'lost';
  return 'open';
}

/**
 * Where a stage sits in the funnel: the built-in stage it is, else the built-in stage one of its
 * words names ("Proposal Made", "Negotiations Started", "Demo Scheduled"), else its median
 * probability.
 */
function funnelKey(o: Observed): number | undefined {
  const name = mostCommon(o.spellings);
  const known = VOCABULARY.resolve(name);
  if (known && !known.closed) return known.index;
  const named = stageInWords(name);
  if (named !== undefined) return named;
  const p = median(o.probabilities);
  // Between two built-in stages with that probability: the keys of built-in stages are indexes,
  // so a probability is mapped onto the same scale.
  return p === undefined ? undefined : probabilityIndex(p);
}

/** The index of the first open built-in stage a word of the name is (plural or not). */
function stageInWords(name: string): number | undefined {
  for (const word of name.split(/[^\p{L}]+/u)) {
    if (word.length < 3) continue;
    const stage = VOCABULARY.resolve(word) ?? VOCABULARY.resolve(word.replace(/s$/i, ''));
    if (stage && !stage.closed) return stage.index;
  }
  return undefined;
}

/** The fractional built-in index a probability falls at, by the built-in stages' probabilities. */
function probabilityIndex(p: number): number {
  const open = VOCABULARY.stages.filter((s) => !s.closed);
  let index = -1;
  for (const s of open) if ((s.probability ?? 0) <= p) index = s.index;
  return index + 0.5;
}

/** A value seen this rarely, this close to a value seen far more, is a misspelling of it. */
function isMisspelling(rare: Observed, of: { key: string; count: number }, rows: number): boolean {
  const seldom = rare.count <= Math.max(1, Math.floor(rows * 0.02)) && rare.count * 5 <= of.count;
  return seldom && distance(rare.key, of.key) <= Math.max(1, Math.floor(of.key.length / 4));
}

/**
 * The built-in stage a rare value is a near miss of ("Negotiaton"), if any. Only the English words
 * count: across languages, real words sit within a typo of each other ("Contract", "Contrato").
 */
function nearVocabulary(rare: Observed, rows: number): string | undefined {
  if (rare.count > Math.max(1, Math.floor(rows * 0.02)) || VOCABULARY.resolve(rare.key)) return undefined;
  for (const stage of DEFAULT_STAGES)
    for (const word of [stage.name, ...(stage.aliases ?? [])]) {
      const w = normalizeHeader(word);
      if (distance(rare.key, w) <= Math.max(1, Math.floor(w.length / 4))) return stage.name;
    }
  return undefined;
}

export interface InferredStages {
  model: StageModel;
  /** Values left out as misspellings, with the stage each means: `pipeline/unknown-stage` reports them. */
  misspelt: Map<string, string>;
}

/**
 * The stages the rows use, in funnel order (open stages, then won, then lost), with the spellings
 * each is written in as aliases. Undefined when no row names a stage.
 */
export function inferStages(sightings: Iterable<StageSighting>): InferredStages | undefined {
  const tally = new StageTally();
  for (const s of sightings) tally.add(s.text, s.probability, s.status);
  return tally.infer();
}

/**
 * What the rows say about their stages, taken row by row without an object per row: a pipeline
 * of a million rows is told to it cell by cell, then asked what stages those are.
 */
export class StageTally {
  private readonly byKey = new Map<string, Observed>();
  /** Each stage text as written, and what it was tallied under: texts repeat down a sheet. */
  private readonly byText = new Map<string, Observed | null>();
  private rows = 0;

  /** One row's stage cell, with its probability (0..1) and what a status beside it says. */
  add(text: string, probability?: number, status?: StageKind): void {
    let o = this.byText.get(text);
    if (o === undefined) this.byText.set(text, (o = this.observedOf(text)));
    if (o === null) return;
    const written = text.trim();
    o.spellings.set(written, (o.spellings.get(written) ?? 0) + 1);
    o.count++;
    if (probability !== undefined) o.probabilities.push(probability);
    if (status) o.statuses[status]++;
    this.rows++;
  }

  private observedOf(text: string): Observed | null {
    // Spellings of one built-in stage ("Won", "Closed Won") are one stage, whatever the words.
    const known = VOCABULARY.resolve(text);
    const key = known ? normalizeHeader(known.name) : normalizeHeader(text);
    if (!key) return null;
    let o = this.byKey.get(key);
    if (!o) {
      o = {
        key,
        spellings: new Map(),
        count: 0,
        firstSeen: this.rows,
        probabilities: [],
        statuses: { open: 0, won: 0, lost: 0 },
      };
      this.byKey.set(key, o);
    }
    return o;
  }

  /** The stages the rows tallied so far use; undefined when none had a stage. */
  infer(): InferredStages | undefined {
    return inferFrom(this.byKey, this.rows);
  }
}

function inferFrom(byKey: ReadonlyMap<string, Observed>, rows: number): InferredStages | undefined {
  if (byKey.size === 0) return undefined;

  const observed = [...byKey.values()];
  const misspelt = new Map<Observed, string>();
  for (const o of observed) {
    const of = observed.find((other) => other !== o && isMisspelling(o, other, rows));
    const meant = of ? mostCommon(of.spellings) : nearVocabulary(o, rows);
    if (meant !== undefined) misspelt.set(o, meant);
  }
  const stages = observed.filter((o) => !misspelt.has(o));

  const open = stages.filter((o) => kindOf(o) === 'open');
  const keys = new Map(open.map((o) => [o, funnelKey(o)]));
  // Stages with a place in the funnel in that order; the others ("On hold", a team's own word with
  // no probability) after them, in the order the data first shows them.
  const place = (o: Observed) => keys.get(o) ?? Infinity;
  const medians = new Map(open.map((o) => [o, median(o.probabilities)]));
  // When every open stage has probabilities, they are the team's own order; else the words place
  // the stages, and two in one slot go by their probability, then by first sight.
  const byProbability = open.every((o) => medians.get(o) !== undefined);
  const p = (o: Observed) => medians.get(o) ?? 0;
  open.sort((a, b) =>
    byProbability
      ? p(a) - p(b) || place(a) - place(b) || a.firstSeen - b.firstSeen
      : place(a) - place(b) || p(a) - p(b) || a.firstSeen - b.firstSeen,
  );

  const config = (o: Observed, closed?: 'won' | 'lost'): StageConfig => {
    const name = mostCommon(o.spellings);
    const stage: StageConfig = { name };
    // A built-in stage keeps its usual words ("Quote" for Proposal) unless the data uses one apart.
    const known = VOCABULARY.resolve(name);
    const usual = known ? [known.name, ...(known.aliases ?? [])] : [];
    const words = [...o.spellings.keys(), ...usual];
    const aliases = [...new Map(words.map((w) => [normalizeHeader(w), w])).values()].filter(
      (w) => normalizeHeader(w) !== normalizeHeader(name),
    );
    if (aliases.length) stage.aliases = aliases;
    const p = median(o.probabilities) ?? VOCABULARY.resolve(name)?.probability;
    if (p !== undefined) stage.probability = p;
    if (closed) stage.closed = closed;
    return stage;
  };
  const byFirstSeen = (a: Observed, b: Observed) => a.firstSeen - b.firstSeen;
  const closed = (kind: 'won' | 'lost'): StageConfig[] => {
    const seen = stages.filter((o) => kindOf(o) === kind).sort(byFirstSeen);
    if (seen.length) return seen.map((o) => config(o, kind));
    // A pipeline with no deal won (or lost) yet still has the stage to move one into.
    return DEFAULT_STAGES.filter((s) => s.closed === kind);
  };
  const list = [...open.map((o) => config(o)), ...closed('won'), ...closed('lost')];
  const corrections = new Map([...misspelt].map(([o, meant]) => [o.key, meant]));
  return {
    model: new StageModel(list, 'inferred', corrections),
    misspelt: new Map([...misspelt].map(([o, meant]) => [mostCommon(o.spellings), meant])),
  };
}
