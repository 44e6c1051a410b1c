/**
 * The problem marks a host puts in the grid, as conditional formats, so that what the person wrote
 * and how they formatted it is never touched and removing the marks leaves the sheet as it was.
 * Each rule's custom formula is always true and carries a tag, `=N("pipelint:error")=0`, the same
 * in Excel and Google Sheets: it is how a host finds its own rules again among the person's. Which
 * cells go under which rule is decided here, once; each host only draws them.
 */
import type { Highlight } from './host';
import type { Severity } from './ground/types';
import { columnLetter } from './ground/address';

/** The severities that are marked; a hint is too slight to colour a cell for. */
export type MarkedSeverity = Exclude<Severity, 'hint'>;

/** Worst first: a cell gets the colour of its worst problem. */
const MARKED: readonly MarkedSeverity[] = ['error', 'warning', 'info'];

/** `N("text")` is 0, so the rule always holds; the text is the tag. */
export function markFormula(severity: MarkedSeverity): string {
  return `=N("pipelint:${severity}")=0`;
}

/** Whether a conditional format's formula is one of Pipelint's marks (a host may change its case or spacing). */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && /N\(\s*"pipelint:[a-z]+"\s*\)/i.test(formula);
}

interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function areaAddress({ top, bottom, left, right }: Area): string {
  const first = `${columnLetter(left)}${top}`;
  return top === bottom && left === right ? first : `${first}:${columnLetter(right)}${bottom}`;
}

/**
 * Cells (1-based row and column) grouped into rectangles, so that a column of problems is one area
 * and side-by-side columns with the same rows are one too: runs down each column, then runs with
 * the same rows in neighbouring columns joined.
 */
export function areasOf(cells: readonly { row: number; column: number }[]): string[] {
  const sorted = [...new Map(cells.map((c) => [`${c.column}:${c.row}`, c])).values()].sort(
    (a, b) => a.column - b.column || a.row - b.row,
  );
  const runs: Area[] = [];
  for (const { row, column } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === column && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row, left: column, right: column });
  }
  const areas: Area[] = [];
  const open = new Map<string, Area>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const joined = open.get(key);
    if (joined && joined.right === run.left - 1) joined.right = run.left;
    else {
      const area = { ...run };
      areas.push(area);
      open.set(key, area);
    }
  }
  return areas.map(areaAddress);
}

/** Areas in groups whose addresses, joined with commas, take at most `max` characters. */
export function areaGroups(areas: readonly string[], max: number): string[][] {
  const groups: string[][] = [];
  let length = 0;
  for (const area of areas) {
    const last = groups[groups.length - 1];
    if (last && length + 1 + area.length <= max) {
      last.push(area);
      length += 1 + area.length;
    } else {
      groups.push([area]);
      length = area.length;
    }
  }
  return groups;
}

/** One conditional format to add: a sheet, a severity and the areas it covers. */
export interface MarkRule {
  sheet: string;
  severity: MarkedSeverity;
  areas: string[];
}

/**
 * The rules that mark the given cells: one per sheet and severity (more when the areas' addresses
 * would pass `maxChars`, a limit each host sets), each cell under its worst severity only, so that
 * rules never overlap; worst severity first.
 */
export function markRules(marks: readonly Highlight[], maxChars: number): MarkRule[] {
  const worst = new Map<string, Highlight>();
  for (const mark of marks) {
    if (mark.severity === 'hint') continue;
    const seen = worst.get(mark.location.address);
    if (!seen || MARKED.indexOf(mark.severity) < MARKED.indexOf(seen.severity as MarkedSeverity))
      worst.set(mark.location.address, mark);
  }
  const groups = new Map<
    string,
    { sheet: string; severity: MarkedSeverity; cells: Highlight['location'][] }
  >();
  for (const { location, severity } of worst.values()) {
    const key = `${severity}\u0000${location.sheet}`;
    const group = groups.get(key) ?? {
      sheet: location.sheet,
      severity: severity as MarkedSeverity,
      cells: [],
    };
    group.cells.push(location);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => MARKED.indexOf(a.severity) - MARKED.indexOf(b.severity))
    .flatMap(({ sheet, severity, cells }) =>
      areaGroups(areasOf(cells), maxChars).map((areas) => ({ sheet, severity, areas })),
    );
}
