/**
 * How the Excel add-in draws the problem marks decided in shared/marks.ts: a tint and a coloured
 * bottom edge, like a squiggle, in Fluent's status colours, and how long one rule's address may be.
 */
import type { MarkedSeverity } from '../shared/marks';

/** Subtle on purpose: a tint and a coloured bottom edge, like a squiggle, in Fluent's status colours. */
export const MARK_STYLE: Record<MarkedSeverity, { fill: string; edge: string }> = {
  error: { fill: '#FDF3F4', edge: '#C50F1F' },
  warning: { fill: '#FFF9F5', edge: '#DA7B00' },
  info: { fill: '#F5FAFE', edge: '#0F6CBD' },
};

/**
 * An address Excel takes for one conditional format's range is kept short: the limit on a
 * multi-area reference is not documented, and 1,000 characters is far inside what Excel's own
 * dialogs take. A longer list of areas becomes several rules.
 */
export const MAX_ADDRESS_CHARS = 1_000;
