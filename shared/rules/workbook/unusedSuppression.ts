import { defineRule } from '../../engine/rule';
import { closestKey } from '../../ground/suggest';
import { noOptions } from '../util';
import { cellLocation } from '../../ground/address';
import type { Report } from '../../engine/rule';
import type { SuppressibleRow } from '../../analyses/model';
import type { CellValue } from '../../ground/types';

export const unusedSuppression = defineRule({
  meta: {
    id: 'workbook/unused-suppression',
    category: 'workbook',
    defaultSeverity: 'warning',
    description: 'A "Lint ignore" cell names a rule that reports nothing on that row.',
    docs:
      'A "Lint ignore" column lets a team silence a rule for one row, with the rule ids in the cell (or * for ' +
      'all), much like a disable comment in code. Once the row is fixed, the entry silences nothing, and left ' +
      'in place it would hide the next real problem. Entries that silence nothing, or that name no rule, are ' +
      'reported with a fix that removes them.',
    options: noOptions,
  },
  create(context) {
    const { facts } = context;
    type Row = SuppressibleRow & { row: number; cells: CellValue[] };
    /** Every row of every pipeline, goals, coverage and adoption sheet with a "Lint ignore" cell. */
    function* suppressingRows(): Generator<{
      sheet: string;
      column: number;
      row: Row;
      names: Partial<Report>;
    }> {
      for (const table of facts.pipelines) {
        const column = table.columns.ignore;
        if (column !== undefined)
          for (const deal of table.deals)
            if (deal.ignore) yield { sheet: table.sheet, column, row: deal, names: { deal } };
      }
      for (const table of facts.goalSheets) {
        const column = table.columns.ignore;
        if (column !== undefined)
          for (const goal of table.goals)
            if (goal.ignore) yield { sheet: table.sheet, column, row: goal, names: { goal } };
      }
      for (const table of facts.coverageSheets) {
        const column = table.columns.ignore;
        if (column !== undefined)
          for (const row of table.rows)
            if (row.ignore) yield { sheet: table.sheet, column, row, names: { row } };
      }
      for (const table of facts.adoptionSheets) {
        const column = table.columns.ignore;
        if (column !== undefined)
          for (const row of table.rows)
            if (row.ignore) yield { sheet: table.sheet, column, row, names: { row } };
      }
    }
    return {
      done() {
        for (const { sheet, column, row, names } of suppressingRows()) {
          const entries = row.ignore!;
          const used = facts.suppressionsUsed.get(row);
          const unused = entries.filter((entry) => !used?.has(entry));
          const kept = entries.filter((entry) => used?.has(entry)).join(', ');
          const location = cellLocation(sheet, row.row, column);
          for (const entry of unused) {
            const known = entry === '*' || facts.knownRuleIds.includes(entry);
            const guess = known ? undefined : closestKey(entry, facts.knownRuleIds);
            context.report({
              ...names,
              location,
              message: known
                ? `"${entry}" is ignored on this row, but it reports nothing here`
                : `"${entry}" is not a rule${guess ? `; did you mean "${guess}"?` : ''}`,
              fixes: [
                {
                  title: kept ? `Keep only "${kept}"` : 'Clear the cell',
                  edits: [{ location, value: kept, previous: row.cells[column - 1] ?? null }],
                },
              ],
            });
          }
        }
      },
    };
  },
});
