import { z } from 'zod';
import type { Goal, GoalsTable } from '../../sheets/kinds/goals';
import { defineRule } from '../../engine/rule';
import { formatDay } from '../../ground/values';
import { requiredPipeline } from '../../functions/pipelineMath';
import { ownerPipeline } from '../../analyses/goals/ownerPipeline';
import { revenueTarget } from '../../analyses/goals/revenue';
import { analyzeGoal, DEFAULT_MAX_GROWTH } from '../../analyses/goals/smart';
import type { WorkbookModel } from '../../analyses/model';
import type { GoalAnalysis } from '../../analyses/goals/smart';
import { money, percent, quoted } from '../util';
import { baselineOf, deadlineOf, hasActiveText, periodStart, shownNumber, splitFix } from './goalUtil';
import { cellOf } from '../../sheets/table';

function pipelineCheck(
  goal: Goal,
  analysis: GoalAnalysis,
  table: GoalsTable,
  model: WorkbookModel,
): string | undefined {
  const pipelines = model.tables('pipeline');
  if (pipelines.length === 0 || goal.owner === undefined) return undefined;
  const revenue = revenueTarget(goal, analysis, table);
  const deadline = deadlineOf(goal, analysis);
  if (!revenue || deadline === undefined) return undefined;
  const start = periodStart(goal, analysis, deadline);
  const deals = pipelines.flatMap((t) => t.rows);
  const mine = ownerPipeline(deals, goal.owner, { start, end: deadline });
  if (mine.winRate === undefined || mine.winRate === 0) return undefined;
  const needed = requiredPipeline(revenue.target, mine.winRate, mine.won);
  if (needed <= mine.open + 0.005) return undefined;
  const m = (n: number) => `${revenue.symbol}${money(Math.round(n))}`;
  const booked = mine.won > 0 ? ` with ${m(mine.won)} already won since ${formatDay(start)}` : '';
  return (
    `To reach ${m(revenue.target)} by ${formatDay(deadline)}${booked}, ${goal.owner} needs ${m(needed)} of open ` +
    `pipeline at a ${percent(mine.winRate)} win rate (${mine.wonDeals} of ${mine.wonDeals + mine.lostDeals} closed deals won); ` +
    `the open pipeline is ${m(mine.open)} (short by ${m(needed - mine.open)})`
  );
}

/**
 * Without a stated baseline, the owner's own record is one: what they won in the period of the
 * same length just before this one.
 */
function historyCheck(
  goal: Goal,
  analysis: GoalAnalysis,
  table: GoalsTable,
  model: WorkbookModel,
  maxGrowth: number,
): string | undefined {
  const pipelines = model.tables('pipeline');
  if (pipelines.length === 0 || goal.owner === undefined) return undefined;
  const revenue = revenueTarget(goal, analysis, table);
  const deadline = deadlineOf(goal, analysis);
  if (!revenue || deadline === undefined) return undefined;
  const start = periodStart(goal, analysis, deadline);
  const previous = { start: 2 * start - deadline - 1, end: start - 1 };
  const record = ownerPipeline(
    pipelines.flatMap((t) => t.rows),
    goal.owner,
    previous,
  );
  if (record.won <= 0) return undefined;
  const growth = (revenue.target - record.won) / record.won;
  if (growth <= maxGrowth + 1e-9) return undefined;
  const m = (n: number) => `${revenue.symbol}${money(Math.round(n))}`;
  return (
    `${goal.owner} won ${m(record.won)} from ${formatDay(previous.start)} to ${formatDay(previous.end)}; ` +
    `${m(revenue.target)} by ${formatDay(deadline)} is growth of ${percent(growth)} in one period, more than the ` +
    `${percent(maxGrowth)} judged achievable`
  );
}

export const notAchievable = defineRule({
  meta: {
    id: 'goal/not-achievable',
    category: 'goals',
    defaultSeverity: 'warning',
    description:
      "A goal asks for more growth than one period allows, or more revenue than the owner's pipeline can yield.",
    docs:
      'A stretch goal motivates; an impossible one is written off in the first month, and the team stops ' +
      'believing the numbers. Two checks are made. Growth: with a baseline and a target (the Baseline and ' +
      'Target columns, or "from X to Y" in the text), growth beyond `maxGrowth` in one period is flagged; ' +
      'without a stated baseline, a revenue goal is compared with what its owner won in the period of the ' +
      'same length just before it, when the workbook has a pipeline. ' +
      "Pipeline: for a revenue goal, when the workbook has a pipeline, the owner's won revenue in the goal's " +
      'period and win rate (over at least five closed deals) give the open pipeline the rest of the target ' +
      "needs, (target − won) ÷ win rate; when the owner's open deals add up to less, the shortfall is reported " +
      'in money, so the conversation is about finding pipeline, not about trying harder.',
    options: z
      .strictObject({
        maxGrowth: z
          .number()
          .min(0)
          .default(DEFAULT_MAX_GROWTH)
          .describe('Largest growth judged achievable in one period, as a fraction: 1 is +100%.'),
      })
      .prefault({}),
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    const { maxGrowth } = context.options;
    const { asOf, dateOrder } = context.config;
    return {
      goals: {
        row(goal, table) {
          if (!hasActiveText(goal)) return;
          const analysis = context.model.goalAnalysis(goal);
          const location = cellOf(table, goal, 'target');
          const fixes = () => splitFix(table, goal, asOf);
          const baseline = baselineOf(goal, analysis);
          const target = goal.target ?? analysis.target;
          if (
            baseline !== undefined &&
            target !== undefined &&
            (goal.baseline !== undefined || goal.target !== undefined)
          ) {
            if (baseline > 0 && (target - baseline) / baseline > maxGrowth + 1e-9) {
              const from =
                goal.baseline !== undefined
                  ? shownNumber(table, goal, 'baseline', baseline)
                  : money(baseline);
              const to =
                goal.target !== undefined ? shownNumber(table, goal, 'target', target) : money(target);
              context.report({
                row: goal,
                location,
                message: `Going from ${from} to ${to} is growth of ${percent((target - baseline) / baseline)} in one period, more than the ${percent(maxGrowth)} judged achievable; lower the target or split it over more periods`,
                fixes: fixes(),
              });
            }
          } else {
            const a =
              maxGrowth === DEFAULT_MAX_GROWTH
                ? analysis
                : analyzeGoal(goal.text, { asOf, dateOrder, maxGrowth });
            if (!a.criteria.A.pass) {
              context.report({
                row: goal,
                location,
                message: `Goal ${quoted(goal.text)} is out of reach: ${a.criteria.A.reason}; lower the target or split it over more periods`,
                fixes: fixes(),
              });
            } else if (baseline === undefined) {
              const history = historyCheck(goal, analysis, table, context.model, maxGrowth);
              if (history) context.report({ row: goal, location, message: history, fixes: fixes() });
            }
          }
          const shortfall = pipelineCheck(goal, analysis, table, context.model);
          if (shortfall) context.report({ row: goal, location, message: shortfall });
        },
      },
    };
  },
});
