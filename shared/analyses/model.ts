import { nameKey } from '../ground/keys';
import type { DateOrder, DayNumber, DecimalSeparator } from '../ground/values';
import type { SheetInfo } from '../sheets/kind';
import type { StageInfo, StageModel } from '../sheets/stages';
import type { AnyTable, KindId, TableOf } from '../sheets/registry';
import type { Goal } from '../sheets/kinds/goals';
import type { LookupKey } from '../sheets/kinds/lookup';
import type { PathStep, PathTable } from '../sheets/kinds/path';
import { analyzeGoal, type GoalAnalysis } from './goals/smart';
import { ownersOf, readMeasure, type CompiledResult, type MeasureSources } from './execution/measure';
import { pathPaces, type StepPace } from './execution/pace';
import { historyByDeal } from './history';
import { historyOf, type PersonHistory } from './adoption';

/** What the analyses need of the config: the day judged and how text is written. */
export interface ModelSettings {
  asOf: DayNumber;
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
}

/** A list of known products, accounts or people, merged over every lookup sheet with that key. */
export interface LookupList {
  key: LookupKey;
  sheet: string;
  column: number;
  headerRow: number;
  header: string;
  /** Matching key (see `nameKey`) → the value as first written. */
  values: Map<string, string>;
  /** The list is keyed by ids ("rep_id"), not names. */
  byId: boolean;
  /** In a list keyed by id: matching key of an id → the name it stands for. */
  names: Map<string, string>;
}

/**
 * The workbook as rules and summaries see it: its tables by kind, read once, and the analyses
 * derived from them. Each analysis runs the first time something asks for it and is kept for the
 * rest of the lint, so nothing is computed that no enabled rule or summary needs. Read-only: no
 * rule changes what another sees.
 */
export class WorkbookModel {
  private readonly byKind = new Map<KindId, AnyTable[]>();
  private readonly bySheet = new Map<string, AnyTable>();
  private readonly goalAnalyses = new WeakMap<Goal, GoalAnalysis>();
  private readonly measures = new WeakMap<PathStep, CompiledResult | undefined>();
  private readonly paceCache = new WeakMap<PathTable, ReadonlyMap<PathStep, StepPace>>();
  private lookupCache?: ReadonlyMap<LookupKey, LookupList>;
  private cycles?: Float64Array;
  private firstOpen?: number | null;
  private ownerCache?: ReadonlyMap<string, string>;
  private sourceCache?: MeasureSources;

  constructor(
    /** Every sheet read, in workbook order, with what was found on it. */
    readonly sheets: readonly SheetInfo[],
    tables: readonly AnyTable[],
    readonly stages: StageModel,
    readonly settings: ModelSettings,
    /** Every sheet's name, ignored ones included: a measure may name any of them. */
    readonly sheetNames: readonly string[],
  ) {
    for (const table of tables) {
      const id = table.kind.id as KindId;
      let list = this.byKind.get(id);
      if (!list) this.byKind.set(id, (list = []));
      list.push(table);
      this.bySheet.set(table.sheet, table);
    }
  }

  /** The tables of one kind, in workbook order. */
  tables<K extends KindId>(kind: K): readonly TableOf<K>[] {
    return (this.byKind.get(kind) ?? []) as unknown as readonly TableOf<K>[];
  }

  /** Every table of every kind, in workbook order. */
  allTables(): readonly AnyTable[] {
    return [...this.bySheet.values()];
  }

  /** The table read from a sheet, if the sheet was read as one. */
  tableOnSheet(sheet: string): AnyTable | undefined {
    return this.bySheet.get(sheet);
  }

  // ---- pipeline ---------------------------------------------------------------------------------

  /** Per key, every lookup sheet's values merged; the first sheet with a key names it in messages. */
  lookups(): ReadonlyMap<LookupKey, LookupList> {
    if (!this.lookupCache) {
      const lists = new Map<LookupKey, LookupList>();
      for (const table of this.tables('lookup')) {
        const column = table.columns[table.key];
        if (column === undefined) continue;
        let list = lists.get(table.key);
        if (!list) {
          list = {
            key: table.key,
            sheet: table.sheet,
            column,
            headerRow: table.headerRow,
            header: table.headers[column - 1] ?? '',
            values: new Map(),
            byId: table.byId,
            names: new Map(),
          };
          lists.set(table.key, list);
        }
        // A list of names and a list of ids for one key do not mix: the first sheet's sort wins.
        if (table.byId !== list.byId) continue;
        for (const row of table.rows) {
          if (row.value === undefined || list.values.has(nameKey(row.value))) continue;
          list.values.set(nameKey(row.value), row.value);
          if (row.name !== undefined) list.names.set(nameKey(row.value), row.name);
        }
      }
      this.lookupCache = lists;
    }
    return this.lookupCache;
  }

  /** The currency the pipelines' amounts are formatted in, for amounts in messages and summaries. */
  currency(): string {
    return this.tables('pipeline').find((t) => t.currency)?.currency ?? '';
  }

  /** Days from creation (or engagement) to close of every won deal, sorted. */
  wonCycles(): ArrayLike<number> {
    if (!this.cycles) {
      const pipelines = this.tables('pipeline');
      const cycles = new Float64Array(pipelines.reduce((n, t) => n + t.deals.size, 0));
      let won = 0;
      // Column by column: four getters a deal were most of this on a million rows.
      for (const { deals } of pipelines) {
        for (let at = 0; at < deals.size; at++) {
          if (deals.stage(at)?.closed !== 'won') continue;
          const start = deals.day('created', at) ?? deals.day('stageDate', at);
          const close = deals.day('closeDate', at);
          if (start === undefined || close === undefined || close < start) continue;
          if (deals.listingOf(at)?.line !== true) cycles[won++] = close - start;
        }
      }
      // Sorted as numbers by the typed array, not through a comparator called n log n times.
      this.cycles = cycles.slice(0, won).sort();
    }
    return this.cycles;
  }

  /** Nearest-rank percentile (0..1) of won-deal cycle lengths; undefined without enough won deals. */
  wonCyclePercentile(p: number, minimumDeals: number): number | undefined {
    const cycles = this.wonCycles();
    if (cycles.length < minimumDeals || cycles.length === 0) return undefined;
    return cycles[Math.min(cycles.length - 1, Math.max(0, Math.ceil(p * cycles.length) - 1))];
  }

  /**
   * The first stage deals actually use. With the built-in stage list a team may skip "Lead" and
   * start at "Prospecting"; the earliest open stage in use is then the first.
   */
  firstStageIndex(): number | undefined {
    if (this.firstOpen === undefined) {
      let first = Infinity;
      if (this.stages.configured) first = this.stages.stages.find((s) => !s.closed)?.index ?? Infinity;
      else
        for (const { deals } of this.tables('pipeline'))
          for (let at = 0; at < deals.size; at++) {
            const stage = deals.stage(at);
            if (stage !== undefined && stage.closed === undefined && stage.index < first) first = stage.index;
          }
      this.firstOpen = Number.isFinite(first) ? first : null;
    }
    return this.firstOpen ?? undefined;
  }

  // ---- goals ------------------------------------------------------------------------------------

  /** The SMART verdicts on a goal's text, worked out the first time a rule asks. */
  goalAnalysis(goal: Goal): GoalAnalysis {
    let analysis = this.goalAnalyses.get(goal);
    if (!analysis) {
      analysis = analyzeGoal(goal.text ?? '', this.settings);
      this.goalAnalyses.set(goal, analysis);
    }
    return analysis;
  }

  // ---- adoption ---------------------------------------------------------------------------------

  /** The recorded moves of one person with one change, oldest first, from every history sheet. */
  adoptionMoves(person: string, change: string): PersonHistory[] {
    return historyOf(this.tables('adoption-history'), person, change);
  }

  // ---- execution paths --------------------------------------------------------------------------

  /** What measures read: the pipelines, activity logs, stages and the pipeline history's stage moves. */
  measureSources(): MeasureSources {
    this.sourceCache ??= {
      pipelines: this.tables('pipeline'),
      activities: this.tables('activities'),
      sheetNames: this.sheetNames,
      stages: this.stages,
      decimal: this.settings.decimal,
      stageMoves: this.stageMoves(),
    };
    return this.sourceCache;
  }

  /** Per deal, its dated moves into known stages, oldest first: what DEALS_REACHING counts from. */
  private stageMoves(): MeasureSources['stageMoves'] {
    const moves = new Map<string, { day: DayNumber; stage: StageInfo }[]>();
    for (const [deal, entries] of historyByDeal(this.tables('pipeline-history'), 'stage')) {
      const dated: { day: DayNumber; stage: StageInfo }[] = [];
      for (const { entry } of entries) {
        const stage = this.stages.resolve(entry.toText);
        if (stage && entry.at !== undefined) dated.push({ day: entry.at, stage });
      }
      if (dated.length) moves.set(deal, dated);
    }
    return moves;
  }

  /** A step's measure checked against the workbook; undefined when its Measure cell is blank. */
  measureOf(step: PathStep): CompiledResult | undefined {
    if (step.measureText === undefined) return undefined;
    if (!this.measures.has(step))
      this.measures.set(step, readMeasure(step.measureText, this.measureSources()));
    return this.measures.get(step);
  }

  /** Everyone the pipelines and activity logs name, by `nameKey`, as first written. */
  owners(): ReadonlyMap<string, string> {
    this.ownerCache ??= ownersOf([
      ...this.tables('pipeline').flatMap((t) => t.rows.map((d) => d.owner)),
      ...this.tables('activities').flatMap((t) => t.rows.map((r) => r.owner)),
    ]);
    return this.ownerCache;
  }

  /** Every paced step of a path sheet on the as-of date, shared by the rules and the summary. */
  paces(table: PathTable): ReadonlyMap<PathStep, StepPace> {
    let paces = this.paceCache.get(table);
    if (!paces) {
      paces = pathPaces(table, (step) => this.measureOf(step), this.settings.asOf, this.owners());
      this.paceCache.set(table, paces);
    }
    return paces;
  }
}
