import { z } from 'zod';
import { type Goal } from '../../sheets/kinds/goals';
import { defineRule } from '../../engine/rule';
import { plural } from '../util';
import { isActive } from './goalUtil';
import { cellOf } from '../../sheets/table';
import { nameKey } from '../../ground/keys';

export const tooManyGoals = defineRule({
  meta: {
    id: 'goal/too-many-goals',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'One owner carries more active goals than the limit.',
    docs:
      'Every goal added thins the attention left for the others. A rep with six goals, several of them ' +
      'leaning on each other, cannot tell which one matters this week and ends up working on whichever was ' +
      'mentioned last; a manager cannot turn such a list into a plan of calls, meetings and deals. A goal ' +
      'is active unless its Status says it is done, complete, achieved, cancelled, closed or dropped. When an ' +
      'owner has more active goals than `max`, the problem is reported once, on the first goal over the ' +
      "limit, with the owner's other goals as related locations: keep the few that matter, merge or drop " +
      'the rest.',
    options: z
      .strictObject({
        max: z
          .number()
          .int()
          .min(1)
          .default(3)
          .describe('Most active goals one owner should carry at a time.'),
      })
      .prefault({}),
    columns: { goals: { onlyWith: ['owner'] } },
  },
  create(context) {
    const { max } = context.options;
    return {
      goals: {
        table(table) {
          const byOwner = new Map<string, Goal[]>();
          for (const goal of table.rows) {
            if (goal.owner === undefined || !isActive(goal)) continue;
            const key = nameKey(goal.owner);
            byOwner.set(key, [...(byOwner.get(key) ?? []), goal]);
          }
          for (const goals of byOwner.values()) {
            if (goals.length <= max) continue;
            const over = goals[max];
            context.report({
              row: over,
              location: cellOf(table, over, 'owner'),
              message: `${over.owner} has ${plural(goals.length, 'active goal')}, more than ${max}; too many goals blur which one matters, so keep the most important ${max} and merge or drop the rest`,
              related: goals
                .filter((g) => g !== over)
                .map((g) => ({
                  location: cellOf(table, g, 'goal'),
                  message: `Another goal of ${over.owner}`,
                })),
            });
          }
        },
      },
    };
  },
});
