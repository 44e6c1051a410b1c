import { defineRule } from '../../engine/rule';
import { quoteList } from '../../analyses/goals/text';
import { NARROW_HINT } from '../../analyses/goals/specific';
import { noOptions, quoted } from '../util';
import { hasActiveText, rewrite, splitFix } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const notSpecific = defineRule({
  meta: {
    id: 'goal/not-specific',
    category: 'goals',
    defaultSeverity: 'warning',
    description:
      'A goal does not say what it is about, or names only a broad metric ("grow bookings") with nothing narrowing it.',
    docs:
      'A goal that says only "sell more" or "improve performance" leaves each rep to guess what counts, and ' +
      'two people will read it two ways. So does one that pairs a generic verb with a broad metric: "grow ' +
      'bookings", "expand the customer base", "get better at renewals". A goal is specific when it names ' +
      'what it moves and narrows it: by a number, a segment, product, region, set of accounts (the top 20, ' +
      'named accounts), a stage, a team or a named activity (demos, QBRs). A goal also passes when its row ' +
      'fills in the Metric column. The message proposes a rewrite built from the words the goal already has, ' +
      'in its own direction ("Reduce" for a goal that aims down), with a slot in angle brackets for each ' +
      'missing part; it never takes a number from a phrase that only says which things the goal is about.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!hasActiveText(goal) || analysis.criteria.S.pass || goal.metric !== undefined) return;
          const { evidence, broad } = analysis.criteria.S;
          const what = broad
            ? `names only ${quoteList(evidence)}, which every rep can read their own way; ${NARROW_HINT}`
            : evidence.length
              ? `states only a general aim (${quoteList(evidence)}); say what it moves`
              : 'names no metric, product, segment, region or activity; say what it moves';
          context.report({
            row: goal,
            location: cellOf(table, goal, 'goal'),
            message: `Goal ${quoted(goal.text)} ${what}, e.g. "${rewrite(table, goal, analysis, { narrow: true })}"`,
            fixes: splitFix(table, goal, context.config.asOf),
          });
        },
      },
    };
  },
});
