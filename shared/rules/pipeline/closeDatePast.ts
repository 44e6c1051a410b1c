import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import { isOpen, isFurtherLine } from '../../sheets/kinds/pipeline';
import { day, markLostFix, plural } from '../util';
import { cellOf } from '../../sheets/table';

export const closeDatePast = defineRule({
  meta: {
    id: 'pipeline/close-date-past',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: "An open deal's expected close date is before the as-of date.",
    docs:
      'An expected close date in the past on a deal that is still open means the forecast is wrong: either ' +
      'the deal closed and the sheet was not updated, or it slipped and nobody moved the date. Either way the ' +
      'deal is being counted in a period that is already over. Update the date, or close the deal as won or ' +
      'lost. `graceDays` allows a few days for paperwork.',
    options: z
      .strictObject({
        graceDays: z
          .number()
          .int()
          .min(0)
          .default(0)
          .describe('Days an expected close may lie in the past before it is reported.'),
      })
      .prefault({}),
    columns: { pipeline: { requires: ['closeDate', 'stage'] } },
  },
  create(context) {
    const { asOf } = context.config;
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (!isOpen(deal) || deal.closeDate === undefined) return;
          const overdue = asOf - deal.closeDate;
          if (overdue <= context.options.graceDays) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'closeDate'),
            message: `Expected close ${day(deal.closeDate)} passed ${plural(overdue, 'day')} ago and the deal is still open in ${deal.stage!.name}; move the date or close the deal`,
            fixes: markLostFix(table, deal, context.model.stages),
          });
        },
      },
    };
  },
});
