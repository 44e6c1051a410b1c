import { defineRule } from '../../engine/rule';
import { formatDay } from '../../ground/values';
import { noOptions, quoted } from '../util';
import { endOfThisQuarter, hasActiveText, rewrite, splitFix } from './goalUtil';
import { cellOf, setCellFix } from '../../sheets/table';

export const notTimeBound = defineRule({
  meta: {
    id: 'goal/not-time-bound',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal has no deadline, in its text or in a Due column.',
    docs:
      'A goal with no date never becomes late, so it never becomes urgent; it slides from one review to the ' +
      'next. A deadline also fixes the period the numbers are counted over. A goal passes when its text names ' +
      'a date or a period ("by Q3 2027", "by year-end", "within 90 days") or when the row fills in the Due ' +
      'column. When the Due column is there and empty, a quick fix proposes the end of the quarter after the ' +
      'as-of date as a starting point.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    const { asOf } = context.config;
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!hasActiveText(goal) || analysis.criteria.T.pass || goal.due !== undefined) return;
          if (goal.problems?.some((p) => p.column === table.columns.due)) return;
          const fixes = splitFix(table, goal, asOf);
          const where = table.columns.due !== undefined ? ' and the Due cell is empty' : '';
          if (table.columns.due !== undefined) {
            const end = formatDay(endOfThisQuarter(asOf));
            fixes.unshift(setCellFix(table, goal, 'due', `Set Due to ${end} (end of this quarter)`, end));
          }
          context.report({
            row: goal,
            location: cellOf(table, goal, 'due'),
            message: `Goal ${quoted(goal.text)} has no deadline${where}; e.g. "${rewrite(table, goal, analysis)}"`,
            fixes,
          });
        },
      },
    };
  },
});
