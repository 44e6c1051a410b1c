/**
 * Every English string the goal wizard shows or announces, in one place, as the panel keeps its
 * own in `../strings.ts`.
 */
import type { GrowthDriver, SmartLetter } from '../../analyses/goals/types';
import type { Severity } from '../../ground/types';
import { percent, plural } from '../../ground/words';
import type { GoalUnit, WizardStep } from './types';

const STEP_NAMES: Record<WizardStep, string> = {
  driver: 'Growth driver',
  metric: 'Metric and baseline',
  target: 'Target and deadline',
  owner: 'Owner and priority',
  review: 'Review',
};

/** What each driver means, in a line a rep can place their goal by. */
const DRIVER_NOTES: Record<GrowthDriver, string> = {
  'new-customers': 'Win business from customers who have never bought: new logos, first orders.',
  'products-services': 'Sell more to the customers you have: cross-selling, upselling, add-ons.',
  'market-expansion': 'Sell where the team does not sell yet: new regions, segments, channels.',
  profitability: 'Keep more of each sale: margin, pricing, fewer discounts.',
  brand: 'Make buyers come to you: referrals, customer reviews, case studies.',
};

const LETTER_NAMES: Record<SmartLetter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
};

const UNIT_NAMES: Record<GoalUnit, string> = {
  currency: 'Money',
  count: 'Count',
  percent: 'Percentage',
};

export const WIZARD = {
  tab: 'New goal',
  label: 'New goal wizard',
  intro:
    'Set a goal one question at a time. Pipelint judges it as you go and writes it as a row of the Goals sheet.',
  stepName: (step: WizardStep) => STEP_NAMES[step],
  stepHeading: (index: number, count: number, step: WizardStep) =>
    `Step ${index + 1} of ${count}: ${STEP_NAMES[step]}`,
  stepsLabel: 'Goal wizard steps',
  stepDone: (step: WizardStep) => `${STEP_NAMES[step]}, done. Go back to this step`,
  stepLater: (step: WizardStep) => `${STEP_NAMES[step]}, not yet reached`,
  back: 'Back',
  soFar: 'So far:',
  next: 'Next',
  add: 'Add goal',
  adding: 'Adding…',
  startOver: 'Start a new goal',

  driverQuestion: 'Which growth driver does this goal move?',
  driverNote: (driver: GrowthDriver) => DRIVER_NOTES[driver],
  driverMissing: 'Choose the growth driver the goal serves.',

  metric: 'Metric',
  metricHint: 'What is measured, e.g. "new-customer revenue" or "service plan attach rate".',
  metricMissing: 'Name what the goal measures.',
  unit: 'Measured as',
  unitName: (unit: GoalUnit) => UNIT_NAMES[unit],
  currency: 'Currency',
  baseline: 'Baseline',
  baselineHint: 'Where it stands today.',
  notANumber: (text: string) => `"${text}" is not a number: type digits, e.g. 400000, 400k or 12.5.`,
  numberMissing: 'Type a number.',
  negative: 'The number cannot be below zero.',

  target: 'Target',
  targetHint: 'The level to reach by the deadline.',
  sameAsBaseline: 'The target is the baseline: a goal moves the number.',
  deadline: 'Deadline',
  deadlineHint: (asOf: string) => `A day after ${asOf}, the day the workbook is judged on.`,
  deadlineMissing: 'Choose the day the goal is due.',
  deadlineInvalid: 'That is not a date: use the date picker or type YYYY-MM-DD.',
  deadlinePast: (asOf: string) => `The deadline must come after ${asOf}.`,

  owner: 'Owner',
  ownerHint: 'Who answers for the goal: pick someone from the workbook, or type a name.',
  ownerMissing: 'Name the goal’s owner.',
  priority: 'Priority',
  priorityHint: '1 is the most important of the owner’s goals.',
  priorityOption: (n: number) => (n === 1 ? '1 (highest)' : String(n)),

  sentence: 'Goal as it will be written',
  sentenceHint: 'Edit the words if you like: the letters below follow what you write.',
  sentenceMissing: 'The goal needs words.',
  useBuilt: 'Use the sentence built from the answers',
  evidenceLabel: 'The goal, with the words each letter rests on underlined',
  smartTitle: 'SMART check',
  smartScore: (score: number) => `${score} of 5 letters met`,
  letterName: (letter: SmartLetter) => LETTER_NAMES[letter],
  letterVerdict: (letter: SmartLetter, pass: boolean) =>
    `${LETTER_NAMES[letter]}: ${pass ? 'met' : 'not met'}`,
  showEvidence: (letter: SmartLetter) => `Show the words ${LETTER_NAMES[letter]} rests on`,
  rowPreview: (sheet: string, row: number, creates: boolean) =>
    creates
      ? `Adds a Goals sheet with headers and the goal in row ${row}.`
      : `Adds the goal as row ${row} of ${sheet}.`,

  pipelineTitle: 'Pipeline the target needs',
  pipelineNotMoney:
    'Worked out for goals measured in money (revenue, bookings), from the pipeline’s win rate.',
  pipelineNoSheet: 'The workbook has no pipeline sheet to work it out from.',
  pipelineNoOwner: 'Name an owner to see their pipeline.',
  pipelineNoRate: (closed: number) =>
    `No win rate yet: the workbook has ${plural(closed, 'closed deal')}, and a win rate needs at least 5.`,
  pipelineNoneWon:
    'No closed deal has been won yet, so no amount of pipeline reaches the target at this win rate.',
  rateOwn: (owner: string, won: number, closed: number, rate: number) =>
    `${owner} wins ${percent(rate)} of deals (${won} of ${plural(closed, 'closed deal')}).`,
  rateTeam: (owner: string, won: number, closed: number, rate: number) =>
    `${owner} has too few closed deals for a win rate of their own; the team’s is ${percent(rate)} (${won} of ${plural(closed, 'closed deal')}).`,
  needed: 'Open pipeline needed',
  neededFormula: (target: string, booked: string, rate: string) =>
    booked ? `(${target} − ${booked} already won) ÷ ${rate}` : `${target} ÷ ${rate} win rate`,
  open: (owner: string) => `${owner}’s open pipeline now`,
  coverage: 'Coverage',
  gap: 'Gap',
  covered: 'Covered',
  openDeals: (n: number) => plural(n, 'open deal'),

  added: (address: string) => `Added goal to ${address}`,
  addedText: (sheet: string, row: number) => `Added goal row ${row} to ${sheet}`,
  selectRow: 'Select the row',
  rowClean: 'The lint found no problems in the new row.',
  rowProblems: (n: number) => `The lint found ${plural(n, 'problem')} in the new row:`,
  severity: (s: Severity) => s,
  notWritten: 'The goal was not written: see the message above.',
  undone: 'The goal is no longer in the sheet. Change it, or add it again.',
};
