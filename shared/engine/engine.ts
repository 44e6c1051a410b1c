import type { Diagnostic, WorkbookSnapshot } from '../ground/types';
import type { ResolvedConfig } from './config';
import { findHeader, type SheetRole } from '../sheets/headers';
import type { ColumnNeed, Report, RuleModule, RuleVisitor } from './rule';
import { DEFAULT_STAGES, StageModel } from '../sheets/stages';
import { buildPipelineTable, type PipelineTable, type SheetInfo } from '../sheets/kinds/pipeline';
import { WorkbookFacts, buildLookup, type SuppressibleRow } from '../analyses/model';
import { buildGoalsTable, type GoalsTable } from '../sheets/kinds/goals';
import {
  buildCoverageTable,
  coverageSummary,
  type CoverageTable,
  type PrioritySummary,
} from '../sheets/kinds/coverage';
import {
  adoptionSummary,
  buildAdoptionTable,
  buildHistoryTable,
  type AdoptionTable,
  type InitiativeSummary,
} from '../sheets/kinds/adoption';
import { buildPipelineHistoryTable } from '../sheets/kinds/pipelineHistory';
import { buildActivitiesTable } from '../sheets/kinds/activities';
import { buildPathTable, type PathTable } from '../sheets/kinds/path';
import { preparePaths } from '../analyses/execution/pathFacts';
import { pathSummary, type OwnerPathSummary, type PaceJudgement } from '../analyses/execution/pace';
import { isBlank } from '../ground/values';

export interface SheetSummary {
  name: string;
  role?: SheetRole;
  headerRow?: number;
  /** Data rows linted (pipeline sheets) or read (lookup sheets). */
  rows: number;
}

/** What the hosts draw beside the problem list: one entry per sheet of each kind. */
export interface WorkbookSummaries {
  /** Per owner, each execution-path step's actual, target and pace on the as-of date. */
  paths: OwnerPathSummary[];
  coverage: { sheet: string; priorities: PrioritySummary[] }[];
  adoption: { sheet: string; initiatives: InitiativeSummary[] }[];
}

export interface LintResult {
  diagnostics: Diagnostic[];
  sheets: SheetSummary[];
  rowsLinted: number;
  summaries: WorkbookSummaries;
}

export interface LintOptions {
  /** Called every few thousand rows with rows done and rows in all; for progress bars. */
  onProgress?(done: number, total: number): void;
}

const PROGRESS_EVERY = 20_000;

function countDataRows(values: unknown[][], from: number): number {
  let n = 0;
  for (let i = from; i < values.length; i++) if (values[i]?.some((v) => !isBlank(v as never))) n++;
  return n;
}

interface ActiveRule {
  rule: RuleModule;
  visitor: RuleVisitor;
}

function hasColumn(table: PipelineTable, need: ColumnNeed): boolean {
  return typeof need === 'string'
    ? table.columns[need] !== undefined
    : need.some((f) => table.columns[f] !== undefined);
}

/** Rules that can run on this table; the others are recorded as missing columns, once each. */
function rulesForTable(table: PipelineTable, active: ActiveRule[]): ActiveRule[] {
  const runnable: ActiveRule[] = [];
  for (const a of active) {
    if (a.rule.meta.category !== 'pipeline') continue;
    const missing = (a.rule.meta.requires ?? []).filter((need) => !hasColumn(table, need));
    for (const need of missing) {
      const key = typeof need === 'string' ? need : need.join('|');
      const entry = table.missingColumns.find((m) => m.key === key);
      if (entry) entry.ruleIds.push(a.rule.meta.id);
      else table.missingColumns.push({ key, need, ruleIds: [a.rule.meta.id] });
    }
    const quietlySkipped = (a.rule.meta.onlyWith ?? []).some((f) => table.columns[f] === undefined);
    if (missing.length === 0 && !quietlySkipped) runnable.push(a);
  }
  return runnable;
}

function isSuppressed(row: SuppressibleRow, ruleId: string, facts: WorkbookFacts): boolean {
  if (!row.ignore) return false;
  const id = row.ignore.find((entry) => entry === '*' || entry === ruleId);
  if (id === undefined) return false;
  facts.markSuppressionUsed(row, id);
  return true;
}

function toDiagnostic(ruleId: string, severity: Diagnostic['severity'], r: Report): Diagnostic {
  const d: Diagnostic = { ruleId, severity, message: r.message, location: r.location };
  if (r.related?.length) d.related = r.related;
  if (r.fixes?.length) d.fixes = r.fixes;
  if (r.deal?.id !== undefined) d.deal = r.deal.id;
  const owner = r.owner ?? r.deal?.owner ?? r.goal?.owner;
  if (owner !== undefined) d.owner = owner;
  return d;
}

/** Goal rules see every goals sheet; one that needs a column the sheet lacks is skipped quietly. */
function runGoalRules(table: GoalsTable, active: ActiveRule[]) {
  const runnable = active.filter(
    (a) =>
      a.rule.meta.category === 'goal' &&
      (a.rule.meta.goalColumns ?? []).every((field) => table.columns[field] !== undefined),
  );
  for (const a of runnable) a.visitor.goals?.(table);
  for (const goal of table.goals) for (const a of runnable) a.visitor.goal?.(goal, table);
}

/** Coverage rules see every coverage sheet; each judges which lever columns it needs itself. */
function runCoverageRules(table: CoverageTable, active: ActiveRule[]) {
  const runnable = active.filter((a) => a.rule.meta.category === 'coverage');
  for (const a of runnable) a.visitor.coverage?.(table);
  for (const row of table.rows) for (const a of runnable) a.visitor.coverageRow?.(row, table);
}

/** Adoption rules see every adoption sheet, with every history sheet in the facts. */
function runAdoptionRules(table: AdoptionTable, active: ActiveRule[]) {
  const runnable = active.filter((a) => a.rule.meta.category === 'adoption');
  for (const a of runnable) a.visitor.adoption?.(table);
  for (const row of table.rows) for (const a of runnable) a.visitor.adoptionRow?.(row, table);
}

/** Path rules see every path sheet, with every step's measure checked and paced in the facts. */
function runPathRules(table: PathTable, active: ActiveRule[]) {
  const runnable = active.filter((a) => a.rule.meta.category === 'path');
  for (const a of runnable) a.visitor.path?.(table);
  for (const step of table.steps) for (const a of runnable) a.visitor.pathStep?.(step, table);
}

/** Lints a workbook snapshot. Pure: reads the snapshot, returns diagnostics, writes nothing. */
export function lintWorkbook(
  workbook: WorkbookSnapshot,
  config: ResolvedConfig,
  registry: readonly RuleModule[],
  options: LintOptions = {},
): LintResult {
  const stages = config.stages ? new StageModel(config.stages, false) : new StageModel(DEFAULT_STAGES, true);
  const infos: SheetInfo[] = [];
  const tables: PipelineTable[] = [];
  const summaries: SheetSummary[] = [];
  const facts = new WorkbookFacts(
    stages,
    tables,
    registry.map((r) => r.meta.id),
  );

  for (const sheet of workbook.sheets) {
    const pin = config.sheets[sheet.name];
    const empty = !sheet.values.some((row) => row?.some((v) => !isBlank(v)));
    if (pin === 'ignore') continue;
    const header = empty ? undefined : findHeader(sheet.values, pin, config.columns);
    const dataRows = header ? countDataRows(sheet.values, header.headerIndex + 1) : 0;
    infos.push({
      name: sheet.name,
      role: header?.role,
      headerRow: header && header.headerIndex + 1,
      dataRows,
      empty,
      pinned: pin !== undefined,
    });
    summaries.push({
      name: sheet.name,
      role: header?.role,
      headerRow: header && header.headerIndex + 1,
      rows: dataRows,
    });
    if (header?.role === 'pipeline') tables.push(buildPipelineTable(sheet, header, config, stages));
    if (header?.role === 'goals') facts.goalSheets.push(buildGoalsTable(sheet, header, config));
    if (header?.role === 'coverage') facts.coverageSheets.push(buildCoverageTable(sheet, header));
    if (header?.role === 'adoption') facts.adoptionSheets.push(buildAdoptionTable(sheet, header, config));
    if (header?.role === 'adoption-history')
      facts.adoptionHistories.push(buildHistoryTable(sheet, header, config));
    if (header?.role === 'pipeline-history')
      facts.pipelineHistories.push(buildPipelineHistoryTable(sheet, header, config));
    if (header?.role === 'path') facts.pathSheets.push(buildPathTable(sheet, header, config));
    if (header?.role === 'activities') facts.activitySheets.push(buildActivitiesTable(sheet, header, config));
    if (header?.role === 'lookup') {
      const lookup = buildLookup(sheet, header);
      if (lookup) facts.addLookup(lookup);
    }
  }

  preparePaths(
    facts,
    config,
    workbook.sheets.map((s) => s.name),
  );

  const diagnostics: Diagnostic[] = [];
  const active: ActiveRule[] = [];
  for (const rule of registry) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting) continue;
    // A row's "Lint ignore" cell silences the rules that check its deal, goal or priority; workbook
    // rules (among them workbook/unused-suppression, which judges that very cell) cannot be silenced
    // from a row.
    const suppressible = rule.meta.category !== 'workbook';
    const report = (r: Report) => {
      const row = r.deal ?? r.goal ?? r.row;
      if (suppressible && row && isSuppressed(row, rule.meta.id, facts)) return;
      diagnostics.push(toDiagnostic(rule.meta.id, setting.severity, r));
    };
    active.push({ rule, visitor: rule.create({ options: setting.options, config, facts, report }) });
  }

  for (const info of infos) for (const a of active) a.visitor.sheet?.(info);
  const total = tables.reduce((n, t) => n + t.deals.length, 0);
  let done = 0;
  for (const table of tables) {
    const runnable = rulesForTable(table, active);
    for (const a of active)
      if (a.rule.meta.category !== 'pipeline' || runnable.includes(a)) a.visitor.table?.(table);
    const dealVisitors = runnable.filter((a) => a.visitor.deal).map((a) => a.visitor);
    for (const deal of table.deals) {
      for (const v of dealVisitors) v.deal!(deal, table);
      if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
    }
  }
  for (const table of facts.goalSheets) runGoalRules(table, active);
  for (const table of facts.coverageSheets) runCoverageRules(table, active);
  for (const table of facts.adoptionSheets) runAdoptionRules(table, active);
  for (const table of facts.pathSheets) runPathRules(table, active);
  for (const a of active) a.visitor.done?.();
  options.onProgress?.(total, total);

  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  diagnostics.sort(
    (a, b) =>
      (sheetOrder.get(a.location.sheet) ?? 0) - (sheetOrder.get(b.location.sheet) ?? 0) ||
      a.location.row - b.location.row ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { diagnostics, sheets: summaries, rowsLinted: total, summaries: summarize(facts, config) };
}

/** Pure reads of the tables already built; the pace verdicts follow path/behind-pace's options when set. */
function summarize(facts: WorkbookFacts, config: ResolvedConfig): WorkbookSummaries {
  const judge = config.rules.get('path/behind-pace')?.options as PaceJudgement | undefined;
  const paths = facts.pathSheets.map((table) => ({ table, paces: facts.pathPaces.get(table)! }));
  return {
    paths: judge ? pathSummary(paths, judge) : pathSummary(paths),
    coverage: facts.coverageSheets.map((t) => ({ sheet: t.sheet, priorities: coverageSummary(t) })),
    adoption: facts.adoptionSheets.map((t) => ({
      sheet: t.sheet,
      initiatives: adoptionSummary(t, config.asOf),
    })),
  };
}
