import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { reportUncountable } from './pathUtil';

export const outcomeNotMeasurable = defineRule({
  meta: {
    id: 'path/outcome-not-measurable',
    category: 'path',
    defaultSeverity: 'warning',
    description: 'An outcome has no measure the workbook can count, or no target.',
    docs:
      'The outcome is the result the path exists for, usually money: won amount from cross-sold ' +
      'products, deals won in a segment. Without a measure and a target it cannot be paced, and its ' +
      'milestones cannot warn that it is at risk. This rule asks each outcome for a measure that counts ' +
      'it from the pipeline (such as WON_AMOUNT([Product] = "GTX Pro")) and a target per period. ' +
      'Problems in the measure are pointed at by character, with a quick fix when the intended name is ' +
      'clear.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        row(step, table) {
          reportUncountable(context, step, table, 'outcome', {
            noMeasure: 'neither its pace nor its milestones can say whether it will be reached',
            brokenMeasure: "can't be counted from the workbook",
            example: 'WON_AMOUNT()',
          });
        },
      },
    };
  },
});
