/**
 * The panel's view model: pure functions from lint results and filter settings to what is shown.
 * No React, no DOM and no host here, so every decision about what appears is unit-tested in Node.
 */
import { cellLocation, columnLetter } from '../ground/address';
import { isBlank } from '../ground/values';
import { rowAt } from '../sheets/table';
import { STRINGS } from './strings';
import type { WorkbookModel } from '../analyses/model';
import type { Highlight } from '../host';
import { SEVERITIES, type Diagnostic, type QuickFix, type Severity } from '../ground/types';
import type { RuleMeta } from '../engine/rule';
import { RULES } from '../rules';

export type SeverityCounts = Record<Severity, number>;
/** Which severities are shown; all are by default. */
export type SeverityFilter = Record<Severity, boolean>;

export interface ProblemFilter {
  severities: SeverityFilter;
  text: string;
  /** Only this rule's problems; every rule's when absent. */
  rule?: string;
  /** Only problems about this owner's deals and goals; everyone's when absent. */
  owner?: string;
}

export const SHOW_ALL: ProblemFilter = {
  severities: { error: true, warning: true, info: true, hint: true },
  text: '',
};

/**
 * Within a sheet: by where the problem is, most serious first, grouped by rule (a cleanup one kind
 * at a time), or by owner (a one-to-one with each rep).
 */
export type SortOrder = 'position' | 'severity' | 'rule' | 'owner';
export const SORT_ORDERS: readonly SortOrder[] = ['position', 'severity', 'rule', 'owner'];

export interface SheetGroup {
  sheet: string;
  diagnostics: Diagnostic[];
  counts: SeverityCounts;
}

export interface PanelView {
  groups: SheetGroup[];
  /** Counts over every diagnostic, so the toggles say what they would bring back. */
  counts: SeverityCounts;
  total: number;
  shown: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** The severities worth a toggle: the usual three always, hints only when there are some. */
export function toggleSeverities(counts: SeverityCounts): Severity[] {
  return SEVERITIES.filter((s) => s !== 'hint' || counts.hint > 0);
}

/** Words typed in the filter must each appear somewhere a person would look for them. */
export function matchesText(d: Diagnostic, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [
    d.message,
    d.ruleId,
    d.location.address,
    cellPart(d),
    d.deal ?? '',
    d.owner ?? '',
    ...(d.fixes ?? []).map((f) => f.title),
  ]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function filterDiagnostics(diagnostics: readonly Diagnostic[], filter: ProblemFilter): Diagnostic[] {
  return diagnostics.filter(
    (d) =>
      filter.severities[d.severity] &&
      (filter.rule === undefined || d.ruleId === filter.rule) &&
      (filter.owner === undefined || d.owner === filter.owner) &&
      matchesText(d, filter.text),
  );
}

/** A choice in a filter list, with how many problems it keeps. */
export interface FilterChoice {
  value: string;
  count: number;
}

/** Counts by a property, most first and then by name, for the rule and owner lists. */
function choices(values: Iterable<string | undefined>): FilterChoice[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The rules and owners that have problems, to filter by: over every problem, so a choice never hides itself. */
export function filterChoices(diagnostics: readonly Diagnostic[]): {
  rules: FilterChoice[];
  owners: FilterChoice[];
} {
  return {
    rules: choices(diagnostics.map((d) => d.ruleId)),
    owners: choices(diagnostics.map((d) => d.owner)),
  };
}

/**
 * Sheets in workbook order (unknown sheets last, by name); within a sheet by row and column, or
 * first by severity, rule or owner (problems with no owner last). Ties fall back to rule id so
 * the order never depends on the input's.
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  order: SortOrder = 'position',
  sheetOrder: readonly string[] = [],
): Diagnostic[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const rank = (sheet: string) => sheetIndex.get(sheet) ?? sheetOrder.length;
  const first: Record<SortOrder, (a: Diagnostic, b: Diagnostic) => number> = {
    position: () => 0,
    severity: (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    rule: (a, b) => a.ruleId.localeCompare(b.ruleId),
    owner: (a, b) =>
      a.owner === undefined || b.owner === undefined
        ? Number(a.owner === undefined) - Number(b.owner === undefined)
        : a.owner.localeCompare(b.owner),
  };
  const byOrder = first[order];
  return [...diagnostics].sort(
    (a, b) =>
      rank(a.location.sheet) - rank(b.location.sheet) ||
      (sheetIndex.has(a.location.sheet) ? 0 : a.location.sheet.localeCompare(b.location.sheet)) ||
      byOrder(a, b) ||
      a.location.row - b.location.row ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Consecutive runs of one sheet; callers sort first so each sheet forms one group. */
export function groupBySheet(diagnostics: readonly Diagnostic[]): SheetGroup[] {
  const groups: SheetGroup[] = [];
  const bySheet = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    let list = bySheet.get(d.location.sheet);
    if (!list) {
      list = [];
      bySheet.set(d.location.sheet, list);
      groups.push({ sheet: d.location.sheet, diagnostics: list, counts: countSeverities([]) });
    }
    list.push(d);
  }
  for (const g of groups) g.counts = countSeverities(g.diagnostics);
  return groups;
}

/** Everything the problem list needs, in one call. */
export function buildView(
  diagnostics: readonly Diagnostic[],
  filter: ProblemFilter,
  sheetOrder: readonly string[] = [],
  order: SortOrder = 'position',
): PanelView {
  const shown = sortDiagnostics(filterDiagnostics(diagnostics, filter), order, sheetOrder);
  return {
    groups: groupBySheet(shown),
    counts: countSeverities(diagnostics),
    total: diagnostics.length,
    shown: shown.length,
  };
}

/** The cell part of an address, `C2`: the group heading already names the sheet. */
export function cellPart(d: Diagnostic): string {
  return `${columnLetter(d.location.column)}${d.location.row}`;
}

/** A key that stays the same across re-lints for the same problem, so React keeps focus and state. */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.location.address}\u0000${d.ruleId}\u0000${d.message}`;
}

/** The fix each problem prefers, for "Apply all": problems without a preferred fix are left to a person. */
export function preferredFixes(diagnostics: readonly Diagnostic[]): QuickFix[] {
  return diagnostics.flatMap((d) => d.fixes?.find((f) => f.preferred) ?? []);
}

const RULE_META = new Map<string, RuleMeta<unknown>>(RULES.map((r) => [r.meta.id, r.meta]));

export function ruleMeta(
  ruleId: string,
): Pick<RuleMeta<unknown>, 'description' | 'docs' | 'defaultSeverity'> | undefined {
  return RULE_META.get(ruleId);
}

/**
 * The cells to mark in the grid: one mark per cell, in the colour of its most serious problem,
 * as an editor draws one squiggle however many warnings share a spot. In sheet, row, column order.
 */
export function highlightMarks(diagnostics: readonly Diagnostic[]): Highlight[] {
  const worst = new Map<string, Highlight>();
  for (const d of diagnostics) {
    const seen = worst.get(d.location.address);
    if (!seen || SEVERITY_RANK[d.severity] < SEVERITY_RANK[seen.severity])
      worst.set(d.location.address, { location: d.location, severity: d.severity });
  }
  return [...worst.values()].sort(
    (a, b) =>
      a.location.sheet.localeCompare(b.location.sheet) ||
      a.location.row - b.location.row ||
      a.location.column - b.location.column,
  );
}

/** Related cells listed under a problem; the rest are counted. */
export const RELATED_SHOWN = 5;

/** Above this many problems a sheet's list is shown in pages: React rendering 100k rows would freeze a task pane. */
export const PAGE_SIZE = 200;

/** Per rule, the preferred fixes of its problems shown, for "Fix all like this". */
export function preferredByRule(diagnostics: readonly Diagnostic[]): Map<string, QuickFix[]> {
  const byRule = new Map<string, QuickFix[]>();
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.preferred);
    if (!fix) continue;
    const list = byRule.get(d.ruleId);
    if (list) list.push(fix);
    else byRule.set(d.ruleId, [fix]);
  }
  return byRule;
}

/** Whether "Ignore here" can be offered: the problem is below a table's header, from a rule a row may silence. */
export function canIgnore(d: Diagnostic, model: WorkbookModel): boolean {
  if (RULE_META.get(d.ruleId)?.category === 'workbook') return false;
  const table = model.tableOnSheet(d.location.sheet);
  return table !== undefined && d.location.row > table.headerRow;
}

/** The table row a problem sits on, when it is one a "Lint ignore" cell can silence. */
function ignorableRow(d: Diagnostic, model: WorkbookModel) {
  if (!canIgnore(d, model)) return undefined;
  const table = model.tableOnSheet(d.location.sheet)!;
  const record = rowAt(table, d.location.row);
  return record && { table, record };
}

/**
 * "Ignore here": the rule id added to the row's Lint ignore cell, as `eslint-disable-next-line`
 * adds a comment. A table with no Lint ignore column gets one after its last column: its header
 * and the row's cell, in one fix, so one undo takes both back.
 */
export function ignoreFix(d: Diagnostic, model: WorkbookModel): QuickFix | undefined {
  const found = ignorableRow(d, model);
  if (!found) return undefined;
  const { table, record } = found;
  const title = STRINGS.ignoreTitle(d.ruleId);
  const column = (table.columns as Partial<Record<string, number>>).ignore;
  if (column !== undefined) {
    const previous = record.cells[column - 1];
    const written = typeof previous === 'string' ? previous.trim() : '';
    const value = written ? `${written}, ${d.ruleId}` : d.ruleId;
    return {
      title,
      edits: [{ location: cellLocation(table.sheet, record.row, column), value, previous: previous ?? null }],
    };
  }
  // The first column right of the header and of this row's cells that both leave blank.
  let free = table.headers.length + 1;
  while (!isBlank(record.cells[free - 1])) free++;
  return {
    title,
    edits: [
      { location: cellLocation(table.sheet, table.headerRow, free), value: IGNORE_HEADER, previous: null },
      { location: cellLocation(table.sheet, record.row, free), value: d.ruleId, previous: null },
    ],
  };
}

/**
 * The stage text of a problem about a stage the stage list does not have (`pipeline/unknown-stage`),
 * as written in its cell: what "Add to stages" adds.
 */
export function unlistedStage(d: Diagnostic, model: WorkbookModel): string | undefined {
  if (d.ruleId !== 'pipeline/unknown-stage') return undefined;
  const table = model.tableOnSheet(d.location.sheet);
  const value = table && rowAt(table, d.location.row)?.cells[d.location.column - 1];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The header a new Lint ignore column gets, as the readers know it. */
const IGNORE_HEADER = 'Lint ignore';
