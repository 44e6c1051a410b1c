import type { GrowthDriver } from '../../analyses/goals/types';

/** The wizard's steps, in the order a manager sets a goal: why, what, how much by when, who. */
export const WIZARD_STEPS = ['driver', 'metric', 'target', 'owner', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How the goal's numbers are read: money, a number of things, or a share. */
export type GoalUnit = 'currency' | 'count' | 'percent';

/** What the person has answered so far, as typed: numbers stay text until they are read. */
export interface GoalAnswers {
  driver?: GrowthDriver;
  metric: string;
  unit: GoalUnit;
  /** The symbol amounts are written with, when the unit is money. */
  currency: string;
  baseline: string;
  target: string;
  /** YYYY-MM-DD, as a date input gives it. */
  deadline: string;
  owner: string;
  /** 1 (highest) to 5. */
  priority: string;
}
