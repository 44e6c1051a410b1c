/**
 * What the Views tab draws, built from a lint run by pure functions: the pane's components only
 * lay these out. Each view reads the model's tables and the summaries, never the workbook itself,
 * so it shows what the lint saw, and a move on the adoption board writes against that.
 */
import type { LintResult } from '../../engine/engine';
import type { ResolvedConfig } from '../../engine/config';
import type { CellEdit, Diagnostic } from '../../ground/types';
import { ADOPTION_STAGES, type AdoptionStage } from '../../ground/adoption';
import { cellLocation } from '../../ground/address';
import { nameKey } from '../../ground/keys';
import { formatDay } from '../../ground/values';
import type { FigureUnit } from '../../ground/words';
import type { Deal } from '../../sheets/kinds/deal';
import type { Goal, GoalsTable } from '../../sheets/kinds/goals';
import { LEVERS, type Lever } from '../../sheets/kinds/coverage';
import type { AdoptionRow, AdoptionTable } from '../../sheets/kinds/adoption';
import { adoptionHistoryKind, type HistoryField } from '../../sheets/kinds/adoptionHistory';
import type { StepKind } from '../../sheets/kinds/path';
import { cellOf, rawCell, rowAt } from '../../sheets/table';
import type { PaceVerdict } from '../../analyses/execution/pace';
import { TEAM_OWNER } from '../../analyses/execution/pace';
import type { CoverageGap } from '../../analyses/coverage';
import { ownerPipeline, teamPipeline } from '../../analyses/goals/ownerPipeline';
import { revenueTarget } from '../../analyses/goals/revenue';
import { requiredPipeline } from '../../functions/pipelineMath';
import { deadlineOf, hasActiveText, periodStart } from '../../rules/goal/goalUtil';
import { adoptionSummaries, coverageSummaries, pathSummaries, type StageMember } from '../../summaries';
import type { WorkbookChange } from '../usePipelint';
import { VIEW_STRINGS } from './strings';

/** What a view needs of a lint run: the result and the config it ran with. */
export interface ViewSource {
  result: LintResult;
  config: ResolvedConfig;
  /** The workbook's sheet names, so a sheet the board adds never takes a name in use. */
  sheetOrder: readonly string[];
}

// ---- pipeline per owner ----------------------------------------------------------------------

export const STALLED_RULE = 'pipeline/stalled-deal';
export const SLIPPED_RULE = 'pipeline/close-date-slipped';

export interface StageValue {
  stage: string;
  value: number;
  deals: number;
}

/** The open pipeline the owner's targets call for: (target − booked) ÷ win rate, as REQUIRED_PIPELINE. */
export interface RequiredPipeline {
  target: number;
  booked: number;
  winRate: number;
  /** Whose closed deals the win rate comes from: the owner's own, or the team's when they have too few. */
  winRateOf: 'owner' | 'team';
  needed: number;
  /** Where the target comes from: revenue goals on the goals sheet, or amount outcomes on a path. */
  from: 'goals' | 'path';
}

export interface OwnerPipelineView {
  owner: string;
  /** Open value per open stage, in funnel order; stages the owner has no deal in are left out. */
  stages: StageValue[];
  open: number;
  openDeals: number;
  /** Set when the owner has a money target and a win rate can be taken. */
  required?: RequiredPipeline;
  /** The owner has a money target, but too few closed deals (theirs or the team's) for a win rate. */
  noWinRate?: boolean;
  stalled: number;
  slipped: number;
}

/** The money an active goal with an owner asks them to bring in, as `goal/not-achievable` reads it. */
function moneyTarget(goal: Goal, table: GoalsTable, result: LintResult): number | undefined {
  if (!hasActiveText(goal) || goal.owner === undefined) return undefined;
  return revenueTarget(goal, result.model.goalAnalysis(goal), table)?.target;
}

/** A row repeating an earlier row of its deal is the same money again: it is counted once. */
const isRepeat = (deal: Deal) => deal.listing !== undefined && !deal.listing.line;

/**
 * Won ÷ closed over the deals, counted as `goal/not-achievable` and the wizard count it (and with
 * as many closed deals at least); a rate of nought divides nothing, so it is no rate either.
 */
function winRateOf(deals: readonly Deal[]): number | undefined {
  return teamPipeline(deals, { start: -Infinity, end: Infinity }).winRate || undefined;
}

/** Distinct rows a rule reported, per owner key: a deal with two stalled cells is one stalled deal. */
function countByOwner(diagnostics: readonly Diagnostic[], ruleId: string): Map<string, number> {
  const rows = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    if (d.ruleId !== ruleId || d.owner === undefined) continue;
    const key = nameKey(d.owner);
    if (!rows.has(key)) rows.set(key, new Set());
    rows.get(key)!.add(`${d.location.sheet}\u0000${d.location.row}`);
  }
  return new Map([...rows].map(([k, set]) => [k, set.size]));
}

/**
 * Per owner, the open value in each stage, the pipeline their targets need and how many of their
 * deals are stalled or slipped. Targets come from revenue goals (owner and amount), else from an
 * execution path's money outcomes for that owner; the win rate is the owner's own over at least
 * five closed deals, else the team's.
 */
export function pipelineView(source: ViewSource): OwnerPipelineView[] {
  const { result } = source;
  const { model } = result;
  const deals = model
    .tables('pipeline')
    .flatMap((t) => t.rows)
    .filter((d) => !isRepeat(d));
  const order = model.stages.stages.filter((s) => !s.closed);
  const byOwner = new Map<string, { owner: string; deals: Deal[] }>();
  for (const d of deals) {
    if (d.owner === undefined) continue;
    const key = nameKey(d.owner);
    if (!byOwner.has(key)) byOwner.set(key, { owner: d.owner, deals: [] });
    byOwner.get(key)!.deals.push(d);
  }
  const stalled = countByOwner(result.diagnostics, STALLED_RULE);
  const slipped = countByOwner(result.diagnostics, SLIPPED_RULE);
  const teamRate = winRateOf(deals);
  const goalTargets = revenueGoalsByOwner(source);
  const pathTargets = pathTargetsByOwner(source);

  return [...byOwner]
    .map(([key, { owner, deals: mine }]) => {
      const stages: StageValue[] = [];
      for (const stage of order) {
        const inStage = mine.filter((d) => d.stage === stage);
        if (!inStage.length) continue;
        // A negative or unreadable amount is a problem in the list, not value in the pipeline.
        const value = inStage.reduce((sum, d) => sum + Math.max(0, d.amount ?? 0), 0);
        stages.push({ stage: stage.name, value, deals: inStage.length });
      }
      const view: OwnerPipelineView = {
        owner,
        stages,
        open: stages.reduce((sum, s) => sum + s.value, 0),
        openDeals: stages.reduce((sum, s) => sum + s.deals, 0),
        stalled: stalled.get(key) ?? 0,
        slipped: slipped.get(key) ?? 0,
      };
      const own = winRateOf(mine);
      const rate = own ?? teamRate;
      const targets = goalTargets.get(key) ?? pathTargets.get(key);
      if (targets && rate !== undefined) {
        const target = targets.targets.reduce((sum, t) => sum + t.target, 0);
        const booked = targets.targets.reduce((sum, t) => sum + t.booked, 0);
        view.required = {
          target,
          booked,
          winRate: rate,
          winRateOf: own !== undefined ? 'owner' : 'team',
          needed: targets.targets.reduce((sum, t) => sum + requiredPipeline(t.target, rate, t.booked), 0),
          from: targets.from,
        };
      } else if (targets) view.noWinRate = true;
      return view;
    })
    .filter((v) => v.openDeals > 0 || v.required || v.noWinRate)
    .sort((a, b) => a.owner.localeCompare(b.owner));
}

type Targets = { from: 'goals' | 'path'; targets: { target: number; booked: number }[] };

/** Per owner key, each revenue goal's target and what the owner has won in its period so far. */
function revenueGoalsByOwner(source: ViewSource): Map<string, Targets> {
  const { model } = source.result;
  const deals = model.tables('pipeline').flatMap((t) => t.rows);
  const found = new Map<string, Targets>();
  for (const table of model.tables('goals'))
    for (const goal of table.rows) {
      const target = moneyTarget(goal, table, source.result);
      if (target === undefined) continue;
      const deadline = deadlineOf(goal, model.goalAnalysis(goal));
      if (deadline === undefined) continue;
      const start = periodStart(goal, model.goalAnalysis(goal), deadline);
      const booked = ownerPipeline(deals, goal.owner!, { start, end: deadline }).won;
      const key = nameKey(goal.owner!);
      if (!found.has(key)) found.set(key, { from: 'goals', targets: [] });
      found.get(key)!.targets.push({ target, booked });
    }
  return found;
}

/** Per owner key, the path's money outcomes for that owner: the target, and the actual as booked. */
function pathTargetsByOwner(source: ViewSource): Map<string, Targets> {
  const found = new Map<string, Targets>();
  for (const o of pathSummaries(source.result, source.config)) {
    if (o.owner === TEAM_OWNER) continue;
    const money = o.steps.filter((s) => s.kind === 'outcome' && s.unit === 'amount' && s.target > 0);
    if (money.length)
      found.set(nameKey(o.owner), {
        from: 'path',
        targets: money.map((s) => ({ target: s.target, booked: s.actual })),
      });
  }
  return found;
}

// ---- execution path per owner ----------------------------------------------------------------

export interface PathStepView {
  key: string;
  kind: StepKind;
  step: string;
  unit: FigureUnit;
  period: string;
  actual: number;
  /** The target pro-rated to the as-of day: what should be done by now. */
  expected: number;
  target: number;
  pace: number;
  verdict: PaceVerdict;
}

export interface OwnerPathView {
  owner: string;
  /** Behaviors, then milestones, then outcomes: the order the work leads to the result. */
  groups: { kind: StepKind; steps: PathStepView[] }[];
  behind: number;
}

/** The order a manager reads a path in: what people do, what it shows, what it earns. */
export const PATH_ORDER: readonly StepKind[] = ['behavior', 'milestone', 'outcome'];

/** Per owner, the execution path's steps in the order they lead to the result, with their pace. */
export function pathView(source: ViewSource): OwnerPathView[] {
  return pathSummaries(source.result, source.config).map((o) => ({
    owner: o.owner,
    behind: o.steps.filter((s) => s.verdict === 'behind').length,
    groups: PATH_ORDER.map((kind) => ({
      kind,
      steps: o.steps
        .filter((s) => s.kind === kind)
        .map((s) => ({
          key: `${s.sheet}!${s.row}`,
          kind: s.kind,
          step: s.step,
          unit: s.unit,
          period: s.period,
          actual: s.actual,
          expected: s.expected,
          target: s.target,
          pace: s.pace,
          verdict: s.verdict,
        })),
    })).filter((g) => g.steps.length > 0),
  }));
}

// ---- coverage grid -------------------------------------------------------------------------

export interface CoverageRowView {
  row: number;
  priority: string;
  role?: string;
  /** Per lever, in lever order, whether the priority's cell holds something. */
  levers: Record<Lever, boolean>;
  skill: boolean;
  will: boolean;
  verdict: CoverageGap | 'covered';
}

/** How the priorities split between knowing how (skill) and wanting to (will). */
export interface SkillWillBalance {
  both: number;
  skillOnly: number;
  willOnly: number;
  neither: number;
}

export interface CoverageSheetView {
  sheet: string;
  rows: CoverageRowView[];
  balance: SkillWillBalance;
}

export function coverageView(source: ViewSource): CoverageSheetView[] {
  return coverageSummaries(source.result).map(({ sheet, priorities }) => {
    const rows = priorities.map((p) => {
      const row: CoverageRowView = {
        row: p.row,
        priority: p.priority,
        levers: Object.fromEntries(LEVERS.map((l) => [l, p.levers.includes(l)])) as Record<Lever, boolean>,
        skill: p.skill,
        will: p.will,
        verdict: p.verdict,
      };
      if (p.role) row.role = p.role;
      return row;
    });
    const balance: SkillWillBalance = { both: 0, skillOnly: 0, willOnly: 0, neither: 0 };
    for (const r of rows) {
      if (r.skill && r.will) balance.both++;
      else if (r.skill) balance.skillOnly++;
      else if (r.will) balance.willOnly++;
      else balance.neither++;
    }
    return { sheet, rows, balance };
  });
}

// ---- adoption board --------------------------------------------------------------------------

export interface BoardCard extends StageMember {
  sheet: string;
  /** The stage as the Stage cell names it; undefined when it names none of the four. */
  stage?: AdoptionStage;
  /** The Stage cell as written, for a card whose stage is not one of the four. */
  stageText?: string;
}

export interface InitiativeBoard {
  sheet: string;
  change: string;
  columns: { stage: AdoptionStage; cards: BoardCard[] }[];
  /** People whose Stage cell names none of the four stages: shown apart, movable all the same. */
  unplaced: BoardCard[];
}

/** Per adoption sheet and initiative, the four stages of change as columns with the people in them. */
export function adoptionBoards(source: ViewSource): InitiativeBoard[] {
  return adoptionSummaries(source.result).flatMap(({ sheet, initiatives }) =>
    initiatives.map((i) => ({
      sheet,
      change: i.change,
      columns: ADOPTION_STAGES.map((stage) => ({
        stage,
        cards: i.stages[stage].map((m) => ({ ...m, sheet, stage })),
      })),
      unplaced: i.unknown.map((m) => ({ ...m, sheet })),
    })),
  );
}

/** A sheet name not yet in the workbook: "Adoption history", else "Adoption history 2"... */
function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}

/** The history's header labels, in the order a new history sheet gets them. */
const HISTORY_COLUMNS: readonly HistoryField[] = ['person', 'change', 'from', 'to', 'date'];

/**
 * The cells that move a person to another stage of a change: their Stage cell, their "since"
 * cell (the day of the move), and a row appended to the stage-change history, which is added,
 * headers first, when the workbook has none. Every cell carries what the lint saw in it, so a cell
 * someone changed meanwhile is refused rather than overwritten. The day is the run's as-of day:
 * today, unless the team pinned another day to work to, and then the move belongs to that day.
 * Undefined when the row is no longer on the sheet or the person is already in that stage.
 */
export function moveChange(
  source: ViewSource,
  card: BoardCard,
  to: AdoptionStage,
): WorkbookChange | undefined {
  const { model } = source.result;
  const table = model.tables('adoption').find((t) => t.sheet === card.sheet);
  const row = table && (rowAt(table, card.row) as AdoptionRow | undefined);
  if (!table || !row || row.person === undefined || row.change === undefined || row.stage === to)
    return undefined;
  const day = formatDay(model.settings.asOf);
  const edits: CellEdit[] = [
    { location: cellOf(table, row, 'stage'), value: to, previous: rawCell(table, row, 'stage') ?? null },
  ];
  if (table.columns.since !== undefined)
    edits.push({
      location: cellOf(table, row, 'since'),
      value: day,
      previous: rawCell(table, row, 'since') ?? null,
    });
  const entry: Record<HistoryField, string> = {
    person: row.person,
    change: row.change,
    from: row.stageText ?? '',
    to,
    date: day,
  };
  const history = historyFor(source, table);
  const addSheets: string[] = [];
  if (history) {
    for (const field of HISTORY_COLUMNS) {
      const column = history.columns[field];
      if (column !== undefined)
        edits.push({
          location: cellLocation(history.sheet, history.nextRow, column),
          value: entry[field],
          previous: null,
        });
    }
  } else {
    const sheet = freeSheetName(VIEW_STRINGS.historySheet, source.sheetOrder);
    addSheets.push(sheet);
    HISTORY_COLUMNS.forEach((field, i) => {
      edits.push({
        location: cellLocation(sheet, 1, i + 1),
        value: adoptionHistoryKind.labels[field],
        previous: null,
      });
      edits.push({ location: cellLocation(sheet, 2, i + 1), value: entry[field], previous: null });
    });
  }
  const change: WorkbookChange = { text: VIEW_STRINGS.moved(row.person, to, row.change), edits };
  if (addSheets.length) change.addSheets = addSheets;
  return change;
}

/**
 * The stage-change history a move is recorded in, and the first row below its last entry. The
 * history that already records this sheet's people is preferred when a workbook has several.
 */
function historyFor(
  source: ViewSource,
  adoption: AdoptionTable,
): { sheet: string; columns: Partial<Record<HistoryField, number>>; nextRow: number } | undefined {
  const histories = source.result.model.tables('adoption-history');
  if (!histories.length) return undefined;
  const people = new Set(adoption.rows.map((r) => (r.person === undefined ? '' : nameKey(r.person))));
  const table =
    histories.find((h) => h.rows.some((e) => e.person !== undefined && people.has(nameKey(e.person)))) ??
    histories[0];
  const last = table.rows.reduce((max, e) => Math.max(max, e.row), table.headerRow);
  return { sheet: table.sheet, columns: table.columns, nextRow: last + 1 };
}

/** The stages a card can move to: every stage but the one it is in. */
export function movesFor(card: BoardCard): AdoptionStage[] {
  return ADOPTION_STAGES.filter((s) => s !== card.stage);
}
