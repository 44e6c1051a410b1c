import type { SheetSnapshot } from '../ground/types';
import type { HeaderGuess, LookupKey } from '../sheets/headers';
import { pipelineFieldOf } from '../sheets/headers';
import { cellText } from '../ground/values';
import type { StageModel } from '../sheets/stages';
import type { PipelineTable } from '../sheets/kinds/pipeline';
import type { GoalsTable } from '../sheets/kinds/goals';
import type { CoverageTable } from '../sheets/kinds/coverage';
import type { AdoptionTable, HistoryTable } from '../sheets/kinds/adoption';
import type { PipelineHistoryTable } from '../sheets/kinds/pipelineHistory';
import type { ActivitiesTable } from '../sheets/kinds/activities';
import type { PathStep, PathTable } from '../sheets/kinds/path';
import type { StepPace } from './execution/pace';

/** A row that can carry a "Lint ignore" cell: a deal, a goal, a coverage priority or an adoption row. */
export interface SuppressibleRow {
  ignore?: string[];
}
import { isOpen } from '../sheets/kinds/pipeline';

/** A list of known products, accounts or people kept in the workbook itself. */
export interface LookupTable {
  key: LookupKey;
  sheet: string;
  column: number;
  headerRow: number;
  header: string;
  /** Matching key (see `lookupKey`) → the value as written in the lookup sheet. */
  values: Map<string, string>;
}

/** Matches the way a spreadsheet lookup does: case and extra spaces do not count, spelling does. */
export function lookupKey(text: string): string {
  const trimmed = text.trim();
  // Called for every deal id; most hold no odd spacing, so skip the rewrite then. Upper case, not
  // lower: ids are mostly upper case already, and then no new string is made.
  return (ODD_SPACING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toUpperCase();
}

/** Whitespace other than a single plain space: only then does collapsing runs change anything. */
const ODD_SPACING = /[^\S ]| {2}/;

export function buildLookup(sheet: SheetSnapshot, header: HeaderGuess): LookupTable | undefined {
  const headerRow = sheet.values[header.headerIndex] ?? [];
  const index = headerRow.findIndex((v) => {
    const text = cellText(v);
    return text !== undefined && pipelineFieldOf(text) === header.lookupKey;
  });
  if (index < 0 || !header.lookupKey) return undefined;
  const values = new Map<string, string>();
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const text = cellText(sheet.values[i]?.[index]);
    if (text !== undefined && !values.has(lookupKey(text))) values.set(lookupKey(text), text);
  }
  return {
    key: header.lookupKey,
    sheet: sheet.name,
    column: index + 1,
    headerRow: header.headerIndex + 1,
    header: cellText(headerRow[index]) ?? '',
    values,
  };
}

/** Workbook-wide facts that rules compare a single deal against. */
export class WorkbookFacts {
  readonly lookups = new Map<LookupKey, LookupTable>();
  /** Per deal or goal, the entries of its "Lint ignore" cell that silenced something. */
  readonly suppressionsUsed = new Map<SuppressibleRow, Set<string>>();
  private cycles?: number[];
  private firstOpen?: number | null;

  /** Goals sheets, filled by the engine as it reads the workbook. */
  readonly goalSheets: GoalsTable[] = [];
  /** Coverage sheets, likewise. */
  readonly coverageSheets: CoverageTable[] = [];
  /** Adoption sheets, likewise. */
  readonly adoptionSheets: AdoptionTable[] = [];
  /** Stage-change logs of adoption sheets, likewise; read before any rule runs. */
  readonly adoptionHistories: HistoryTable[] = [];
  /** Change logs of the pipeline (`pipeline-history` sheets), likewise; read before any rule runs. */
  readonly pipelineHistories: PipelineHistoryTable[] = [];
  /** Path sheets and activity logs, likewise. */
  readonly pathSheets: PathTable[] = [];
  readonly activitySheets: ActivitiesTable[] = [];
  /** Everyone the pipelines and activity logs name, by `lookupKey`; filled by `preparePaths`. */
  readonly owners = new Map<string, string>();
  /** Per path sheet, each paced step; filled by `preparePaths` before any rule runs. */
  readonly pathPaces = new Map<PathTable, Map<PathStep, StepPace>>();

  constructor(
    readonly stages: StageModel,
    readonly pipelines: PipelineTable[],
    /** Every rule id the engine knows, enabled or not: a suppression may name any of them. */
    readonly knownRuleIds: readonly string[],
  ) {}

  addLookup(table: LookupTable) {
    const existing = this.lookups.get(table.key);
    if (!existing) {
      this.lookups.set(table.key, table);
      return;
    }
    for (const [k, v] of table.values) if (!existing.values.has(k)) existing.values.set(k, v);
  }

  markSuppressionUsed(row: SuppressibleRow, entry: string) {
    let used = this.suppressionsUsed.get(row);
    if (!used) this.suppressionsUsed.set(row, (used = new Set()));
    used.add(entry);
  }

  /** Days from creation (or engagement) to close of every won deal, sorted. */
  wonCycles(): number[] {
    if (!this.cycles) {
      const cycles: number[] = [];
      for (const table of this.pipelines) {
        for (const deal of table.deals) {
          const start = deal.created ?? deal.stageDate;
          if (deal.stage?.closed !== 'won' || start === undefined || deal.closeDate === undefined) continue;
          if (deal.closeDate >= start) cycles.push(deal.closeDate - start);
        }
      }
      this.cycles = cycles.sort((a, b) => a - b);
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
      if (!this.stages.isDefault) first = this.stages.stages.find((s) => !s.closed)?.index ?? Infinity;
      else
        for (const t of this.pipelines)
          for (const d of t.deals) if (isOpen(d) && d.stage!.index < first) first = d.stage!.index;
      this.firstOpen = Number.isFinite(first) ? first : null;
    }
    return this.firstOpen ?? undefined;
  }
}
