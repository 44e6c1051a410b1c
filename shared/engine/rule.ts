import type { z } from 'zod';
import type { CellLocation, QuickFix, RelatedLocation, Severity } from '../ground/types';
import type { RowRecord, SheetInfo } from '../sheets/kind';
import type { AnyTable, FieldOf, KindId, RowOf, TableOf } from '../sheets/registry';
import type { WorkbookModel } from '../analyses/model';
import type { ResolvedConfig } from './config';

/** A rule's family: the sheet kind it checks, or `workbook` for rules about sheets and headers. */
export type RuleCategory = 'workbook' | KindId;

/** A column a rule cannot work without; a list means any one of them will do. */
export type ColumnNeed<F extends string = string> = F | readonly F[];

/** What a rule needs of one kind's sheet before its listeners for that kind run. */
export interface ColumnRequirements<F extends string> {
  /**
   * Columns without which the rule is skipped, and the gap recorded for `context.missingColumns`
   * (which `pipeline/missing-column` reports on pipeline sheets).
   */
  requires?: readonly ColumnNeed<F>[];
  /** Columns without which the rule is skipped quietly: it only checks what the team chose to track. */
  onlyWith?: readonly F[];
}

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
  /** Per sheet kind, the columns the rule needs there. */
  columns?: { [K in KindId]?: ColumnRequirements<FieldOf<K>> };
}

export interface Report {
  location: CellLocation;
  message: string;
  /**
   * The row the problem belongs to (a deal, a goal, an adoption row...), on the sheet of `location`:
   * its "Lint ignore" cell can silence the problem, and its deal and person are named in the diagnostic.
   */
  row?: RowRecord;
  /** Whose numbers the problem is about, when the row does not say (a path step's pace). */
  owner?: string;
  related?: RelatedLocation[];
  fixes?: QuickFix[];
}

/** A column that enabled rules need and a sheet lacks, with the rules that did not run for it. */
export interface MissingColumn {
  key: string;
  need: ColumnNeed;
  ruleIds: string[];
}

export interface RuleContext<Options> {
  readonly options: Options;
  readonly config: ResolvedConfig;
  readonly model: WorkbookModel;
  /** Columns enabled rules need that this table lacks (the rules were skipped for it). */
  missingColumns(table: AnyTable): readonly MissingColumn[];
  report(report: Report): void;
}

/** Listeners for one kind's sheets: the table once, then each of its rows. */
export interface KindListener<K extends KindId> {
  table?(table: TableOf<K>): void;
  row?(row: RowOf<K>, table: TableOf<K>): void;
}

/**
 * What a rule listens to, like an ESLint rule's listeners keyed by node type: per sheet kind its
 * tables and rows, plus every sheet, every table of any kind, and the end of the lint. The engine
 * calls `sheet` for every sheet, then goes through the tables in workbook order (the kind's `table`
 * listener, then `row` for each row), then `done`.
 */
export type RuleListener = { [K in KindId]?: KindListener<K> } & {
  sheet?(sheet: SheetInfo): void;
  /** Every table, whatever its kind, before its kind's own listeners. */
  anyTable?(table: AnyTable): void;
  done?(): void;
};

export interface RuleModule<Options = unknown> {
  meta: RuleMeta<Options>;
  create(context: RuleContext<Options>): RuleListener;
}

/** Keeps each rule file's Options type while the registry holds them side by side. */
export function defineRule<Options>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
