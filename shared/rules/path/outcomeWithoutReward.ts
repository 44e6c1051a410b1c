import { defineRule } from '../../engine/rule';
import { noOptions, quoted } from '../util';
import { onPath, stepTitle } from './pathUtil';
import { cellOf } from '../../sheets/table';

/** Cells that mean "no reward". */
const NONE = /^(?:none|no|nothing|n\/?a|tbd|tbc|-+|–|—|0)(?:\s+yet)?$/i;

/**
 * Rewards for total performance: the plan everyone is on already pays for the sum of all deals, so it
 * does not single out this outcome.
 */
const TOTAL_PERFORMANCE = new RegExp(
  [
    String.raw`^(?:commissions?|comp(?:ensation)?|comp plan|bonus|salary|quota|quota attainment|president'?s club|club)$`,
    String.raw`\b(?:standard|regular|normal|usual|base|existing|current|overall|total|general|annual|quota)\b` +
      String.raw`[\s\w-]*\b(?:comp(?:ensation)?|commissions?|plan|bonus|performance|attainment|incentives?|club|salary)\b`,
    // "commission on total bookings", "bonus on all deals"
    String.raw`\b(?:comp(?:ensation)?|commissions?|bonus)\s+on\s+(?:all|total|overall)\b`,
  ].join('|'),
  'i',
);

/** Whether a Reward cell names something tied to this outcome, rather than nothing or total performance. */
export function rewardVerdict(reward: string | undefined): 'none' | 'total-performance' | 'specific' {
  if (reward === undefined || NONE.test(reward.trim())) return 'none';
  return TOTAL_PERFORMANCE.test(reward.trim()) ? 'total-performance' : 'specific';
}

export const outcomeWithoutReward = defineRule({
  meta: {
    id: 'path/outcome-without-reward',
    category: 'path',
    defaultSeverity: 'warning',
    description: 'An outcome has no specific reward or recognition tied to it.',
    docs:
      'A strategy such as cross-selling asks sellers for a particular result. If the only thing paying ' +
      'for it is the plan everyone is already on (commission on total bookings, quota attainment, the ' +
      'annual club), sellers will chase whatever revenue is easiest, and the strategy loses. This rule ' +
      'asks each outcome for a Reward cell that names something tied to that outcome: a SPIF, a bonus ' +
      'per cross-sold account, a named award. It reports a blank or "none" cell, and a reward that only ' +
      'pays for total performance.',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        row(step, table) {
          if (step.kind !== 'outcome') return;
          const verdict = rewardVerdict(step.reward);
          if (verdict === 'specific') return;
          const location = cellOf(table, step, 'reward');
          const title = `${stepTitle(step)}${onPath(step)}`;
          context.report({
            row: step,
            location,
            message:
              verdict === 'none'
                ? `${title} has no reward or recognition tied to it: name one that pays for this outcome ` +
                  '(a SPIF, a bonus, an award), or sellers will chase whatever revenue is easiest'
                : `${title} is rewarded only through ${quoted(step.reward!)}, which pays for total performance; ` +
                  'tie a reward or recognition to this outcome itself (a SPIF, a bonus, an award)',
          });
        },
      },
    };
  },
});
