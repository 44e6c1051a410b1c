import type { CellValue, SheetSnapshot } from '../../ground/types';
import { cellLocation } from '../../ground/address';
import {
  AMBIGUOUS_PRIORITY_HEADERS,
  LEVERS,
  coverageFieldOf,
  normalizeHeader,
  type CoverageField,
  type HeaderGuess,
  type Lever,
} from '../headers';
import { cellText, isBlank, isErrorValue } from '../../ground/values';
import { headerTexts, ignoreList, mapColumns, type DuplicateHeader } from './pipeline';

/**
 * A coverage sheet maps one role's priorities (the key activities people do and the outcomes they
 * are measured on) against the four levers of sales performance management. Enablement builds
 * skill; compensation and recognition build will; coaching builds both.
 */
export type PriorityKind = 'activity' | 'outcome';

export const SKILL_LEVERS: readonly Lever[] = ['enablement', 'coaching'];
export const WILL_LEVERS: readonly Lever[] = ['coaching', 'compensation', 'recognition'];
/** The levers that pay for or celebrate a result, as opposed to talking about it. */
export const REWARD_LEVERS: readonly Lever[] = ['compensation', 'recognition'];

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

export interface CoverageTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<CoverageField, number>>;
  headers: string[];
  rows: CoverageRow[];
  duplicateHeaders: DuplicateHeader[];
}

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
function coverageColumns(headers: string[]) {
  const ambiguous = (h: string) => AMBIGUOUS_PRIORITY_HEADERS.includes(normalizeHeader(h));
  const otherText = headers.some((h) => coverageFieldOf(h) === 'priority' && !ambiguous(h));
  return mapColumns<CoverageField>(
    headers,
    (h) => (ambiguous(h) && otherText ? 'kind' : coverageFieldOf(h)),
    {},
  );
}

function readRow(row: number, cells: CellValue[], columns: CoverageTable['columns']): CoverageRow {
  const at = (field: CoverageField) =>
    columns[field] === undefined ? undefined : cells[columns[field]! - 1];
  const text = isErrorValue(at('priority')) ? undefined : cellText(at('priority'));
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
  const role = isErrorValue(at('role')) ? undefined : cellText(at('role'));
  if (role !== undefined) result.role = role;
  for (const lever of LEVERS) {
    if (columns[lever] === undefined) continue;
    const value = leverValue(at(lever));
    if (value !== undefined) result.levers[lever] = value;
  }
  const ignore = ignoreList(at('ignore'));
  if (ignore) result.ignore = ignore;
  return result;
}

/** A priority row has text in its priority column; titles and section labels elsewhere are skipped. */
function isPriorityRow(cells: CellValue[], priorityColumn: number | undefined): boolean {
  return priorityColumn !== undefined && !isBlank(cells[priorityColumn - 1]);
}

export function buildCoverageTable(sheet: SheetSnapshot, header: HeaderGuess): CoverageTable {
  const headers = headerTexts(sheet, header);
  const { columns, duplicateHeaders } = coverageColumns(headers);
  const rows: CoverageRow[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    if (isPriorityRow(cells, columns.priority)) rows.push(readRow(i + 1, cells, columns));
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, columns, headers, rows, duplicateHeaders };
}

export function coverageCell(table: CoverageTable, row: CoverageRow, field: CoverageField) {
  return cellLocation(table.sheet, row.row, table.columns[field] ?? table.columns.priority ?? 1);
}

/** Which of the sheet's lever columns hold something for the priority, and which are empty. */
export function leversOf(table: CoverageTable, row: CoverageRow): { present: Lever[]; missing: Lever[] } {
  const tracked = LEVERS.filter((l) => table.columns[l] !== undefined);
  return {
    present: tracked.filter((l) => row.levers[l] !== undefined),
    missing: tracked.filter((l) => row.levers[l] === undefined),
  };
}

// ---- verdicts, shared by the rules and the panel ------------------------------------------

export type CoverageGap = 'uncovered' | 'skill-only' | 'will-only' | 'unrewarded-outcome';

export const buildsSkill = (present: readonly Lever[]) => present.some((l) => SKILL_LEVERS.includes(l));
export const buildsWill = (present: readonly Lever[]) => present.some((l) => WILL_LEVERS.includes(l));

/** Enablement alone: taught, but nothing makes it worth doing. Coaching builds both, so it never is. */
export const skillOnly = (present: readonly Lever[]) => buildsSkill(present) && !buildsWill(present);

/** Compensation and/or recognition alone: paid for, but nobody shows how. */
export const willOnly = (present: readonly Lever[]) => buildsWill(present) && !buildsSkill(present);

/** An outcome with some lever, but neither paid for nor celebrated. */
export function unrewarded(row: CoverageRow, present: readonly Lever[]): boolean {
  return row.kind === 'outcome' && present.length > 0 && !present.some((l) => REWARD_LEVERS.includes(l));
}

/** The gaps the coverage rules report for one priority, the most basic first. */
export function coverageGaps(table: CoverageTable, row: CoverageRow): CoverageGap[] {
  const { present } = leversOf(table, row);
  if (present.length === 0) return ['uncovered'];
  const gaps: CoverageGap[] = [];
  if (skillOnly(present)) gaps.push('skill-only');
  if (willOnly(present)) gaps.push('will-only');
  if (unrewarded(row, present)) gaps.push('unrewarded-outcome');
  return gaps;
}

// ---- summary, for the panel ----------------------------------------------------------------

export interface PrioritySummary {
  row: number;
  priority: string;
  kind?: PriorityKind;
  kindInferred: boolean;
  role?: string;
  /** Lever columns holding something for the priority, in lever order. */
  levers: Lever[];
  skill: boolean;
  will: boolean;
  gaps: CoverageGap[];
  /** The first gap, or "covered" when there is none. */
  verdict: CoverageGap | 'covered';
}

/**
 * Per priority, the levers that cover it and the verdict, for a coverage grid in the panel. Pure:
 * it reads the table only, whatever rules are on or off.
 */
export function coverageSummary(table: CoverageTable): PrioritySummary[] {
  return table.rows
    .filter((r): r is CoverageRow & { text: string } => r.text !== undefined)
    .map((r) => {
      const { present } = leversOf(table, r);
      const gaps = coverageGaps(table, r);
      const summary: PrioritySummary = {
        row: r.row,
        priority: r.text,
        kindInferred: r.kindInferred,
        levers: present,
        skill: buildsSkill(present),
        will: buildsWill(present),
        gaps,
        verdict: gaps[0] ?? 'covered',
      };
      if (r.kind) summary.kind = r.kind;
      if (r.role) summary.role = r.role;
      return summary;
    });
}
