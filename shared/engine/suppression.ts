import { cellLocation } from '../ground/address';
import { closestKey } from '../ground/suggest';
import type { RowRecord, Table } from '../sheets/kind';
import { setCellFix } from '../sheets/table';
import type { AnyTable } from '../sheets/registry';
import type { Report } from './rule';

/**
 * "Lint ignore" cells, applied the way ESLint applies disable comments: after a rule reports, on
 * any kind of row. The engine also reports the entries that silenced nothing, under this rule id.
 */
export const UNUSED_SUPPRESSION = 'workbook/unused-suppression';

export class Suppressions {
  /** Per row, the entries of its "Lint ignore" cell that silenced something. */
  private readonly used = new Map<RowRecord, Set<string>>();

  constructor(
    /** Every rule id the engine knows, enabled or not: an entry may name any of them. */
    private readonly knownRuleIds: readonly string[],
  ) {}

  /** Whether the row's "Lint ignore" cell silences the rule; remembers the entry that did. */
  silences(row: RowRecord, ruleId: string): boolean {
    if (!row.ignore) return false;
    const entry = row.ignore.find((e) => e === '*' || e === ruleId);
    if (entry === undefined) return false;
    let used = this.used.get(row);
    if (!used) this.used.set(row, (used = new Set()));
    used.add(entry);
    return true;
  }

  /** Entries that silenced nothing or name no rule, with a fix that keeps only the used ones. */
  unused(tables: readonly AnyTable[]): Report[] {
    const reports: Report[] = [];
    for (const table of tables) {
      const column = (table.columns as Partial<Record<string, number>>).ignore;
      if (column === undefined) continue;
      for (const row of table.rows as RowRecord[]) {
        if (!row.ignore) continue;
        const used = this.used.get(row);
        const kept = row.ignore.filter((entry) => used?.has(entry)).join(', ');
        const location = cellLocation(table.sheet, row.row, column);
        for (const entry of row.ignore.filter((e) => !used?.has(e))) {
          const known = entry === '*' || this.knownRuleIds.includes(entry);
          const guess = known ? undefined : closestKey(entry, this.knownRuleIds);
          reports.push({
            row,
            location,
            message: known
              ? `"${entry}" is ignored on this row, but it reports nothing here`
              : `"${entry}" is not a rule${guess ? `; did you mean "${guess}"?` : ''}`,
            fixes: [
              setCellFix(
                table as Table<'ignore'>,
                row,
                'ignore',
                kept ? `Keep only "${kept}"` : 'Clear the cell',
                kept,
              ),
            ],
          });
        }
      }
    }
    return reports;
  }
}
