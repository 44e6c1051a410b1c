import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import { formatDay } from '../../ground/values';
import { money, quoted, percent } from '../util';
import { baselineOf, deadlineOf, isActive, periodStart, targetOf } from './goalUtil';
import { cellOf } from '../../sheets/table';

export const offTrack = defineRule({
  meta: {
    id: 'goal/off-track',
    category: 'goals',
    defaultSeverity: 'warning',
    description: 'A goal’s progress is further behind the time elapsed than the margin allows.',
    docs:
      'Falling behind is only recoverable while there is time left, so it is worth noticing early. The ' +
      "rule compares the share of the goal's period that has gone with the share of the way from baseline " +
      'to target that progress has covered. The period runs from the Start cell (else the first day of the ' +
      'named quarter, else January 1 of the deadline year) to the deadline (the Due cell, else the text). ' +
      'When progress trails time by more than `margin`, the goal is reported, while there is still time ' +
      'to act. Goals without progress, target or a deadline, and goals already past due, are left to the ' +
      'other rules.',
    options: z
      .strictObject({
        margin: z
          .number()
          .min(0)
          .max(1)
          .default(0.15)
          .describe(
            'How far progress may trail the share of time elapsed, as a fraction: 0.15 is 15 points.',
          ),
      })
      .prefault({}),
    columns: { goals: { onlyWith: ['progress'] } },
  },
  create(context) {
    const { asOf } = context.config;
    const { margin } = context.options;
    return {
      goals: {
        row(goal, table) {
          const analysis = context.model.goalAnalysis(goal);
          if (!isActive(goal) || (goal.progress === undefined && goal.completion === undefined)) return;
          const due = deadlineOf(goal, analysis);
          const target = targetOf(goal, analysis);
          if (due === undefined || due < asOf) return;
          if (goal.completion === undefined && target === undefined) return;
          const start = periodStart(goal, analysis, due);
          const baseline = baselineOf(goal, analysis) ?? 0;
          if (due <= start || asOf <= start || target === baseline) return;
          const timeShare = (asOf - start) / (due - start);
          // A "% complete" column says the share itself; a level is measured along baseline → target.
          const progressShare = goal.completion ?? (goal.progress! - baseline) / (target! - baseline);
          if (timeShare - progressShare <= margin + 1e-9) return;
          const what = goal.text !== undefined ? `Goal ${quoted(goal.text)}` : 'This goal';
          const from = baseline !== 0 ? ` from ${money(baseline)}` : '';
          const done =
            goal.completion !== undefined
              ? `it is ${percent(goal.completion)} complete`
              : `progress of ${money(goal.progress!)} is ${percent(progressShare)} of the way${from} to ${money(target!)}`;
          context.report({
            row: goal,
            location: cellOf(table, goal, 'progress'),
            message: `${what} is off track: ${done}, but ${percent(timeShare)} of the time from ${formatDay(start)} to ${formatDay(due)} has gone`,
          });
        },
      },
    };
  },
});
