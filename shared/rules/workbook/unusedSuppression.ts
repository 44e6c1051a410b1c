import { defineRule } from '../../core/rule';
import { closestKey } from '../../core/suggest';
import { cellOf, noOptions, setCellFix } from '../util';

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
    return {
      done() {
        for (const table of facts.pipelines) {
          if (table.columns.ignore === undefined) continue;
          for (const deal of table.deals) {
            if (!deal.ignore) continue;
            const used = facts.suppressionsUsed.get(deal);
            const unused = deal.ignore.filter((entry) => !used?.has(entry));
            if (unused.length === 0) continue;
            const kept = deal.ignore.filter((entry) => used?.has(entry)).join(', ');
            for (const entry of unused) {
              const known = entry === '*' || facts.knownRuleIds.includes(entry);
              const guess = known ? undefined : closestKey(entry, facts.knownRuleIds);
              context.report({
                deal,
                location: cellOf(table, deal, 'ignore'),
                message: known
                  ? `"${entry}" is ignored on this row, but it reports nothing here`
                  : `"${entry}" is not a rule${guess ? `; did you mean "${guess}"?` : ''}`,
                fixes: [
                  setCellFix(table, deal, 'ignore', kept ? `Keep only "${kept}"` : 'Clear the cell', kept),
                ],
              });
            }
          }
        }
      },
    };
  },
});
