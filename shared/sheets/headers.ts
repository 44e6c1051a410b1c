import type { CellValue } from '../ground/types';
import { isBlank } from '../ground/values';

/**
 * What a sheet is for is read from its header row, never from its name: teams call their
 * pipeline "Deals", "Q3", "Sheet1". Each role lists its fields and the header words that mean them.
 */
export type SheetRole =
  | 'pipeline'
  | 'goals'
  | 'adoption'
  | 'adoption-history'
  | 'pipeline-history'
  | 'path'
  | 'activities'
  | 'coverage'
  | 'lookup';
export const SHEET_ROLES: readonly SheetRole[] = [
  'pipeline',
  'goals',
  'adoption',
  'adoption-history',
  'pipeline-history',
  'path',
  'activities',
  'coverage',
  'lookup',
];

export const PIPELINE_FIELDS = [
  'deal',
  'owner',
  'stage',
  'amount',
  'created',
  'stageDate',
  'closeDate',
  'lastActivity',
  'nextStep',
  'source',
  'probability',
  'product',
  'account',
  'ignore',
] as const;
export type PipelineField = (typeof PIPELINE_FIELDS)[number];

/** Lowercase with everything but letters and digits removed: "Opportunity_ID" → "opportunityid". */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

type Synonyms<F extends string> = Record<F, string[]>;

export const PIPELINE_SYNONYMS: Synonyms<PipelineField> = {
  deal: [
    'deal',
    'dealname',
    'dealid',
    'opportunity',
    'opportunityid',
    'opportunityname',
    'oppid',
    'name',
    'id',
  ],
  owner: [
    'owner',
    'dealowner',
    'rep',
    'salesrep',
    'salesagent',
    'agent',
    'salesperson',
    'accountexecutive',
    'ae',
  ],
  stage: ['stage', 'dealstage', 'salesstage', 'pipelinestage', 'status'],
  amount: ['amount', 'value', 'closevalue', 'dealsize', 'dealvalue', 'dealamount', 'amountusd'],
  created: ['created', 'createddate', 'createdon', 'datecreated', 'createdat', 'opened', 'opendate'],
  stageDate: [
    'engagedate',
    'engaged',
    'stagedate',
    'stageentered',
    'stageentereddate',
    'stagechanged',
    'instagesince',
  ],
  closeDate: ['closedate', 'expectedclose', 'expectedclosedate', 'closingdate', 'estimatedclose', 'closeby'],
  lastActivity: [
    'lastactivity',
    'lastactivitydate',
    'lasttouch',
    'lasttouched',
    'lastcontact',
    'lastcontacted',
  ],
  nextStep: ['nextstep', 'nextsteps', 'nextaction'],
  source: ['source', 'leadsource', 'dealsource', 'channel'],
  probability: ['probability', 'prob', 'winprobability', 'probabilitypct', 'likelihood'],
  product: ['product', 'productname'],
  account: ['account', 'accountname', 'company', 'customer', 'client'],
  ignore: ['lintignore', 'pipelintignore', 'lintdisable'],
};

export const GOAL_FIELDS = [
  'goal',
  'owner',
  'driver',
  'priority',
  'metric',
  'baseline',
  'target',
  'start',
  'due',
  'progress',
  'status',
  'ignore',
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

export const GOAL_SYNONYMS: Synonyms<GoalField> = {
  goal: ['goal', 'objective', 'goalstatement'],
  owner: ['owner', 'rep', 'salesperson', 'goalowner'],
  driver: ['driver', 'growthdriver'],
  priority: ['priority', 'rank'],
  metric: ['metric', 'kpi', 'measure'],
  baseline: ['baseline', 'current', 'startingvalue'],
  target: ['target', 'goalvalue', 'targetvalue'],
  start: ['start', 'startdate', 'periodstart', 'from'],
  due: ['due', 'deadline', 'duedate', 'by', 'enddate'],
  progress: ['progress', 'actual', 'todate', 'achieved'],
  status: ['status', 'state'],
  ignore: PIPELINE_SYNONYMS.ignore,
};

/** The four levers a coverage sheet maps a role's priorities against. */
export const LEVERS = ['enablement', 'coaching', 'compensation', 'recognition'] as const;
export type Lever = (typeof LEVERS)[number];

export const COVERAGE_FIELDS = ['priority', 'kind', 'role', ...LEVERS, 'ignore'] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

/**
 * "Activity or outcome" may head either the priority's text or the column saying which of the two
 * it is; it is listed as the text here (so a sheet with only that column is still recognised) and
 * the coverage reader reads it as the kind when another column holds the text.
 */
export const AMBIGUOUS_PRIORITY_HEADERS: readonly string[] = ['activityoroutcome', 'activityoutcome'];

export const COVERAGE_SYNONYMS: Synonyms<CoverageField> = {
  priority: [
    'priority',
    'priorities',
    'keypriority',
    'keypriorities',
    'keyactivity',
    'keyactivities',
    'keyactivityoroutcome',
    ...AMBIGUOUS_PRIORITY_HEADERS,
  ],
  kind: ['kind', 'type', 'prioritykind', 'prioritytype'],
  role: ['role', 'salesrole', 'jobrole'],
  enablement: ['enablement', 'salesenablement', 'training'],
  coaching: ['coaching', 'managercoaching'],
  compensation: ['compensation', 'comp', 'compplan', 'incentive', 'incentives', 'commission'],
  recognition: ['recognition', 'rewardsandrecognition'],
  ignore: PIPELINE_SYNONYMS.ignore,
};

const COVERAGE_INDEX = indexSynonyms(COVERAGE_SYNONYMS);

export const coverageFieldOf = fieldLookup<CoverageField>(COVERAGE_INDEX);

export const ADOPTION_FIELDS = [
  'person',
  'change',
  'stage',
  'since',
  'evidence',
  'impact',
  'ignore',
] as const;
export type AdoptionField = (typeof ADOPTION_FIELDS)[number];

/** An adoption sheet: who is where with which change, since when, and what shows it. */
export const ADOPTION_SYNONYMS: Synonyms<AdoptionField> = {
  person: ['person', 'name', 'rep', 'seller', 'salesperson', 'employee'],
  change: ['change', 'initiative', 'practice'],
  stage: ['stage', 'adoptionstage', 'stageofchange'],
  since: ['since', 'instagesince', 'stagesince', 'stagedate'],
  evidence: ['evidence', 'proof'],
  impact: ['impact', 'personalimpact', 'urgency', 'impacturgency', 'personalimpacturgency'],
  ignore: PIPELINE_SYNONYMS.ignore,
};

const ADOPTION_INDEX = indexSynonyms(ADOPTION_SYNONYMS);

export const adoptionFieldOf = fieldLookup<AdoptionField>(ADOPTION_INDEX);

export const HISTORY_FIELDS = ['person', 'change', 'from', 'to', 'date'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/**
 * A stage-change log beside an adoption sheet: one row per move. "To" has no "stage" synonym so an
 * adoption sheet is never read as its own history.
 */
export const HISTORY_SYNONYMS: Synonyms<HistoryField> = {
  person: ADOPTION_SYNONYMS.person,
  change: ADOPTION_SYNONYMS.change,
  from: ['from', 'fromstage', 'previousstage', 'oldstage', 'movedfrom'],
  to: ['to', 'tostage', 'newstage', 'movedto'],
  date: ['date', 'changedon', 'changed', 'datechanged', 'movedon', 'when', 'on'],
};

const HISTORY_INDEX = indexSynonyms(HISTORY_SYNONYMS);

export const historyFieldOf = fieldLookup<HistoryField>(HISTORY_INDEX);

export const PIPELINE_HISTORY_FIELDS = ['at', 'deal', 'field', 'from', 'to'] as const;
export type PipelineHistoryField = (typeof PIPELINE_HISTORY_FIELDS)[number];

/**
 * A change log of the pipeline, one row per changed value (what `--snapshot` writes). It needs a
 * Deal and a Field column, which neither a pipeline nor an adoption history has.
 */
export const PIPELINE_HISTORY_SYNONYMS: Synonyms<PipelineHistoryField> = {
  at: ['timestamp', 'changedat', 'changedon', 'changed', 'date', 'when', 'at', 'snapshot', 'snapshotdate'],
  deal: ['deal', 'dealid', 'dealname', 'opportunity', 'opportunityid', 'oppid'],
  field: ['field', 'changedfield', 'column', 'property'],
  from: ['from', 'old', 'oldvalue', 'previous', 'previousvalue', 'was'],
  to: ['to', 'new', 'newvalue', 'now', 'becomes'],
};

const PIPELINE_HISTORY_INDEX = indexSynonyms(PIPELINE_HISTORY_SYNONYMS);

export const pipelineHistoryFieldOf = fieldLookup<PipelineHistoryField>(PIPELINE_HISTORY_INDEX);

export const PATH_FIELDS = [
  'path',
  'kind',
  'step',
  'owner',
  'measure',
  'target',
  'period',
  'reward',
  'ignore',
] as const;
export type PathField = (typeof PATH_FIELDS)[number];

/** An execution path: the behaviors, milestones and outcomes of one strategy, each with a measure. */
export const PATH_SYNONYMS: Synonyms<PathField> = {
  path: ['path', 'strategy', 'play', 'executionpath'],
  kind: ['kind', 'steptype', 'type', 'level', 'stepkind'],
  step: ['step', 'description', 'what', 'stepdescription'],
  owner: ['owner', 'role', 'who', 'ownerorrole', 'ownerrole'],
  measure: ['measure', 'metric', 'countedby', 'measuredby', 'howcounted', 'formula'],
  target: ['target', 'targetperperiod', 'quota'],
  period: ['period', 'per', 'cadence', 'frequency', 'targetperiod'],
  reward: ['reward', 'recognition', 'rewardrecognition', 'rewardorrecognition', 'incentive', 'spiff'],
  ignore: PIPELINE_SYNONYMS.ignore,
};

export const pathFieldOf = fieldLookup<PathField>(indexSynonyms(PATH_SYNONYMS));

export const ACTIVITY_FIELDS = ['owner', 'date', 'type', 'count'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/**
 * An activity log: who did what on which day, either one row per activity (a Type column) or one
 * row per rep and day or week with a column per activity. Measures read its other columns by name;
 * `count` only lists the usual activity columns so the sheet is recognised.
 */
export const ACTIVITY_SYNONYMS: Synonyms<ActivityField> = {
  owner: ['owner', 'rep', 'salesrep', 'salesagent', 'seller', 'salesperson', 'person', 'who'],
  date: [
    'date',
    'activitydate',
    'day',
    'week',
    'weekof',
    'weekstarting',
    'weekbeginning',
    'when',
    'loggedon',
  ],
  type: ['type', 'activity', 'activitytype'],
  count: [
    'calls',
    'meetings',
    'emails',
    'demos',
    'visits',
    'jointcalls',
    'dials',
    'connects',
    'touches',
    'proposals',
    'referrals',
  ],
};

export const activityFieldOf = fieldLookup<ActivityField>(indexSynonyms(ACTIVITY_SYNONYMS));

/** Fields of the sheet kinds whose rules come later; enough to recognise them and not lint them as pipelines. */
const OTHER_ROLE_SYNONYMS: Record<Exclude<SheetRole, 'pipeline' | 'lookup'>, Record<string, string[]>> = {
  goals: GOAL_SYNONYMS,
  adoption: ADOPTION_SYNONYMS,
  'adoption-history': HISTORY_SYNONYMS,
  'pipeline-history': PIPELINE_HISTORY_SYNONYMS,
  path: PATH_SYNONYMS,
  activities: ACTIVITY_SYNONYMS,
  coverage: COVERAGE_SYNONYMS,
};

/** A lookup table is keyed by one of these, in its first column. */
export const LOOKUP_KEYS = ['product', 'account', 'owner'] as const;
export type LookupKey = (typeof LOOKUP_KEYS)[number];

/** Header text → the field it names, for one sheet kind's index of header words. */
function fieldLookup<F extends string>(index: Map<string, string>): (header: string) => F | undefined {
  return (header) => index.get(normalizeHeader(header)) as F | undefined;
}

function indexSynonyms(table: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, words] of Object.entries(table)) for (const w of words) index.set(w, field);
  return index;
}

const PIPELINE_INDEX = indexSynonyms(PIPELINE_SYNONYMS);
const OTHER_INDEXES = Object.entries(OTHER_ROLE_SYNONYMS).map(
  ([role, table]) => [role as SheetRole, indexSynonyms(table)] as const,
);

export const pipelineFieldOf = fieldLookup<PipelineField>(PIPELINE_INDEX);

const GOAL_INDEX = indexSynonyms(GOAL_SYNONYMS);

export const goalFieldOf = fieldLookup<GoalField>(GOAL_INDEX);

/** What each role needs in a header row before a sheet counts as that role. */
const SIGNATURES: Record<Exclude<SheetRole, 'lookup'>, (fields: Set<string>) => boolean> = {
  goals: (f) => f.has('goal'),
  adoption: (f) => f.has('person') && f.has('change') && f.has('stage'),
  'adoption-history': (f) => f.has('person') && f.has('change') && f.has('from') && f.has('to'),
  'pipeline-history': (f) => f.has('deal') && f.has('field') && f.has('from') && f.has('to'),
  path: (f) => f.has('kind') && f.has('step') && (f.has('measure') || f.has('target')),
  activities: (f) => f.has('owner') && f.has('date') && (f.has('type') || f.has('count')),
  coverage: (f) => f.has('priority') && LEVERS.filter((l) => f.has(l)).length >= 2,
  pipeline: (f) =>
    f.has('stage') &&
    ['deal', 'owner', 'amount', 'closeDate', 'stageDate', 'created'].filter((x) => f.has(x)).length >= 2,
};

export interface HeaderGuess {
  role: SheetRole;
  /** 0-based index into the sheet's rows. */
  headerIndex: number;
  score: number;
  lookupKey?: LookupKey;
}

function headerTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => (isBlank(v) || v instanceof Date ? '' : String(v)));
}

function fieldsOf(texts: string[], index: Map<string, string>): Set<string> {
  const fields = new Set<string>();
  for (const t of texts) {
    const field = index.get(normalizeHeader(t));
    if (field) fields.add(field);
  }
  return fields;
}

/** A lookup list is keyed by its first column: "Product | Series | Price". */
function lookupKeyOf(texts: string[]): LookupKey | undefined {
  const first = texts.find((t) => t.trim() !== '');
  const field = first === undefined ? undefined : pipelineFieldOf(first);
  return field && (LOOKUP_KEYS as readonly string[]).includes(field) ? (field as LookupKey) : undefined;
}

/** Header texts the config pins pipeline fields to (`columns`); they count like synonyms. */
export type PinnedHeaders = Partial<Record<PipelineField, string>>;

/** Every role a row could be the header of, with how many of that role's fields it names. */
export function guessRow(
  row: CellValue[] | undefined,
  headerIndex: number,
  pins: PinnedHeaders = {},
): HeaderGuess[] {
  const texts = headerTexts(row);
  const guesses: HeaderGuess[] = [];
  for (const [role, index] of OTHER_INDEXES) {
    const fields = fieldsOf(texts, index);
    if (SIGNATURES[role as Exclude<SheetRole, 'lookup'>](fields))
      guesses.push({ role, headerIndex, score: fields.size });
  }
  const pipelineFields = fieldsOf(texts, PIPELINE_INDEX);
  const normalized = new Set(texts.map(normalizeHeader));
  for (const [field, pin] of Object.entries(pins)) {
    const key = normalizeHeader(pin ?? '');
    if (key && normalized.has(key)) pipelineFields.add(field);
  }
  if (SIGNATURES.pipeline(pipelineFields))
    guesses.push({ role: 'pipeline', headerIndex, score: pipelineFields.size });
  if (!pipelineFields.has('stage')) {
    const lookupKey = lookupKeyOf(texts);
    if (lookupKey) guesses.push({ role: 'lookup', headerIndex, score: 0.5, lookupKey });
  }
  return guesses;
}

/** Titles and blank rows may come first; the header is the best-scoring row near the top. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * A lookup list's header has too few known words to be told from a data row, so only the
 * first row with two or more cells (after any title rows) may be one.
 */
function firstTableRow(values: CellValue[][], limit: number): number {
  for (let i = 0; i < limit; i++) {
    if ((values[i] ?? []).filter((v) => !isBlank(v)).length >= 2) return i;
  }
  return values.findIndex((row) => row?.some((v) => !isBlank(v)));
}

/** Highest score wins; on a tie the earlier row, then the more specific role (pipeline before lookup). */
export function findHeader(
  values: CellValue[][],
  pinnedRole?: SheetRole,
  pins?: PinnedHeaders,
): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const lookupRow = firstTableRow(values, limit);
  for (let i = 0; i < limit; i++) {
    for (const guess of guessRow(values[i], i, pins)) {
      if (pinnedRole && guess.role !== pinnedRole) continue;
      if (guess.role === 'lookup' && i !== lookupRow) continue;
      if (!best || guess.score > best.score) best = guess;
    }
  }
  return best;
}
