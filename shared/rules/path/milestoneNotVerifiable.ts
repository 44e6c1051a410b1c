import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { reportUncountable } from './pathUtil';

export const milestoneNotVerifiable = defineRule({
  meta: {
    id: 'path/milestone-not-verifiable',
    category: 'path',
    defaultSeverity: 'warning',
    description: "A milestone's measure does not resolve to data in the workbook, or it has no target.",
    docs:
      'A milestone is worth having only if anyone can check, from the data, that it happened: "customer ' +
      'agreed to a second meeting" is a fact in the activity log, "customer seems keen" is an opinion. ' +
      'This rule asks each milestone for a measure written in the measure language (see the README) that ' +
      'resolves to sheets, columns and stages the workbook really has, and for a target per period so its ' +
      'pace can be judged. A mistyped sheet, column, stage or function name is pointed at by character, ' +
      'with a quick fix when the intended name is clear.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        row(step, table) {
          reportUncountable(context, step, table, 'milestone', {
            noMeasure: 'nobody can check from the data that it happened',
            brokenMeasure: "can't be checked against the workbook",
            example: 'DEALS_REACHING("Proposal")',
          });
        },
      },
    };
  },
});
