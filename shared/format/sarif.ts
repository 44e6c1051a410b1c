/**
 * SARIF 2.1.0, the format code-scanning tools (GitHub, VS Code's SARIF viewer) read. A cell maps to
 * a region: startLine is the row, startColumn the column; the logical location carries `Sheet!A1`.
 * For a folder of CSVs the artifact is the CSV the sheet came from, so a viewer opens the right file.
 */
import { columnLetter } from '../ground/address';
import type { CellLocation, Diagnostic, QuickFix, RelatedLocation, Severity } from '../ground/types';
import { fileOfSheet, jsonCellValue, type LintReport, type LintedWorkbook, type RuleInfo } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

// Only the parts of the SARIF object model this formatter writes.
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endColumn?: number;
}

export interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion };
  logicalLocations: { name: string; fullyQualifiedName: string }[];
}

export interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: { uri: string };
    replacements: {
      deletedRegion: SarifRegion;
      insertedContent: { text: string };
      properties: { address: string };
    }[];
  }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  fixes?: SarifFix[];
  properties?: { deal?: string; owner?: string };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}

/**
 * A path as a URI reference: separators made `/`, each segment percent-encoded (spaces, `#`, `?`),
 * absolute paths as `file://` URIs. Relative paths stay relative, as the user gave them.
 */
export function toArtifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.exec(slashed)?.[0] ?? '';
  const rest = slashed.slice(drive.length);
  const encoded = rest
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  if (drive) return `file:///${drive}${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** "pipeline/stalled-deal" → "StalledDeal": SARIF wants a readable identifier, not the id again. */
export function ruleName(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1);
  return last.replace(/(^|[-_])([a-z0-9])/g, (_m, _sep: string, ch: string) => ch.toUpperCase());
}

function sarifRule(rule: RuleInfo): SarifRule {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}

function location(workbook: LintedWorkbook, cell: CellLocation): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: toArtifactUri(fileOfSheet(workbook, cell.sheet)) },
      region: { startLine: cell.row, startColumn: cell.column },
    },
    logicalLocations: [{ name: `${columnLetter(cell.column)}${cell.row}`, fullyQualifiedName: cell.address }],
  };
}

function relatedLocation(workbook: LintedWorkbook, related: RelatedLocation, id: number): SarifLocation {
  return { id, message: { text: related.message }, ...location(workbook, related.location) };
}

/** One artifactChange per file touched; the deleted region is the one cell (endColumn is exclusive). */
function sarifFix(workbook: LintedWorkbook, fix: QuickFix): SarifFix {
  const changes = new Map<string, SarifFix['artifactChanges'][number]>();
  for (const edit of fix.edits) {
    const uri = toArtifactUri(fileOfSheet(workbook, edit.location.sheet));
    let change = changes.get(uri);
    if (!change) {
      change = { artifactLocation: { uri }, replacements: [] };
      changes.set(uri, change);
    }
    const { row, column, address } = edit.location;
    change.replacements.push({
      deletedRegion: { startLine: row, startColumn: column, endColumn: column + 1 },
      insertedContent: { text: String(jsonCellValue(edit.value) ?? '') },
      properties: { address },
    });
  }
  return { description: { text: fix.title }, artifactChanges: [...changes.values()] };
}

function sarifResult(
  workbook: LintedWorkbook,
  d: Diagnostic,
  ruleIndex: ReadonlyMap<string, number>,
): SarifResult {
  const result: SarifResult = {
    ruleId: d.ruleId,
    ruleIndex: ruleIndex.get(d.ruleId) ?? -1,
    level: sarifLevel(d.severity),
    message: { text: d.message },
    locations: [location(workbook, d.location)],
  };
  if (d.related?.length) result.relatedLocations = d.related.map((r, i) => relatedLocation(workbook, r, i));
  if (d.fixes?.length) result.fixes = d.fixes.map((f) => sarifFix(workbook, f));
  if (d.deal !== undefined || d.owner !== undefined) {
    result.properties = {};
    if (d.deal !== undefined) result.properties.deal = d.deal;
    if (d.owner !== undefined) result.properties.owner = d.owner;
  }
  return result;
}

export function sarifLog(report: LintReport): SarifLog {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const driver: SarifLog['runs'][number]['tool']['driver'] = {
    name: 'pipelint',
    version: report.toolVersion,
    rules: report.rules.map(sarifRule),
  };
  if (report.informationUri) driver.informationUri = report.informationUri;
  const results = report.workbooks.flatMap((w) =>
    w.result.diagnostics.map((d) => sarifResult(w, d, ruleIndex)),
  );
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, results }] };
}

export function formatSarif(report: LintReport): string {
  return `${JSON.stringify(sarifLog(report), null, 2)}\n`;
}
