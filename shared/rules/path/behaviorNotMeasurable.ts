import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { reportUncountable } from './pathUtil';

export const behaviorNotMeasurable = defineRule({
  meta: {
    id: 'path/behavior-not-measurable',
    category: 'path',
    defaultSeverity: 'warning',
    description: 'A behavior has no measure the workbook can count, or no target.',
    docs:
      'Behaviors are what sellers do every day: calls, meetings, joint visits with their manager. They ' +
      'are the first place to look when a path goes wrong, but only if someone counts them. This rule ' +
      'asks each behavior for a measure that counts it from the workbook (usually a column of an ' +
      'activity sheet, such as SUM(Activities[Calls])) and a target per period. Problems in the measure ' +
      'are pointed at by character, with a quick fix when the intended name is clear.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        row(step, table) {
          reportUncountable(context, step, table, 'behavior', {
            noMeasure: 'nobody can tell whether it is being done',
            brokenMeasure: "can't be counted from the workbook",
            example: 'SUM(Activities[Calls])',
          });
        },
      },
    };
  },
});
