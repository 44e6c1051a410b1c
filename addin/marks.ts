/**
 * The problem marks the Excel host puts in the grid: conditional formats, so that what the person
 * wrote and how they formatted it is never touched, and removing the marks leaves the sheet as it
 * was. Each mark's rule is a custom formula that is always true and carries a tag, which is how
 * the add-in finds its own rules again among the person's.
 */
import type { Highlight } from '../shared/host';
import type { Severity } from '../shared/ground/types';
import { columnLetter } from '../shared/ground/address';

/** The severities that are marked; a hint is too slight to colour a cell for. */
export type MarkedSeverity = Exclude<Severity, 'hint'>;

/** Worst first: a cell gets the colour of its worst problem. */
const MARKED: readonly MarkedSeverity[] = ['error', 'warning', 'info'];

/** Subtle on purpose: a tint and a coloured bottom edge, like a squiggle, in Fluent's status colours. */
export const MARK_STYLE: Record<MarkedSeverity, { fill: string; edge: string }> = {
  error: { fill: '#FDF3F4', edge: '#C50F1F' },
  warning: { fill: '#FFF9F5', edge: '#DA7B00' },
  info: { fill: '#F5FAFE', edge: '#0F6CBD' },
};

/** `N("text")` is 0, so the rule always holds; the text is the tag. */
export function markFormula(severity: MarkedSeverity): string {
  return `=N("pipelint:${severity}")=0`;
}

/** Whether a conditional format's formula is one of Pipelint's marks (Excel may change its case or spacing). */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && /N\(\s*"pipelint:[a-z]+"\s*\)/i.test(formula);
}

/**
 * An address Excel takes for one conditional format's range is kept short: the limit on a
 * multi-area reference is not documented, and 1,000 characters is far inside what Excel's own
 * dialogs take. A longer list of areas becomes several rules.
 */
export const MAX_ADDRESS_CHARS = 1_000;

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

/** Areas joined with commas into addresses of at most `max` characters each. */
export function addressChunks(areas: readonly string[], max = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current && current.length + 1 + area.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** One conditional format to add: a sheet, a severity and the address it covers. */
export interface MarkRule {
  sheet: string;
  severity: MarkedSeverity;
  address: string;
}

/**
 * The rules that mark the given cells: one per sheet and severity (more when the address would be
 * long), each cell under its worst severity only, so that rules never overlap.
 */
export function markRules(marks: readonly Highlight[]): MarkRule[] {
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
  return [...groups.values()].flatMap(({ sheet, severity, cells }) =>
    addressChunks(areasOf(cells)).map((address) => ({ sheet, severity, address })),
  );
}
