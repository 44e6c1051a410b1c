import { defineRule } from '../../engine/rule';
import { day, figure, percent } from '../util';
import { thisPeriod } from '../../ground/period';
import { TEAM_OWNER, verdict } from '../../analyses/execution/pace';
import { paceOptions, stepTitle } from './pathUtil';
import { cellOf } from '../../sheets/table';

export const behindPace = defineRule({
  meta: {
    id: 'path/behind-pace',
    category: 'path',
    defaultSeverity: 'warning',
    description: "A step's actual is behind its target pro-rated to the as-of date, per owner.",
    docs:
      'Each step with a working measure and a target is counted for the current period (the calendar ' +
      'week, month, quarter or year holding the as-of date) up to the as-of date, and compared with the ' +
      'target pro-rated to that day: 70 calls a week is 30 by Wednesday evening (3 days of 7). A step ' +
      'owned by a named person is judged on their numbers, a step owned by "Team" on everyone together, ' +
      'and a step owned by a role (or nobody) on each owner found in the data. Milestones deserve the ' +
      'first look: they are the early signal, and the pace summary lists them first. Nothing is judged ' +
      'in the first part of a period (option minElapsed), when one slow day looks like a collapse.',
    options: paceOptions,
  },
  create(context) {
    const { threshold, minElapsed } = context.options;
    const currency = context.model.currency();
    return {
      path: {
        row(step, table) {
          const pace = context.model.paces(table).get(step);
          if (!pace) return;
          for (const o of pace.owners) {
            if (verdict(o, pace.elapsed, { threshold, minElapsed }) !== 'behind') continue;
            const who = o.ownerKey === undefined ? 'the team' : o.owner;
            context.report({
              row: step,
              owner: o.ownerKey === undefined ? TEAM_OWNER : o.owner,
              location: cellOf(table, step, 'target'),
              message:
                `${stepTitle(step)} is behind pace for ${who}: ${figure(o.actual, pace.unit, currency)} ${thisPeriod(pace.window.period)}, ` +
                `${figure(o.expected, pace.unit, currency)} expected by ${day(context.config.asOf)} ` +
                `(${percent(o.pace)} of pace toward ${figure(o.target, pace.unit, currency)})`,
            });
          }
        },
      },
    };
  },
});
