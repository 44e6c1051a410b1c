/**
 * Human-readable output in the manner of ESLint's "stylish": a heading per sheet, one aligned line
 * per problem, then totals. Colour comes from an injected painter so this module stays host-free.
 */
import { columnLetter } from '../ground/address';
import type { Diagnostic, Severity } from '../ground/types';
import { allDiagnostics, countSeverities, type LintReport } from './report';
import { groupDigits, plural } from '../ground/words';

type Paint = (text: string) => string;

/** The colours stylish uses; picocolors' `createColors()` fits as is. */
export interface Painter {
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

const same: Paint = (text) => text;
export const NO_COLOR: Painter = {
  red: same,
  yellow: same,
  cyan: same,
  green: same,
  dim: same,
  bold: same,
  underline: same,
};

export interface StylishOptions {
  painter?: Painter;
}

const SEVERITY_PAINT: Record<Severity, keyof Painter> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
  hint: 'dim',
};

interface SheetGroup {
  heading: string;
  diagnostics: Diagnostic[];
}

/** Diagnostics grouped by workbook, then by sheet in the order they come (the engine sorts by sheet). */
function groupBySheet(report: LintReport): SheetGroup[] {
  const groups: SheetGroup[] = [];
  for (const workbook of report.workbooks) {
    const bySheet = new Map<string, SheetGroup>();
    for (const d of workbook.result.diagnostics) {
      let group = bySheet.get(d.location.sheet);
      if (!group) {
        group = { heading: `${workbook.path} › ${d.location.sheet}`, diagnostics: [] };
        bySheet.set(d.location.sheet, group);
        groups.push(group);
      }
      group.diagnostics.push(d);
    }
  }
  return groups;
}

/** The cell part of an address, `E12`: the heading already names the sheet. */
function cellPart(d: Diagnostic): string {
  return `${columnLetter(d.location.column)}${d.location.row}`;
}

/** Columns are padded on the plain text, then painted, so colour codes never upset the alignment. */
function formatGroup(group: SheetGroup, p: Painter): string[] {
  const rows = group.diagnostics.map((d) => ({
    cell: cellPart(d),
    severity: d.severity,
    message: oneLine(d.message),
    ruleId: d.ruleId,
  }));
  // A reduce, not Math.max(...): a sheet can have more problems than a call has room for arguments.
  const width = (pick: (r: (typeof rows)[number]) => string) =>
    rows.reduce((w, r) => Math.max(w, pick(r).length), 0);
  const cellWidth = width((r) => r.cell);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  const lines = [p.underline(group.heading)];
  for (const r of rows) {
    const severity = p[SEVERITY_PAINT[r.severity]](r.severity.padEnd(severityWidth));
    lines.push(
      `  ${p.dim(r.cell.padEnd(cellWidth))}  ${severity}  ${r.message.padEnd(messageWidth)}  ${p.dim(r.ruleId)}`,
    );
  }
  return lines;
}

/** A message is one line of a table; stray line breaks from cell text would tear it. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function totalsLine(report: LintReport, p: Painter = NO_COLOR): string {
  const diagnostics = allDiagnostics(report);
  if (diagnostics.length === 0) return p.green('✔ No problems');
  const c = countSeverities(diagnostics);
  const text = `✖ ${plural(diagnostics.length, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')})`;
  const colour = c.error > 0 ? p.red : c.warning > 0 ? p.yellow : p.cyan;
  return p.bold(colour(text));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** "Linted 8,800 rows in 5 sheets in 0.21 s", naming the workbooks when there are several. */
export function summaryLine(report: LintReport): string {
  const rows = report.workbooks.reduce((n, w) => n + w.result.rowsLinted, 0);
  const sheets = report.workbooks.reduce((n, w) => n + w.result.sheets.length, 0);
  const workbooks =
    report.workbooks.length > 1 ? ` of ${groupDigits(report.workbooks.length)} workbooks` : '';
  const reading = report.readMs !== undefined ? ` (reading took ${seconds(report.readMs)})` : '';
  return `Linted ${plural(rows, 'row')} in ${plural(sheets, 'sheet')}${workbooks} in ${seconds(report.elapsedMs)}${reading}`;
}

/**
 * With no stages in the config, the stages learnt from each workbook and what each is, so a wrong
 * guess is seen at once: "Stages learnt from the data: Prospecting → Engaging; won: Won; lost: Lost".
 */
export function stagesLines(report: LintReport): string[] {
  const several = report.workbooks.length > 1;
  return report.workbooks.flatMap((w) => {
    const stages = w.result.inferredStages;
    if (!stages) return [];
    const named = (kind?: 'won' | 'lost') => stages.filter((s) => s.closed === kind).map((s) => s.name);
    const parts = [named().join(' → ') || '(no open stage)'];
    for (const kind of ['won', 'lost'] as const)
      if (named(kind).length) parts.push(`${kind}: ${named(kind).join(', ')}`);
    const where = several ? ` of ${w.path}` : '';
    return [
      `Stages learnt from the data${where} (the config lists none): ${parts.join('; ')}`,
      `  to keep or correct them: pipelint --print-config ${w.path} > pipelint.json`,
    ];
  });
}

export function formatStylish(report: LintReport, options: StylishOptions = {}): string {
  const p = options.painter ?? NO_COLOR;
  const blocks = groupBySheet(report).map((g) => formatGroup(g, p).join('\n'));
  const closing = [summaryLine(report), ...stagesLines(report)].map((line) => p.dim(line)).join('\n');
  const footer = `${totalsLine(report, p)}\n${closing}\n`;
  return blocks.length ? `${blocks.join('\n\n')}\n\n${footer}` : footer;
}
