import { type Goal } from '../../sheets/kinds/goals';
import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { cellOf } from '../../sheets/table';
import { normalizeHeader, nameKey } from '../../ground/keys';

export const duplicate = defineRule({
  meta: {
    id: 'goal/duplicate',
    category: 'goals',
    defaultSeverity: 'error',
    description: 'The same goal is listed twice for the same owner.',
    docs:
      'A goal entered twice is tracked twice: progress is updated on one row and not the other, and the ' +
      "owner's list looks longer than it is. Goals are compared ignoring case, spacing and punctuation, per " +
      'owner and per sheet; each repeat is reported with the first row as a related location.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    return {
      goals: {
        table(table) {
          const first = new Map<string, Goal>();
          for (const goal of table.rows) {
            if (goal.text === undefined) continue;
            const text = normalizeHeader(goal.text);
            if (!text) continue;
            const key = `${nameKey(goal.owner ?? '')}\u0000${text}`;
            const original = first.get(key);
            if (!original) {
              first.set(key, goal);
              continue;
            }
            const whose = goal.owner !== undefined ? ` for ${goal.owner}` : '';
            context.report({
              row: goal,
              location: cellOf(table, goal, 'goal'),
              message: `Goal ${quoted(goal.text)} is already listed${whose} on row ${original.row}`,
              related: [{ location: cellOf(table, original, 'goal'), message: 'First listed here' }],
            });
          }
        },
      },
    };
  },
});
