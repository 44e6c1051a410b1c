import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { pathsOf } from '../../sheets/kinds/path';
import { onPath, stepTitle } from './pathUtil';
import { cellOf } from '../../sheets/table';

export const milestoneWithoutBehavior = defineRule({
  meta: {
    id: 'path/milestone-without-behavior',
    category: 'path',
    defaultSeverity: 'warning',
    description: 'A milestone has no behavior on its path saying what sellers should do to reach it.',
    docs:
      'A milestone says where sellers should get to; behaviors say what to do to get there. Without ' +
      'them, each seller finds a personal route, and a manager on a ride-along has nothing specific to ' +
      'watch for or coach. This rule reports a milestone whose path lists no behavior. Steps with the ' +
      'same Path cell form one path; a sheet without a Path column is one path.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        table(table) {
          for (const steps of pathsOf(table).values()) {
            if (steps.some((s) => s.kind === 'behavior')) continue;
            for (const milestone of steps.filter((s) => s.kind === 'milestone'))
              context.report({
                row: milestone,
                location: cellOf(table, milestone, 'kind'),
                message:
                  `${stepTitle(milestone)}${onPath(milestone)} has no behavior leading to it: say what sellers ` +
                  'should do to reach it, so managers know what to watch for and coach',
              });
          }
        },
      },
    };
  },
});
