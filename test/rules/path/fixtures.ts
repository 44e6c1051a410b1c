import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import type { InvalidCase, RuleCase } from '../../ruleTester';

/**
 * Shared by the path/* rule tables. Every Path sheet here has the same columns, so addresses read
 * the same in every file: A Path, B Kind, C Step, D Owner, E Measure, F Target, G Period, H Reward,
 * I Lint ignore.
 */
export const PATH_HEADER = [
  'Path',
  'Kind',
  'Step',
  'Owner',
  'Measure',
  'Target',
  'Period',
  'Reward',
  'Lint ignore',
];

export interface StepCells {
  path?: string;
  owner?: string;
  measure?: string;
  target?: CellValue;
  period?: string;
  reward?: string;
  ignore?: string;
}

/** One row of a Path sheet: a kind, a description and whichever other cells the case needs. */
export function step(kind: string | null, text: string | null, cells: StepCells = {}): CellValue[] {
  const { path, owner, measure, target, period, reward, ignore } = cells;
  return [path, kind, text, owner, measure, target, period, reward, ignore].map((v) => v ?? null);
}

/** The rows of a Path sheet: the header, then one row per step (row 2 onwards). */
export const pathRows = (...steps: CellValue[][]): CellValue[][] => [PATH_HEADER, ...steps];

// ---- measures ------------------------------------------------------------------------------

export const CALLS = 'SUM(Activities[Calls])';
export const MEETINGS = 'SUM(Activities[Meetings])';
export const PROPOSALS = 'DEALS_REACHING("Proposal")';
export const REVENUE = 'WON_AMOUNT()';

/** A small path that every shape and reward rule accepts. */
export const CLEAN_PATH: CellValue[][] = [
  step('Behavior', 'Call installed-base customers', {
    path: 'Cross-sell',
    measure: CALLS,
    target: '70 per week',
  }),
  step('Milestone', 'Proposals sent', { path: 'Cross-sell', measure: PROPOSALS, target: 4 }),
  step('Outcome', 'Cross-sell revenue', {
    path: 'Cross-sell',
    measure: REVENUE,
    target: '$12k',
    reward: 'Cross-sell SPIF',
  }),
];

// ---- other sheets --------------------------------------------------------------------------

export const ACTIVITY_HEADER = ['Date', 'Rep', 'Type', 'Calls', 'Meetings'];

export const activities = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'Activities',
  values: [ACTIVITY_HEADER, ...rows],
});

export const PIPELINE_HEADER = [
  'Deal',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'In stage since',
  'Close date',
  'Product',
];

export const pipeline = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'Pipeline',
  values: [PIPELINE_HEADER, ...rows],
});

/** A sheet no role recognises: it exists, but measures cannot count from it. */
export const NOTES: SheetSnapshot = {
  name: 'Notes',
  values: [['Pipeline review every Monday at 9:00.'], ['Ask Dana before changing targets.']],
};

/**
 * The week of the default as-of date, Wednesday 2027-06-30: Monday 2027-06-28 to Sunday 2027-07-04,
 * so 3/7 of it has gone by and 70 calls a week are due at 30.
 *
 *   this week (06-28..06-30)   calls   meetings
 *   Ann                          30         1
 *   Bob                          12         2
 *   team                         42         3
 *
 * Bob's 50 calls on Friday 2027-06-25 belong to last week (but to June and Q2), and his 40 on
 * Thursday 2027-07-01 come after the as-of date: neither counts this week.
 */
export const WEEK = activities(
  ['2027-06-28', 'Ann', 'Call', 20, 1],
  ['2027-06-30', 'Ann', 'Call', 10, 0],
  ['2027-06-29', 'Bob', 'Call', 12, 2],
  ['2027-06-25', 'Bob', 'Call', 50, 0],
  ['2027-07-01', 'Bob', 'Call', 40, 0],
);

/**
 * Q2 2027 (April 1 to June 30, 91 days) is over on the default as-of date: a quarterly target is
 * due in full.
 *
 *   in Q2           won amount   deals won   reached Proposal   created
 *   Ann                  8,000           1        2 (D-1, D-3)         2
 *   Bob                  4,000           1        1 (D-2)              2
 *   team                12,000           2        3                    4
 *
 * D-4 is lost, so it never counts as reaching Proposal; D-5 was won and reached its stage in Q1.
 */
export const QUARTER = pipeline(
  ['D-1', 'Ann', 'Won', 8000, '2027-04-05', '2027-05-10', '2027-05-10', 'GTX Pro'],
  ['D-2', 'Bob', 'Won', 4000, '2027-04-12', '2027-06-01', '2027-06-01', 'GTX Basic'],
  ['D-3', 'Ann', 'Proposal', 6000, '2027-05-03', '2027-06-15', '2027-08-31', 'GTX Pro'],
  ['D-4', 'Bob', 'Lost', 9000, '2027-04-20', '2027-06-10', '2027-06-10', 'GTX Pro'],
  ['D-5', 'Bob', 'Won', 5000, '2027-01-15', '2027-03-20', '2027-03-20', 'GTX Pro'],
);

/**
 * A pipeline with no In stage since column, and its history: DEALS_REACHING replays the moves. In
 * Q2, D-1 (Ann) reached Proposal on 05-02 and D-3 (Bob) on 06-01; D-2 (Ann) first reached it in
 * Q1, so moving on to Negotiation in May does not count again.
 */
export const NO_STAGE_DATE: SheetSnapshot = {
  name: 'Pipeline',
  values: [
    ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'],
    ['D-1', 'Ann', 'Proposal', 6000, '2027-08-31'],
    ['D-2', 'Ann', 'Negotiation', 3000, '2027-07-31'],
    ['D-3', 'Bob', 'Won', 4000, '2027-06-10'],
  ],
};
export const STAGE_HISTORY: SheetSnapshot = {
  name: 'Pipeline history',
  values: [
    ['Timestamp', 'Deal', 'Field', 'From', 'To'],
    ['2027-03-15', 'D-2', 'Stage', 'Qualification', 'Proposal'],
    ['2027-05-02', 'D-1', 'Stage', 'Qualification', 'Proposal'],
    ['2027-05-20', 'D-2', 'Stage', 'Proposal', 'Negotiation'],
    ['2027-06-01', 'D-3', 'Stage', 'Qualification', 'Proposal'],
    ['2027-06-10', 'D-3', 'Stage', 'Proposal', 'Won'],
  ],
};

/** Both data sheets, for cases that read activities and deals. */
export const WORKBOOK: SheetSnapshot[] = [WEEK, QUARTER];

// ---- cases every measurable kind shares ----------------------------------------------------

/**
 * What path/behavior-not-measurable, path/milestone-not-verifiable and path/outcome-not-measurable
 * all ask of their kind's steps besides a working measure: a target the linter can read, for a
 * period it knows. `kind` is how the Kind cell and the messages write it; `measure` is one that
 * works in WORKBOOK.
 */
export function targetCases(kind: 'Behavior' | 'Milestone' | 'Outcome', measure: string) {
  const row = (target: CellValue, period?: string) =>
    pathRows(step(kind, 'The step', { measure, target, ...(period && { period }) }));
  const valid: RuleCase[] = [
    { name: 'a plain number: per quarter', rows: row(12), sheets: WORKBOOK },
    { name: 'an amount with a period', rows: row('$20k / quarter'), sheets: WORKBOOK },
    { name: '"3 a month"', rows: row('3 a month'), sheets: WORKBOOK },
    { name: '"12 monthly"', rows: row('12 monthly'), sheets: WORKBOOK },
    { name: 'a Period cell beside the number', rows: row('40', 'Weekly'), sheets: WORKBOOK },
    { name: 'a Period cell written "per month"', rows: row(5, 'per month'), sheets: WORKBOOK },
  ];
  const invalid: InvalidCase[] = [
    {
      name: 'no target',
      rows: row(null),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${kind} "The step" has no target, so there is no pace to judge it by; set one per period ("12 per week")`,
          address: 'Path!F2',
        },
      ],
    },
    {
      name: 'a target that is words',
      rows: row('lots'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${kind} "The step": "lots" is not a target: write a number, optionally with its period ("12 per week")`,
          address: 'Path!F2',
        },
      ],
    },
    {
      name: 'a target for a period that does not exist',
      rows: row('40 per fortnight'),
      sheets: WORKBOOK,
      errors: [
        {
          message: /^\w+ "The step": "40 per fortnight" is not a target: write a number/,
          address: 'Path!F2',
        },
      ],
    },
    {
      name: 'a target of 0',
      rows: row(0),
      sheets: WORKBOOK,
      errors: [{ message: `${kind} "The step": a target of 0 can never be behind`, address: 'Path!F2' }],
    },
    {
      name: 'a Period cell that names no period',
      rows: row(12, 'Fortnight'),
      sheets: WORKBOOK,
      errors: [
        {
          message: `${kind} "The step": "Fortnight" is not a period (day, week, month, quarter or year)`,
          address: 'Path!G2',
        },
      ],
    },
  ];
  return { valid, invalid };
}
