import type { Goal, GoalsTable } from '../../sheets/kinds/goals';
import type { GoalAnalysis } from './types';

/**
 * Words that make a goal about money coming in. "Book" alone is not one of them: reps book demos
 * and meetings too, and a goal to book money says so with an amount.
 */
const REVENUE_WORDS =
  /\b(?:revenue|bookings|booked revenue|sales|quota|ARR|MRR|ACV|TCV|new business|closed[- ]won)\b/i;
const CURRENCY = /^\s*(?:[$€£¥₹]|USD|EUR|GBP)/i;

/**
 * A goal about money coming in, with the amount to reach: its metric or wording speaks of revenue,
 * or its target is written in a currency. A share ("+15%") is a growth rate, not an amount.
 */
export function revenueTarget(
  goal: Goal,
  a: GoalAnalysis,
  table: GoalsTable,
): { target: number; symbol: string } | undefined {
  const raw = table.columns.target !== undefined ? goal.cells[table.columns.target - 1] : undefined;
  const textCurrency = a.quantity?.unit === 'currency';
  const cellCurrency = typeof raw === 'string' && CURRENCY.test(raw);
  const about = REVENUE_WORDS.test(goal.metric ?? '') || REVENUE_WORDS.test(goal.text ?? '');
  const target = goal.target ?? (textCurrency ? (a.target ?? a.quantity!.value) : undefined);
  if (typeof raw === 'string' && raw.trim().endsWith('%')) return undefined;
  if (target === undefined || target <= 0 || !(about || textCurrency || cellCurrency)) return undefined;
  const sign = /[$€£¥₹]/.exec(typeof raw === 'string' ? raw : (a.quantity?.evidence.text ?? ''));
  return { target, symbol: sign ? sign[0] : '$' };
}
