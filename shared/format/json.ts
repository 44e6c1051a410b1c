/**
 * Machine-readable output: one flat JSON array, one object per problem, in report order.
 *
 *   { "ruleId": "pipeline/unknown-reference", "severity": "warning", "message": "...",
 *     "sheet": "sales_pipeline", "row": 3, "column": 3, "address": "sales_pipeline!C3",
 *     "deal": "Z063OYW0", "owner": "Darcel Schlecht",
 *     "fixes": [{ "title": "Change to \"GTX Pro\"",
 *                 "edits": [{ "address": "sales_pipeline!C3", "value": "GTX Pro", "previous": "GTXPro" }] }] }
 *
 * `row` and `column` are 1-based; `address` is the full `Sheet!A1` reference. `deal`, `owner` and
 * `fixes` appear only when the problem has them. Each edit writes `value` into the cell at `address`;
 * `previous` is what the cell held (null when empty; a date is ISO text), so the edit can be undone. When more than one
 * input was linted, each object also carries `file`: the input path (file or folder) as given.
 */
import type { Diagnostic, QuickFix } from '../ground/types';
import { jsonCellValue, type JsonCellValue, type LintReport } from './report';

export interface JsonEdit {
  address: string;
  value: JsonCellValue;
  previous: JsonCellValue;
}

export interface JsonFix {
  title: string;
  edits: JsonEdit[];
}

export interface JsonEntry {
  file?: string;
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  sheet: string;
  row: number;
  column: number;
  address: string;
  deal?: string;
  owner?: string;
  fixes?: JsonFix[];
}

function jsonFix(fix: QuickFix): JsonFix {
  return {
    title: fix.title,
    edits: fix.edits.map((e) => ({
      address: e.location.address,
      value: jsonCellValue(e.value),
      previous: jsonCellValue(e.previous),
    })),
  };
}

export function jsonEntry(d: Diagnostic, file?: string): JsonEntry {
  const { sheet, row, column, address } = d.location;
  // `file` first: with several inputs it is the first thing a reader needs.
  const entry: JsonEntry = {
    ...(file !== undefined ? { file } : {}),
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    sheet,
    row,
    column,
    address,
  };
  if (d.deal !== undefined) entry.deal = d.deal;
  if (d.owner !== undefined) entry.owner = d.owner;
  if (d.fixes?.length) entry.fixes = d.fixes.map(jsonFix);
  return entry;
}

/** Compact, like ESLint's json formatter: the consumer is a program. */
export function formatJson(report: LintReport): string {
  return [...jsonChunks(report)].join('');
}

/** How many problems one piece of `jsonChunks` holds. */
const ENTRIES_A_CHUNK = 2000;

/**
 * The json report in pieces, for a writer that can take it a piece at a time: together exactly
 * `formatJson`'s text. A million-row sheet has hundreds of thousands of problems, and one string
 * of them (then one buffer of its bytes) was about 90 MB to build before the first byte went out.
 */
export function* jsonChunks(report: LintReport): Generator<string> {
  const withFile = report.workbooks.length > 1;
  let pending: string[] = [];
  let first = true;
  for (const w of report.workbooks) {
    for (const d of w.result.diagnostics) {
      pending.push(JSON.stringify(jsonEntry(d, withFile ? w.path : undefined)));
      if (pending.length === ENTRIES_A_CHUNK) {
        yield (first ? '[' : ',') + pending.join(',');
        first = false;
        pending = [];
      }
    }
  }
  yield (first ? '[' : pending.length ? ',' : '') + pending.join(',') + ']\n';
}
