import { defineRule } from '../../engine/rule';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { noOptions } from '../util';
import { cellOf } from '../../sheets/table';

export const missingOwner = defineRule({
  meta: {
    id: 'pipeline/missing-owner',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'A deal has no owner.',
    docs:
      'A deal nobody owns is a deal nobody follows up. It also drops out of every per-rep view: win rates, ' +
      'coverage and the weekly one-to-one. Every row with a deal on it should name the person accountable ' +
      'for its next step.',
    options: noOptions,
    columns: { pipeline: { requires: ['owner'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.owner !== undefined || deal.problems?.some((p) => p.field === 'owner')) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'owner'),
            message: 'Owner is empty; every deal needs someone accountable for it',
          });
        },
      },
    };
  },
});
