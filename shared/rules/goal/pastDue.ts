import { defineRule } from '../../engine/rule';
import { formatDay } from '../../ground/values';
import { money, percent, noOptions, plural, quoted } from '../util';
import { deadlineOf, isActive, targetOf } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const pastDue = defineRule({
  meta: {
    id: 'goal/past-due',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal’s deadline has passed and its target was not met.',
    docs:
      'A goal left on the sheet after its date, unmet and unremarked, teaches the team that deadlines are ' +
      'decoration. Once the deadline (the Due cell, else the date in the goal text) is before the as-of date ' +
      'and the recorded progress is below the target, or no progress is recorded at all, the goal needs a ' +
      'decision: close it as missed, or set a new date on purpose. Goals whose Status says done, achieved, ' +
      'cancelled, closed or dropped are left alone.',
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    const { asOf } = context.config;
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!isActive(goal)) return;
          const due = deadlineOf(goal, analysis);
          if (due === undefined || due >= asOf) return;
          const target = targetOf(goal, analysis);
          if (goal.completion !== undefined && goal.completion >= 1) return;
          if (goal.progress !== undefined && (target === undefined || goal.progress >= target)) return;
          const what = goal.text !== undefined ? `Goal ${quoted(goal.text)}` : 'This goal';
          const from = goal.due !== undefined ? '' : ` (from ${quoted(analysis.deadline!.evidence.text)})`;
          const state =
            goal.completion !== undefined
              ? `it is ${percent(goal.completion)} complete`
              : goal.progress === undefined
                ? 'no progress is recorded'
                : `progress is ${money(goal.progress)} of ${money(target!)}`;
          context.report({
            row: goal,
            location: goal.due !== undefined ? cellOf(table, goal, 'due') : cellOf(table, goal, 'goal'),
            message: `${what} was due ${formatDay(due)}${from}, ${plural(asOf - due, 'day')} ago, and ${state}; close it as missed or set a new date`,
          });
        },
      },
    };
  },
});
