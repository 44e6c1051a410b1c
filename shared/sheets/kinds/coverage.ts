import type { CellValue, SheetSnapshot } from '../../ground/types';
import { normalizeHeader } from '../../ground/keys';
import { cellText, isBlank, isErrorValue, wordsOf } from '../../ground/values';
import { IGNORE_SYNONYMS, countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';

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

/**
 * A coverage sheet maps one role's priorities (the key activities people do and the outcomes they
 * are measured on) against the four levers of sales performance management. Enablement builds
 * skill; compensation and recognition build will; coaching builds both.
 */
export type PriorityKind = 'activity' | 'outcome';

/** One priority of a coverage sheet, read once and shared by every coverage rule. */
export interface CoverageRow {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  /** The priority as written ("Run joint calls with new reps"). */
  text?: string;
  /** Activity or outcome; undefined when neither the Kind cell nor the wording tells. */
  kind?: PriorityKind;
  /** True when the kind was read from the wording because no Kind cell said it. */
  kindInferred: boolean;
  role?: string;
  /** Per lever column the sheet has: what the cell says when it covers the priority, else undefined. */
  levers: Partial<Record<Lever, string>>;
  ignore?: string[];
}

export type CoverageTable = Table<CoverageField, CoverageRow>;

/** Cell texts that mean "this lever does nothing for the priority". */
const NOT_COVERED = new Set([
  'no',
  'n',
  'none',
  'nothing',
  'na',
  'n/a',
  'n.a.',
  'nil',
  '-',
  '--',
  '–',
  '—',
  '0',
  'false',
  '✗',
  '✘',
  '❌',
  'tbd',
]);

/**
 * Whether a lever cell covers its priority: anything meaningful does ("x", "✓", "yes", "Quarterly
 * SPIF"); blank cells, "no", "-", "n/a", "none", 0, FALSE and error values do not. Returns the text
 * shown in messages when it covers.
 */
export function leverValue(value: CellValue): string | undefined {
  if (isBlank(value) || isErrorValue(value)) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : undefined;
  if (typeof value === 'number') return value === 0 ? undefined : String(value);
  const text = cellText(value);
  if (text === undefined || NOT_COVERED.has(text.trim().toLowerCase())) return undefined;
  return text;
}

const ACTIVITY_CELL = /^(?:key\s+)?(?:activit(?:y|ies)|act|a|input|behaviou?r|leading(?:\s+indicator)?)$/i;
const OUTCOME_CELL = /^(?:outcomes?|o|results?|output|lagging(?:\s+indicator)?)$/i;

/** Reads a Kind cell: "Activity", "Outcome", "Result", "Input"...; undefined for anything else. */
export function kindFromCell(value: CellValue): PriorityKind | undefined {
  const text = cellText(value)?.trim();
  if (!text) return undefined;
  if (ACTIVITY_CELL.test(text)) return 'activity';
  if (OUTCOME_CELL.test(text)) return 'outcome';
  return undefined;
}

// Results a role is measured on.
const OUTCOME_WORDS =
  /\b(?:revenue|bookings?|booked|margins?|win[- ]?rates?|retention|retain(?:ed)?|churn|renewal rates?|quota|attainment|new logos?|logos?|arr|mrr|nrr|acv|tcv|deal size|profit(?:ability)?|market share|growth|upsell revenue|expansion revenue|wallet share|share of wallet|sales volume|units sold|closed[- ]won|wins?)\b/i;
// Things people do.
const ACTIVITY_WORDS =
  /\b(?:calls?|demos?|demonstrations?|meetings?|visits?|account plans?|account planning|plans?|qbrs?|business reviews?|prospecting|prospect|outreach|emails?|follow[- ]?ups?|proposals?|presentations?|discovery|crm|forecasts?|forecasting|updates?|referrals?|workshops?|pipeline reviews?|cadences?|sequences?|touches|touchpoints?)\b/i;

/**
 * Tells an outcome ("Grow expansion revenue") from an activity ("Run joint calls") by its words.
 * When both kinds of word appear, the first one is taken as what the priority is about.
 */
export function inferKind(text: string): PriorityKind | undefined {
  const outcome = OUTCOME_WORDS.exec(text);
  const activity = ACTIVITY_WORDS.exec(text);
  if (outcome && activity) return outcome.index <= activity.index ? 'outcome' : 'activity';
  if (outcome) return 'outcome';
  if (activity) return 'activity';
  return undefined;
}

/** "Activity or outcome" is the kind when another column already holds the priority's text. */
function coverageFieldOf(headers: readonly string[]) {
  const ambiguous = (h: string) => AMBIGUOUS_PRIORITY_HEADERS.includes(normalizeHeader(h));
  const otherText = headers.some((h) => coverageKind.fieldOf(h) === 'priority' && !ambiguous(h));
  return (h: string): CoverageField | undefined =>
    ambiguous(h) && otherText ? 'kind' : coverageKind.fieldOf(h);
}

function readRow(row: number, cells: CellValue[], columns: CoverageTable['columns']): CoverageRow {
  const at = (field: CoverageField) =>
    columns[field] === undefined ? undefined : cells[columns[field]! - 1];
  const text = wordsOf(at('priority'));
  const fromCell = kindFromCell(at('kind'));
  const inferred = fromCell === undefined && text !== undefined ? inferKind(text) : undefined;
  const result: CoverageRow = {
    row,
    cells,
    kind: fromCell ?? inferred,
    kindInferred: inferred !== undefined,
    levers: {},
  };
  if (text !== undefined) result.text = text;
  const role = wordsOf(at('role'));
  if (role !== undefined) result.role = role;
  for (const lever of LEVERS) {
    if (columns[lever] === undefined) continue;
    const value = leverValue(at(lever));
    if (value !== undefined) result.levers[lever] = value;
  }
  return result;
}

function readCoverage(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): CoverageTable {
  return readTable(coverageKind, sheet, headerIndex, context, {
    fieldOf: coverageFieldOf,
    // A priority row has text in its priority column; titles and section labels elsewhere are skipped.
    isRow: (cells, columns) => columns.priority !== undefined && !isBlank(cells[columns.priority - 1]),
    read: readRow,
  });
}

export const coverageKind = defineKind({
  id: 'coverage',
  fields: COVERAGE_FIELDS,
  synonyms: {
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
    ignore: IGNORE_SYNONYMS,
  },
  labels: {
    priority: 'Priority',
    kind: 'Kind',
    role: 'Role',
    enablement: 'Enablement',
    coaching: 'Coaching',
    compensation: 'Compensation',
    recognition: 'Recognition',
    ignore: 'Lint ignore',
  },
  needs: 'a Priority column and two of Enablement, Coaching, Compensation and Recognition',
  anchor: ['priority'],
  match: countFields((f) => f.has('priority') && LEVERS.filter((l) => f.has(l)).length >= 2),
  read: readCoverage,
});
