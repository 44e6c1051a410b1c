import { z } from 'zod';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { defineRule } from '../../engine/rule';
import { DateReader } from '../../ground/values';
import { day } from '../util';
import { cellOf } from '../../sheets/table';
import { nameKey } from '../../ground/keys';
import { historyByDeal } from '../../analyses/history';
import { changeCell } from '../../sheets/kinds/pipelineHistory';

export const closeDateSlipped = defineRule({
  meta: {
    id: 'pipeline/close-date-slipped',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: "The pipeline history shows a deal's expected close date pushed later too many times.",
    docs:
      'A close date that moves once is news; one that moves every few weeks is a deal nobody has ' +
      'qualified, and it props up the forecast quarter after quarter. The rule reads the pipeline ' +
      'history sheets (the change log `--snapshot` writes), counts the recorded changes of each ' +
      "deal's close date to a later day, and reports on the close date cell once the count passes " +
      '`maxSlips` (default 2, so the third slip is reported), listing the dates in order. Pulling a ' +
      'date earlier is not a slip. Without a history there is nothing to count and the rule stays silent.',
    options: z
      .strictObject({
        maxSlips: z
          .number()
          .int()
          .min(0)
          .default(2)
          .describe('Slips allowed before a deal is reported; the next one is reported.'),
      })
      .prefault({}),
    columns: { pipeline: { onlyWith: ['deal', 'closeDate'] } },
  },
  create(context) {
    const pipelineHistories = context.model.tables('pipeline-history');
    const changes = pipelineHistories.length ? historyByDeal(pipelineHistories, 'closeDate') : new Map();
    // Nothing to judge: keep the per-deal hot path free of this rule.
    if (changes.size === 0) return {};
    const dates = new DateReader(context.config.dateOrder);
    const { maxSlips } = context.options;
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.id === undefined) return;
          const slips = [];
          for (const change of changes.get(nameKey(deal.id)) ?? []) {
            const from = dates.read(change.entry.from);
            const to = dates.read(change.entry.to);
            if (from.ok === true && to.ok === true && to.value > from.value)
              slips.push({ change, from: from.value, to: to.value });
          }
          if (slips.length <= maxSlips) return;
          const path = [day(slips[0].from), ...slips.map((s) => day(s.to))].join(' → ');
          context.report({
            row: deal,
            location: cellOf(table, deal, 'closeDate'),
            message:
              `Expected close pushed later ${slips.length} times (${path}); ` +
              `at most ${maxSlips} ${maxSlips === 1 ? 'slip is' : 'slips are'} expected before the deal is requalified`,
            related: slips.map((s) => ({
              location: changeCell(s.change.table, s.change.entry),
              message: `Moved from ${day(s.from)} to ${day(s.to)}`,
            })),
          });
        },
      },
    };
  },
});
