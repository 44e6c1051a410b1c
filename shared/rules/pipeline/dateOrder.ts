import { defineRule } from '../../engine/rule';
import type { DateField } from '../../sheets/kinds/pipeline';
import { day, noOptions } from '../util';
import { cellOf } from '../../sheets/table';
import { pipelineKind, isFurtherLine } from '../../sheets/kinds/pipeline';

const AS_EARLIER: Record<'created' | 'stageDate', string> = {
  created: 'created date',
  stageDate: 'stage date',
};

/** Each pair is (earlier, later): the later date may not come before the earlier one. */
const ORDER: readonly ['created' | 'stageDate', DateField][] = [
  ['created', 'stageDate'],
  ['created', 'closeDate'],
  ['stageDate', 'closeDate'],
];

export const dateOrder = defineRule({
  meta: {
    id: 'pipeline/date-order',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'A close date comes before the created or engaged date, or engagement before creation.',
    docs:
      'A deal cannot close before it was opened or engaged. Dates in the wrong order usually mean a typo, a ' +
      'day and month swapped, or a row pasted over another; they also make cycle lengths negative, which skews ' +
      'the stalled-deal limit learnt from won deals. The later date is reported with the earlier one as a ' +
      'related location.',
    options: noOptions,
    columns: { pipeline: { requires: ['closeDate', ['created', 'stageDate']] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          for (const [earlier, later] of ORDER) {
            const from = deal[earlier];
            const to = deal[later];
            if (from === undefined || to === undefined || to >= from) continue;
            context.report({
              row: deal,
              location: cellOf(table, deal, later),
              message: `${pipelineKind.labels[later]} ${day(to)} is before the ${AS_EARLIER[earlier]} ${day(from)}`,
              related: [
                {
                  location: cellOf(table, deal, earlier),
                  message: `${pipelineKind.labels[earlier]} ${day(from)}`,
                },
              ],
            });
          }
        },
      },
    };
  },
});
