import type { CoverageRow, CoverageTable, Lever, PriorityKind } from '../sheets/kinds/coverage';
import { buildsSkill, buildsWill, coverageGaps, leversOf, type CoverageGap } from '../analyses/coverage';

export interface PrioritySummary {
  row: number;
  priority: string;
  kind?: PriorityKind;
  kindInferred: boolean;
  role?: string;
  /** Lever columns holding something for the priority, in lever order. */
  levers: Lever[];
  skill: boolean;
  will: boolean;
  gaps: CoverageGap[];
  /** The first gap, or "covered" when there is none. */
  verdict: CoverageGap | 'covered';
}

/**
 * Per priority, the levers that cover it and the verdict, for a coverage grid in the panel. Pure:
 * it reads the table only, whatever rules are on or off.
 */
export function coverageSummary(table: CoverageTable): PrioritySummary[] {
  return table.rows
    .filter((r): r is CoverageRow & { text: string } => r.text !== undefined)
    .map((r) => {
      const { present } = leversOf(table, r);
      const gaps = coverageGaps(table, r);
      const summary: PrioritySummary = {
        row: r.row,
        priority: r.text,
        kindInferred: r.kindInferred,
        levers: present,
        skill: buildsSkill(present),
        will: buildsWill(present),
        gaps,
        verdict: gaps[0] ?? 'covered',
      };
      if (r.kind) summary.kind = r.kind;
      if (r.role) summary.role = r.role;
      return summary;
    });
}
