import { defineRule } from '../../engine/rule';
import type { Deal } from '../../sheets/kinds/pipeline';
import { noOptions } from '../util';
import { cellOf } from '../../sheets/table';
import { nameKey } from '../../ground/keys';

export const duplicateDeal = defineRule({
  meta: {
    id: 'pipeline/duplicate-deal',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'The same deal id or name appears on more than one row.',
    docs:
      "A deal listed twice is counted twice: in the pipeline total, in coverage and in the owner's numbers. " +
      'Duplicates creep in when rows are copied between tabs or a deal is re-entered instead of updated. Each ' +
      'repeat is reported with the first occurrence as a related location; ids are compared ignoring case and ' +
      'extra spaces.',
    options: noOptions,
    columns: { pipeline: { requires: ['deal'] } },
  },
  create(context) {
    const first = new Map<string, Map<string, Deal>>();
    return {
      pipeline: {
        row(deal, table) {
          if (deal.id === undefined) return;
          let seen = first.get(table.sheet);
          if (!seen) first.set(table.sheet, (seen = new Map()));
          const key = nameKey(deal.id);
          const original = seen.get(key);
          if (!original) {
            seen.set(key, deal);
            return;
          }
          context.report({
            row: deal,
            location: cellOf(table, deal, 'deal'),
            message: `Deal "${deal.id}" is already listed on row ${original.row}`,
            related: [{ location: cellOf(table, original, 'deal'), message: 'First listed here' }],
          });
        },
      },
    };
  },
});
