import type { z } from 'zod';
import type { CellLocation, QuickFix, RelatedLocation, Severity } from '../ground/types';
import type { GoalField, PipelineField } from '../sheets/headers';
import type { ResolvedConfig } from './config';
import type { Deal, PipelineTable, SheetInfo } from '../sheets/kinds/pipeline';
import type { Goal, GoalsTable } from '../sheets/kinds/goals';
import type { CoverageRow, CoverageTable } from '../sheets/kinds/coverage';
import type { AdoptionRow, AdoptionTable } from '../sheets/kinds/adoption';
import type { SuppressibleRow, WorkbookFacts } from '../analyses/model';
import type { PathStep, PathTable } from '../sheets/kinds/path';

export type RuleCategory = 'workbook' | 'pipeline' | 'goal' | 'coverage' | 'adoption' | 'path';

/** A column a rule cannot work without; a list means any one of them will do. */
export type ColumnNeed = PipelineField | readonly PipelineField[];

export interface RuleMeta<Options> {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One line, shown in rule lists and SARIF short descriptions. */
  description: string;
  /** A paragraph: what the rule checks and why it matters to a sales team. */
  docs: string;
  /** Parses the user's options; must accept `undefined` and fill in defaults. */
  options: z.ZodType<Options>;
  /** Columns without which the rule is skipped and `pipeline/missing-column` says so. */
  requires?: readonly ColumnNeed[];
  /** Columns without which the rule is skipped quietly: it only checks what the team chose to track. */
  onlyWith?: readonly PipelineField[];
  /** For goal rules: goals-sheet columns without which the rule is skipped quietly. */
  goalColumns?: readonly GoalField[];
}

export interface Report {
  location: CellLocation;
  message: string;
  /** The deal the problem belongs to: names it in the diagnostic and lets its row suppress it. */
  deal?: Deal;
  /** Likewise for a goal: names its owner and lets its row suppress it. */
  goal?: Goal;
  /** Whose numbers the problem is about, when neither a deal nor a goal says (a path step's pace). */
  owner?: string;
  /** Likewise for a row of any other sheet kind (a coverage priority, an adoption row): lets its row suppress it. */
  row?: SuppressibleRow;
  related?: RelatedLocation[];
  fixes?: QuickFix[];
}

export interface RuleContext<Options> {
  readonly options: Options;
  readonly config: ResolvedConfig;
  readonly facts: WorkbookFacts;
  report(report: Report): void;
}

/**
 * Called by the engine in this order: sheet for every sheet; table, deal... per pipeline;
 * goals, goal... per goals sheet; coverage, coverageRow... per coverage sheet;
 * adoption, adoptionRow... per adoption sheet; path, pathStep... per path sheet; then done.
 */
export interface RuleVisitor {
  sheet?(sheet: SheetInfo): void;
  table?(table: PipelineTable): void;
  deal?(deal: Deal, table: PipelineTable): void;
  goals?(table: GoalsTable): void;
  goal?(goal: Goal, table: GoalsTable): void;
  coverage?(table: CoverageTable): void;
  coverageRow?(row: CoverageRow, table: CoverageTable): void;
  adoption?(table: AdoptionTable): void;
  adoptionRow?(row: AdoptionRow, table: AdoptionTable): void;
  path?(table: PathTable): void;
  pathStep?(step: PathStep, table: PathTable): void;
  done?(): void;
}

export interface RuleModule<Options = unknown> {
  meta: RuleMeta<Options>;
  create(context: RuleContext<Options>): RuleVisitor;
}

/** Keeps each rule file's Options type while the registry holds them side by side. */
export function defineRule<Options>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
