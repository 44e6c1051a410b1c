/**
 * How the Sheets add-on draws the problem marks decided in shared/marks.ts (the same tagged rules
 * as Excel's), and how many areas one rule takes.
 */
import type { MarkedSeverity } from '../shared/marks';

/**
 * Sheets' conditional formats cannot draw Excel's coloured bottom edge, so the tint alone says it:
 * Fluent's status background colours, a step stronger than Excel's fills.
 */
export const MARK_FILL: Record<MarkedSeverity, string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#EBF3FC',
};

/**
 * A rule's ranges are kept to about this many characters of A1 text; more areas make more rules.
 * Sheets documents no limit on a rule's ranges, but each rule is a round trip to build (its
 * RangeList) and one more rule for Sheets to evaluate on every edit: 100,000 marked rows come to
 * some tens of rules, not hundreds.
 */
export const MAX_ADDRESS_CHARS = 10_000;
