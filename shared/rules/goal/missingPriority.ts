import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { isActive } from './goalUtil';
import { cellOf, headerCell } from '../../sheets/table';
import { normalizeHeader } from '../../ground/keys';

export const missingPriority = defineRule({
  meta: {
    id: 'goal/missing-priority',
    category: 'goals',
    defaultSeverity: 'info',
    description:
      'Goals are not put in order: no Priority column, an empty Priority cell, or one priority for all.',
    docs:
      'When time runs short, and it always does near quarter end, people need to know which goal gives way ' +
      'first. A list of goals without an order leaves that choice to each rep, and they will choose the ' +
      'easiest. The rule reports an active goal whose Priority cell is empty; and once per sheet, when the ' +
      'sheet has two or more goals but no Priority column, or when every goal has the same priority, which ' +
      'orders nothing.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    return {
      goals: {
        table(table) {
          const active = table.rows.filter(isActive);
          if (active.length < 2) return;
          if (table.columns.priority === undefined) {
            context.report({
              location: headerCell(table, table.columns.goal!),
              message: `The ${active.length} goals on this sheet have no Priority column; add one and rank them so people know which goal gives way first`,
            });
            return;
          }
          const values = active.map((g) => g.priority);
          if (values.every((v) => v !== undefined && normalizeHeader(v) === normalizeHeader(values[0]!))) {
            context.report({
              location: cellOf(table, active[0], 'priority'),
              message: `All ${active.length} goals have the same priority (${quoted(values[0]!)}), which puts them in no order; rank them`,
              related: active
                .slice(1)
                .map((g) => ({ location: cellOf(table, g, 'priority'), message: 'Same priority' })),
            });
          }
        },
        row(goal, table) {
          if (table.columns.priority === undefined || goal.priority !== undefined || !isActive(goal)) return;
          if (goal.problems?.some((p) => p.column === table.columns.priority)) return;
          const what = goal.text !== undefined ? `Goal ${quoted(goal.text)}` : 'This goal';
          context.report({
            row: goal,
            location: cellOf(table, goal, 'priority'),
            message: `${what} has no priority; rank it against the other goals`,
          });
        },
      },
    };
  },
});
