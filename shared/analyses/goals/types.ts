import type { DateOrder, DayNumber } from '../../ground/values';

/** The five SMART letters, in the order verdicts are listed. */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export const SMART_LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** A span of the goal text: `text === goal.slice(start, end)`, so a UI can underline it. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/**
 * One letter's verdict. `reason` is plain English: what was found, or what was looked for and not
 * found. Evidence may be empty on a failure (nothing to point at) but never on a pass.
 */
export interface Criterion {
  letter: SmartLetter;
  pass: boolean;
  evidence: Evidence[];
  reason: string;
  /** S only: fails because the goal names only a broad object ("grow bookings"), which is its evidence. */
  broad?: true;
}

/** The five growth drivers a sales goal can serve. */
export type GrowthDriver =
  'new-customers' | 'products-services' | 'market-expansion' | 'profitability' | 'brand';

export type QuantityUnit = 'currency' | 'percent' | 'count';

/**
 * A quantity found in the text. Percentages are fractions, as the core's parsePercent returns
 * them: "15%" is 0.15.
 */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
  evidence: Evidence;
}

export interface GoalAnalysis {
  text: string;
  criteria: Record<SmartLetter, Criterion>;
  /** Failed letters in S, M, A, R, T order. */
  missing: SmartLetter[];
  /** Letters passed, 0 to 5. */
  score: number;
  driver?: GrowthDriver;
  /** The latest deadline the text names, as a day number (the last day of a named period). */
  deadline?: { day: DayNumber; evidence: Evidence };
  /** The quantity to reach: the target of "from X to Y", else the first amount, percentage or count. */
  quantity?: Quantity;
  /** From "from X to Y": X and Y, in the quantity's unit (percentages as fractions). */
  baseline?: number;
  target?: number;
}

export interface GoalContext {
  /** The day goals are judged on: relative periods ("next quarter") are resolved from it. */
  asOf: DayNumber;
  /** Largest growth in one period judged achievable, as a fraction: 1.0 is +100%. */
  maxGrowth?: number;
  /** How to read an ambiguous numeric date such as 3/4/2027. Default: MDY. */
  dateOrder?: DateOrder;
}
