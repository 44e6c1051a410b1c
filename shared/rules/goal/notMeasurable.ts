import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { hasActiveText, rewrite, splitFix } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const notMeasurable = defineRule({
  meta: {
    id: 'goal/not-measurable',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal sets no number to reach, in its text or in a Target column.',
    docs:
      'Without a number nobody can tell on the last day whether the goal was met, so it cannot be tracked ' +
      'along the way either, and every review turns into opinion. A goal passes when its text states an ' +
      'amount, a percentage, a count or a multiple ("double"), or when the row fills in the Target column. ' +
      'Dates do not count as quantities: "by 2027" is a deadline, not a level to reach.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!hasActiveText(goal) || analysis.criteria.M.pass || goal.target !== undefined) return;
          const dates = analysis.criteria.T.evidence.filter((e) => /\d/.test(e.text));
          const note = dates.length ? ` (${quoted(dates[0].text)} is a date, not a level)` : '';
          const where = table.columns.target !== undefined ? ' and the Target cell is empty' : '';
          context.report({
            row: goal,
            location: cellOf(table, goal, 'target'),
            message: `Goal ${quoted(goal.text)} has no number to reach${note}${where}; e.g. "${rewrite(table, goal, analysis)}"`,
            fixes: splitFix(table, goal, context.config.asOf),
          });
        },
      },
    };
  },
});
