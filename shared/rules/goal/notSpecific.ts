import { defineRule } from '../../engine/rule';
import { quoteList } from '../../analyses/goals/text';
import { noOptions, quoted } from '../util';
import { hasActiveText, rewrite, splitFix } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const notSpecific = defineRule({
  meta: {
    id: 'goal/not-specific',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal does not name what it is about: no metric, product, segment, region or activity.',
    docs:
      'A goal that says only "sell more" or "improve performance" leaves each rep to guess what counts, and ' +
      'two people will read it two ways. Naming the thing being moved (revenue, demos, renewals, a product, a ' +
      'segment or a region) is what lets the rest of the goal be measured and coached. A goal passes when its ' +
      'text names such an object, or when its row fills in the Metric column. The message proposes a rewrite ' +
      'built from the words the goal already has, with a slot in angle brackets for each missing part.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!hasActiveText(goal) || analysis.criteria.S.pass || goal.metric !== undefined) return;
          const vague = analysis.criteria.S.evidence;
          const what = vague.length
            ? `states only a general aim (${quoteList(vague)})`
            : 'names no metric, product, segment, region or activity';
          context.report({
            row: goal,
            location: cellOf(table, goal, 'goal'),
            message: `Goal ${quoted(goal.text)} ${what}; say what it moves, e.g. "${rewrite(table, goal, analysis)}"`,
            fixes: splitFix(table, goal, context.config.asOf),
          });
        },
      },
    };
  },
});
