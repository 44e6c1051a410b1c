import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { isActive } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const missingOwner = defineRule({
  meta: {
    id: 'goal/missing-owner',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal has no owner.',
    docs:
      'A goal that belongs to the whole team belongs to no one: nobody is asked about it in a one-on-one ' +
      'and nobody feels its deadline. Every goal needs one named person who answers for it, even when ' +
      'others help. The rule runs when the goals sheet has an Owner column and reports each active goal ' +
      'whose Owner cell is empty.',
    options: noOptions,
    columns: { goals: { onlyWith: ['owner'] } },
  },
  create(context) {
    return {
      goals: {
        row(goal, table) {
          if (goal.owner !== undefined || !isActive(goal)) return;
          if (goal.problems?.some((p) => p.column === table.columns.owner)) return;
          const what = goal.text !== undefined ? `Goal ${quoted(goal.text)}` : 'This goal';
          context.report({
            row: goal,
            location: cellOf(table, goal, 'owner'),
            message: `${what} has no owner; name the one person who answers for it`,
          });
        },
      },
    };
  },
});
