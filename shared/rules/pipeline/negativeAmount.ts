import { defineRule } from '../../engine/rule';
import { money, noOptions } from '../util';
import { cellOf, setCellFix } from '../../sheets/table';

export const negativeAmount = defineRule({
  meta: {
    id: 'pipeline/negative-amount',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'A deal amount is below zero.',
    docs:
      'A deal is worth something or nothing; a negative amount is almost always a credit note, a refund or a ' +
      'sign typed by mistake, and it quietly lowers pipeline and coverage totals. The fix drops the sign; ' +
      'refunds belong somewhere other than the pipeline.',
    options: noOptions,
    columns: { pipeline: { requires: ['amount'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (deal.amount === undefined || deal.amount >= 0) return;
          const location = cellOf(table, deal, 'amount');
          const title = `Change to ${money(-deal.amount)}`;
          context.report({
            row: deal,
            location,
            message: `Amount is ${money(deal.amount)}; a deal's value cannot be below zero`,
            fixes: [setCellFix(table, deal, 'amount', title, -deal.amount, false, location)],
          });
        },
      },
    };
  },
});
