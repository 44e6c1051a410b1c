/**
 * The panel's view model: pure functions from lint results and filter settings to what is shown.
 * No React, no DOM and no host here, so every decision about what appears is unit-tested in Node.
 */
import { columnLetter } from '../ground/address';
import { SEVERITIES, type CellEdit, type Diagnostic, type QuickFix, type Severity } from '../ground/types';
import type { RuleMeta } from '../engine/rule';
import { RULES } from '../rules';

export type SeverityCounts = Record<Severity, number>;
/** Which severities are shown; all are by default. */
export type SeverityFilter = Record<Severity, boolean>;

export interface ProblemFilter {
  severities: SeverityFilter;
  text: string;
}

export const SHOW_ALL: ProblemFilter = {
  severities: { error: true, warning: true, info: true, hint: true },
  text: '',
};

export type SortOrder = 'position' | 'severity';

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
  return diagnostics.filter((d) => filter.severities[d.severity] && matchesText(d, filter.text));
}

/**
 * Sheets in workbook order (unknown sheets last, by name); within a sheet by row and column, or
 * by severity first. Ties fall back to rule id so the order never depends on the input's.
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  order: SortOrder = 'position',
  sheetOrder: readonly string[] = [],
): Diagnostic[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const rank = (sheet: string) => sheetIndex.get(sheet) ?? sheetOrder.length;
  const bySeverity = (a: Diagnostic, b: Diagnostic) =>
    order === 'severity' ? SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] : 0;
  return [...diagnostics].sort(
    (a, b) =>
      rank(a.location.sheet) - rank(b.location.sheet) ||
      (sheetIndex.has(a.location.sheet) ? 0 : a.location.sheet.localeCompare(b.location.sheet)) ||
      bySeverity(a, b) ||
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

/** One undo for several applied fixes: the last applied is undone first. */
export function combineUndo(undos: readonly CellEdit[][]): CellEdit[] {
  return [...undos].reverse().flat();
}

const RULE_META = new Map<string, RuleMeta<unknown>>(RULES.map((r) => [r.meta.id, r.meta]));

export function ruleMeta(
  ruleId: string,
): Pick<RuleMeta<unknown>, 'description' | 'docs' | 'defaultSeverity'> | undefined {
  return RULE_META.get(ruleId);
}

/** Above this many problems a sheet's list is shown in pages: React rendering 100k rows would freeze a task pane. */
export const PAGE_SIZE = 200;
