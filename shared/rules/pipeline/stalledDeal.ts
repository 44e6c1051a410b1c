import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import { isOpen, type Deal, isFurtherLine } from '../../sheets/kinds/pipeline';
import type { PipelineField } from '../../sheets/kinds/pipeline';
import { day, markLostFix, plural } from '../util';
import { cellOf } from '../../sheets/table';

/** Where idleness is measured from: the freshest sign of life the sheet records. */
function idleSince(deal: Deal): { field: PipelineField; since: number } | undefined {
  if (deal.lastActivity !== undefined) return { field: 'lastActivity', since: deal.lastActivity };
  if (deal.stageDate !== undefined) return { field: 'stageDate', since: deal.stageDate };
  if (deal.created !== undefined) return { field: 'created', since: deal.created };
  return undefined;
}

/** The fact, worded for what the idle time was measured from. */
function idleFact(field: PipelineField, days: string, stage: string, since: string): string {
  if (field === 'lastActivity') return `No activity for ${days} (last ${since}) on a deal in ${stage}`;
  if (field === 'stageDate') return `Open ${days} in ${stage} (since ${since}) with no stage change`;
  return `Open ${days} in ${stage} (created ${since}) with no later activity recorded`;
}

export const stalledDeal = defineRule({
  meta: {
    id: 'pipeline/stalled-deal',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'An open deal has had no activity or stage change for longer than its stage allows.',
    docs:
      'Deals rarely die loudly; they go quiet. A deal with no activity and no stage change for too long is ' +
      "either lost and not yet marked so, or in need of a manager's help now, not at quarter end. Idle time is " +
      'counted from the last activity when the sheet tracks it, else from the date the deal entered its stage, ' +
      "else from its creation. The limit is the stage's `maxDays` from the config; for a stage without one, " +
      'it is learnt from the workbook itself: a deal open longer than the `percentile` (default 90%) of won ' +
      "deals' cycle lengths is unlikely to close. With fewer than `minimumWonDeals` won deals there is " +
      'nothing to learn from, and only configured limits apply.',
    options: z
      .strictObject({
        percentile: z
          .number()
          .gt(0)
          .max(1)
          .default(0.9)
          .describe('Share of won deals that closed within the learnt limit, for stages without maxDays.'),
        minimumWonDeals: z
          .number()
          .int()
          .min(1)
          .default(5)
          .describe('Won deals with known cycle lengths needed before a limit is learnt from them.'),
      })
      .prefault({}),
    columns: { pipeline: { requires: ['stage', ['lastActivity', 'stageDate', 'created']] } },
  },
  create(context) {
    const { asOf } = context.config;
    const learnt = context.model.wonCyclePercentile(
      context.options.percentile,
      context.options.minimumWonDeals,
    );
    const share = `${Math.round(context.options.percentile * 100)}%`;
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (!isOpen(deal)) return;
          const idle = idleSince(deal);
          const limit = deal.stage!.maxDays ?? learnt;
          if (!idle || limit === undefined) return;
          const days = asOf - idle.since;
          if (days <= limit) return;
          const expectation =
            deal.stage!.maxDays !== undefined
              ? `the stage limit is ${plural(limit, 'day')}`
              : `${share} of won deals closed within ${plural(limit, 'day')}`;
          context.report({
            row: deal,
            location: cellOf(table, deal, idle.field),
            message: `${idleFact(idle.field, plural(days, 'day'), deal.stage!.name, day(idle.since))}; ${expectation}`,
            fixes: markLostFix(table, deal, context.model.stages),
          });
        },
      },
    };
  },
});
