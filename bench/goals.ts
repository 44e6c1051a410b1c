/**
 * The SMART analysis of goal text (the tagger, date parsing, growth drivers) on 1,000 goals, as
 * a goals sheet of a large team would give it. Printed, not asserted: the machine is shared.
 */
import { analyzeGoal } from '../shared/analyses/goals/smart';
import { dayFromDate } from '../shared/ground/values';

const GOALS = 1000;
const ROUNDS = 3;
const TEMPLATES = [
  (i: number) => `Grow Vision Kit revenue in EMEA from $${400 + i}k to $${600 + i}k by Q4 2027`,
  (i: number) => `Win ${5 + (i % 20)} new manufacturing logos by December 31, 2027`,
  () => 'Improve the funnel',
  (i: number) => `Reduce churned accounts from ${100 + i} to ${50 + (i % 40)} by end of June`,
  (i: number) => `Book ${10 + (i % 30)} demos with top 20 accounts next quarter`,
  (i: number) => `Raise average deal size by ${5 + (i % 15)}% through service-plan bundles by 2027-09-30`,
];

export function benchGoals(): void {
  const context = { asOf: dayFromDate(new Date(2027, 5, 30)) };
  const goals = Array.from({ length: GOALS }, (_, i) => TEMPLATES[i % TEMPLATES.length](i));
  for (const goal of goals.slice(0, 100)) analyzeGoal(goal, context); // warm up
  const rounds = Array.from({ length: ROUNDS }, () => {
    const started = performance.now();
    for (const goal of goals) analyzeGoal(goal, context);
    return performance.now() - started;
  });
  const best = Math.min(...rounds);
  console.log(`\nSMART analysis of goal text: ${GOALS.toLocaleString('en-US')} goals`);
  console.log(
    `  ${best.toFixed(0)} ms at best (${(best / GOALS).toFixed(2)} ms a goal); rounds ${rounds.map((r) => r.toFixed(0)).join(', ')} ms`,
  );
}
