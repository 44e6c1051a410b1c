import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { pathsOf } from '../../sheets/kinds/path';
import { onPath, stepTitle } from './pathUtil';
import { cellOf } from '../../sheets/table';

export const outcomeWithoutMilestone = defineRule({
  meta: {
    id: 'path/outcome-without-milestone',
    category: 'path',
    defaultSeverity: 'warning',
    description: 'An outcome has no milestone on its path to warn early that it will be missed.',
    docs:
      'Outcomes arrive late: by the time won revenue is short, the quarter is gone. Milestones are the ' +
      'objective, intermediate signs that the path is being walked (opportunities reaching a stage, ' +
      'second meetings held), and they show a miss weeks earlier, which matters most when sales cycles ' +
      'are long. This rule reports an outcome whose path has no milestone. Steps with the same Path cell ' +
      'form one path; a sheet without a Path column is one path.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        table(table) {
          for (const steps of pathsOf(table).values()) {
            if (steps.some((s) => s.kind === 'milestone')) continue;
            for (const outcome of steps.filter((s) => s.kind === 'outcome'))
              context.report({
                row: outcome,
                location: cellOf(table, outcome, 'kind'),
                message:
                  `${stepTitle(outcome)}${onPath(outcome)} has no milestone: add an objective sign of progress ` +
                  '(a deal reaching a stage, a second meeting held) so a miss shows weeks before the result does',
              });
          }
        },
      },
    };
  },
});
