import { defineRule } from '../../engine/rule';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { day, noOptions, plural } from '../util';
import { cellOf } from '../../sheets/table';

export const closedDateInFuture = defineRule({
  meta: {
    id: 'pipeline/closed-date-in-future',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'A won or lost deal has a close date after the as-of date.',
    docs:
      'A closed deal closed on a day that has already come. A close date still in the future on a won or lost ' +
      'deal is the expected date left over from when it was open, and it puts the win (or the loss) in the wrong ' +
      'period: bookings, win rates and cycle lengths all read it. Set it to the day the deal closed.',
    options: noOptions,
    columns: { pipeline: { onlyWith: ['closeDate', 'stage'] } },
  },
  create(context) {
    const { asOf } = context.config;
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          const closed = deal.stage?.closed;
          if (!closed || deal.closeDate === undefined || deal.closeDate <= asOf) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'closeDate'),
            message: `The deal is ${closed} (${deal.stage!.name}) but its close date ${day(deal.closeDate)} is ${plural(deal.closeDate - asOf, 'day')} after ${day(asOf)}; set the day it closed`,
          });
        },
      },
    };
  },
});
