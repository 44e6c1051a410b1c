import type { CellEdit, Diagnostic, WorkbookSnapshot } from '../ground/types';
import { isBlank } from '../ground/values';
import { flatText } from '../ground/words';
import type { ReadContext, RowRecord, SheetAt, SheetInfo, SheetKind } from '../sheets/kind';
import { findHeader } from '../sheets/detect';
import { countDataRows } from '../sheets/table';
import { stageModelOf, type StageConfig, type StageModel } from '../sheets/stages';
import { DETECTABLE, type AnyTable, type KindId } from '../sheets/registry';
import { resolveReferences } from '../analyses/references';
import { settingsKind, type SettingsTable } from '../sheets/kinds/settings';
import { withWorkbookSettings } from './settings';
import { WorkbookModel } from '../analyses/model';
import type { ResolvedConfig, RuleDeclaration } from './config';
import type { ColumnNeed, KindListener, MissingColumn, Report, RuleListener, RuleModule } from './rule';
import { Suppressions, UNUSED_SUPPRESSION } from './suppression';

export interface SheetSummary {
  name: string;
  role?: KindId;
  headerRow?: number;
  /** Data rows linted (pipeline sheets) or read (lookup sheets). */
  rows: number;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  sheets: SheetSummary[];
  rowsLinted: number;
  /** The workbook as the rules saw it, for summaries built on demand (`shared/summaries`). */
  model: WorkbookModel;
  /** The config the lint ran with: the one given, with the workbook's settings sheet over it. */
  config: ResolvedConfig;
  /** The stages learnt from the workbook, in order, when the config names none. */
  inferredStages?: StageConfig[];
}

export interface LintOptions {
  /** Called every few thousand rows with rows done and rows in all; for progress bars. */
  onProgress?(done: number, total: number): void;
}

const PROGRESS_EVERY = 20_000;

/** What every reader is told of the config: how cells are written, the pinned columns, the stages. */
export function readContextOf(config: ResolvedConfig): ReadContext {
  return {
    asOf: config.asOf,
    dateOrder: config.dateOrder,
    dateOrderExplicit: config.dateOrderExplicit,
    decimal: config.decimal,
    decimalExplicit: config.decimalExplicit,
    pins: config.columns,
    stages: stageModelOf(config.stages),
  };
}

/** Reads every sheet the config does not ignore: its kind (from its header row) and its table. */
export function readWorkbook(workbook: WorkbookSnapshot, config: ResolvedConfig): WorkbookModel {
  return readWorkbookSettings(workbook, config).model;
}

/**
 * Reads the workbook and the config it is linted with: the config with the workbook's settings
 * sheet over it (its rules only when given the registry to check them against). The settings are
 * read first, because the stages, locale and as-of day they set change how every other sheet reads.
 */
export function readWorkbookSettings(
  workbook: WorkbookSnapshot,
  given: ResolvedConfig,
  registry?: readonly RuleDeclaration[],
): { model: WorkbookModel; config: ResolvedConfig } {
  const sheets: SheetInfo[] = [];
  const found: { kind: SheetKind; at: SheetAt }[] = [];
  for (const sheet of workbook.sheets) {
    const pin = given.sheets[sheet.name];
    if (pin === 'ignore') continue;
    const empty = !sheet.values.some((row) => row?.some((v) => !isBlank(v)));
    const kinds = pin ? DETECTABLE.filter((k) => k.id === pin) : DETECTABLE;
    const header = empty ? undefined : findHeader(sheet.values, kinds, given.columns);
    sheets.push({
      name: sheet.name,
      role: header?.kind.id,
      headerRow: header && header.headerIndex + 1,
      dataRows: header ? countDataRows(sheet.values, header.headerIndex + 1) : 0,
      empty,
      ...(pin !== undefined && { pinnedAs: pin }),
    });
    if (header) found.push({ kind: header.kind, at: { sheet, headerIndex: header.headerIndex } });
  }
  const read = (f: (typeof found)[number], context: ReadContext) =>
    f.kind.read(f.at.sheet, f.at.headerIndex, context) as AnyTable;
  const settingsRead = new Map(
    found
      .filter((f) => f.kind === settingsKind)
      .map((f) => [f, read(f, readContextOf(given)) as SettingsTable]),
  );
  const config = withWorkbookSettings(given, [...settingsRead.values()], registry);
  let context = readContextOf(config);
  // Kinds that learn from all their sheets first (the pipeline's stages) do so before any is read.
  for (const kind of DETECTABLE) {
    const mine = found.filter((f) => f.kind === kind).map((f) => f.at);
    if (kind.prepare && mine.length) context = { ...context, ...kind.prepare(mine, context) };
  }
  const tables = found.map((f) => settingsRead.get(f) ?? read(f, context));
  const settings = { asOf: config.asOf, dateOrder: config.dateOrder, decimal: config.decimal };
  const model = new WorkbookModel(
    sheets,
    tables,
    context.stages,
    settings,
    workbook.sheets.map((s) => s.name),
  );
  resolveReferences(model);
  return { model, config };
}

/** The tables of one kind in a workbook, read as the engine reads them. */
export function tablesOf<K extends KindId>(workbook: WorkbookSnapshot, config: ResolvedConfig, kind: K) {
  return readWorkbook(workbook, config).tables(kind);
}

interface ActiveRule {
  rule: RuleModule;
  listener: RuleListener;
}

function hasColumn(table: AnyTable, need: ColumnNeed): boolean {
  const columns = table.columns as Partial<Record<string, number>>;
  return typeof need === 'string' ? columns[need] !== undefined : need.some((f) => columns[f] !== undefined);
}

/**
 * The rules whose listeners for this table's kind can run on it. A rule missing a column it
 * `requires` is recorded against the table (once per column); one missing an `onlyWith` column is
 * skipped quietly.
 */
function rulesForTable(table: AnyTable, active: readonly ActiveRule[], missing: MissingColumn[]) {
  const kind = table.kind.id as KindId;
  const runnable: { rule: RuleModule; listener: KindListener<KindId> }[] = [];
  for (const a of active) {
    const needs = a.rule.meta.columns?.[kind] as
      { requires?: readonly ColumnNeed[]; onlyWith?: readonly string[] } | undefined;
    const lacking = (needs?.requires ?? []).filter((need) => !hasColumn(table, need));
    for (const need of lacking) {
      const key = typeof need === 'string' ? need : need.join('|');
      const entry = missing.find((m) => m.key === key);
      if (entry) entry.ruleIds.push(a.rule.meta.id);
      else missing.push({ key, need, ruleIds: [a.rule.meta.id] });
    }
    const quietlySkipped = (needs?.onlyWith ?? []).some((f) => !hasColumn(table, f));
    // Listeners are keyed by kind id; the table's kind is only known here, at run time.
    const listener = a.listener[kind] as KindListener<KindId> | undefined;
    if (listener && lacking.length === 0 && !quietlySkipped) runnable.push({ rule: a.rule, listener });
  }
  return runnable;
}

/**
 * Whether a table holds this very row: rows are in sheet order, so a binary search finds the row
 * number; a snapshot log may read several records from one sheet row, so the neighbours count too.
 */
function holds(table: AnyTable, row: RowRecord): boolean {
  const rows = table.rows as RowRecord[];
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < row.row) lo = mid + 1;
    else if (rows[mid].row > row.row) hi = mid - 1;
    else {
      for (let i = mid; i >= 0 && rows[i].row === row.row; i--) if (rows[i] === row) return true;
      for (let i = mid + 1; i < rows.length && rows[i].row === row.row; i++) if (rows[i] === row) return true;
      return false;
    }
  }
  return false;
}

/** The table of a report's row: almost always the table on the report's sheet, else any that holds it. */
function tableOfRow(model: WorkbookModel, r: Report): AnyTable | undefined {
  if (!r.row) return undefined;
  const onSheet = model.tableOnSheet(r.location.sheet);
  if (onSheet && holds(onSheet, r.row)) return onSheet;
  return model.allTables().find((t) => holds(t, r.row!));
}

/** Names the row's deal and person in the diagnostic, as its kind tells them. */
function toDiagnostic(
  ruleId: string,
  severity: Diagnostic['severity'],
  r: Report,
  kind?: SheetKind,
): Diagnostic {
  const d: Diagnostic = { ruleId, severity, message: flatText(r.message), location: r.location };
  if (r.related?.length) d.related = r.related;
  if (r.fixes?.length) d.fixes = r.fixes;
  const deal = r.row && kind?.dealOf?.(r.row);
  if (deal !== undefined) d.deal = deal;
  const owner = r.owner ?? (r.row && kind?.ownerOf?.(r.row));
  if (owner !== undefined) d.owner = owner;
  return d;
}

/** Lints a workbook snapshot. Pure: reads the snapshot, returns diagnostics, writes nothing. */
export function lintWorkbook(
  workbook: WorkbookSnapshot,
  given: ResolvedConfig,
  registry: readonly RuleModule[],
  options: LintOptions = {},
): LintResult {
  const { model, config } = readWorkbookSettings(workbook, given, registry);
  const tables = model.allTables();
  // The row the engine is handing the rules, and its table: nearly every report is about it, and
  // knowing so spares a binary search of a million rows (a cache miss a step) for each report.
  let currentRow: RowRecord | undefined;
  let currentTable: AnyTable | undefined;
  const kindOf = (r: Report) =>
    (r.row !== undefined && r.row === currentRow ? currentTable : tableOfRow(model, r))?.kind as
      SheetKind | undefined;
  const suppressions = new Suppressions(registry.map((r) => r.meta.id));
  const missing = new Map<AnyTable, MissingColumn[]>(tables.map((t) => [t, []]));

  const diagnostics: Diagnostic[] = [];
  const active: ActiveRule[] = [];
  for (const rule of registry) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting) continue;
    // A row's "Lint ignore" cell silences the rules that check that row, of any kind; workbook
    // rules (about sheets and headers, not rows) cannot be silenced from a row.
    const suppressible = rule.meta.category !== 'workbook';
    const report = (r: Report) => {
      if (suppressible && r.row && suppressions.silences(r.row, rule.meta.id)) return;
      diagnostics.push(toDiagnostic(rule.meta.id, setting.severity, r, kindOf(r)));
    };
    const listener = rule.create({
      options: setting.options,
      config,
      model,
      report,
      missingColumns: (table) => missing.get(table) ?? [],
    });
    active.push({ rule, listener });
  }

  for (const info of model.sheets) for (const a of active) a.listener.sheet?.(info);
  const primary = tables.filter((t) => (t.kind as SheetKind).primary);
  const total = primary.reduce((n, t) => n + t.rows.length, 0);
  let done = 0;
  for (const table of tables) {
    const runnable = rulesForTable(table, active, missing.get(table)!);
    for (const a of active) a.listener.anyTable?.(table);
    for (const { listener } of runnable) listener.table?.(table);
    const rowListeners = runnable.filter((r) => r.listener.row).map((r) => r.listener);
    const counts = (table.kind as SheetKind).primary === true;
    // Index loops: a for-of here made an iterator for every row, 44 MB on a million rows.
    const rows = table.rows as RowRecord[];
    for (let i = 0; i < rows.length; i++) {
      currentRow = rows[i];
      currentTable = table;
      for (let l = 0; l < rowListeners.length; l++) rowListeners[l].row!(rows[i] as never, table);
      if (counts && ++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
    }
  }
  currentRow = currentTable = undefined;
  for (const a of active) a.listener.done?.();
  const unused = config.rules.get(UNUSED_SUPPRESSION);
  if (unused)
    for (const r of suppressions.unused(tables))
      diagnostics.push(toDiagnostic(UNUSED_SUPPRESSION, unused.severity, r, kindOf(r)));
  options.onProgress?.(total, total);

  dropFormulaFixes(diagnostics, workbook);
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  diagnostics.sort(
    (a, b) =>
      (sheetOrder.get(a.location.sheet) ?? 0) - (sheetOrder.get(b.location.sheet) ?? 0) ||
      a.location.row - b.location.row ||
      a.location.column - b.location.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
  const result: LintResult = {
    diagnostics,
    sheets: model.sheets.map(sheetSummary),
    rowsLinted: total,
    model,
    config,
  };
  if (model.stages.origin === 'inferred') result.inferredStages = stageList(model.stages);
  return result;
}

/**
 * Leaves out every fix that would write over a formula: the problem stays reported, but its cell is
 * computed, and the fix belongs in the cells the formula reads, not in a constant put over it.
 */
function dropFormulaFixes(diagnostics: Diagnostic[], workbook: WorkbookSnapshot): void {
  const formulas = new Map(workbook.sheets.filter((s) => s.formulas).map((s) => [s.name, s.formulas!]));
  if (formulas.size === 0) return;
  const computed = (e: CellEdit) =>
    !!formulas.get(e.location.sheet)?.[e.location.row - 1]?.[e.location.column - 1];
  for (const d of diagnostics) {
    if (!d.fixes?.some((f) => f.edits.some(computed))) continue;
    const kept = d.fixes.filter((f) => !f.edits.some(computed));
    if (kept.length) d.fixes = kept;
    else delete d.fixes;
  }
}

/** A stage model's stages as a config lists them. */
export function stageList(stages: StageModel): StageConfig[] {
  return stages.stages.map(({ index: _index, ...stage }) => stage);
}

function sheetSummary(info: SheetInfo): SheetSummary {
  return {
    name: info.name,
    role: info.role as KindId | undefined,
    headerRow: info.headerRow,
    rows: info.dataRows,
  };
}
