import { defineRule } from '../../engine/rule';
import { TEAM_OWNER, milestonePace, pathMilestones, reaches, verdict } from '../../analyses/execution/pace';
import { onPath, paceOptions, stepTitle } from './pathUtil';
import { quoted, percent } from '../util';
import { cellOf } from '../../sheets/table';

export const outcomeAtRisk = defineRule({
  meta: {
    id: 'path/outcome-at-risk',
    category: 'path',
    defaultSeverity: 'warning',
    description: "An outcome is not behind yet, but its milestones' pace says it will be missed.",
    docs:
      'Outcomes lag: won revenue can look fine for weeks after the work that feeds it has dried up. ' +
      'Milestones lead, so their pace is the early warning. For each outcome and owner, this rule takes ' +
      'the pace of the milestones on the same path (each capped at 100%, so one milestone far ahead ' +
      'cannot hide another far behind) and reports the outcome when their mean is below the threshold, ' +
      'while the outcome itself is not yet behind (path/behind-pace reports that). A team outcome is ' +
      "compared with the milestones' team totals.",
    options: paceOptions,
  },
  create(context) {
    const { threshold, minElapsed } = context.options;
    return {
      path: {
        row(step, table) {
          const paces = context.model.paces(table);
          const pace = step.kind === 'outcome' ? paces?.get(step) : undefined;
          if (!pace || !paces) return;
          const milestones = pathMilestones(step, table, paces, minElapsed);
          for (const o of pace.owners) {
            if (verdict(o, pace.elapsed, { threshold, minElapsed }) === 'behind') continue;
            const lead = milestonePace(milestones, o);
            if (!lead || reaches(lead.pace, threshold)) continue;
            const who = o.ownerKey === undefined ? 'the team' : o.owner;
            const each = lead.milestones.map(
              (m) => `${quoted(m.step.text ?? `row ${m.step.row}`, 40)} ${percent(m.pace)}`,
            );
            context.report({
              row: step,
              owner: o.ownerKey === undefined ? TEAM_OWNER : o.owner,
              location: cellOf(table, step, 'target'),
              message:
                `${stepTitle(step)}${onPath(step)} is at risk for ${who}: its milestones are at ` +
                `${percent(lead.pace)} of pace (${each.join(', ')}), so the result will likely fall short ` +
                'though it is not behind yet',
              related: lead.milestones.map((m) => ({
                location: cellOf(table, m.step, 'target'),
                message: `${stepTitle(m.step)}: ${percent(m.pace)} of pace`,
              })),
            });
          }
        },
      },
    };
  },
});
