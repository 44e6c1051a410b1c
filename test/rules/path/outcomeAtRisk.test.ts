import { outcomeAtRisk } from '../../../shared/rules/path/outcomeAtRisk';
import type { CellValue } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';
import { MEETINGS, PROPOSALS, REVENUE, WORKBOOK, pathRows, step, type StepCells } from './fixtures';

// As of 2027-06-30, the last day of Q2: quarterly targets are due in full. In Q2 Ann reached
// Proposal twice and won 8,000, Bob reached it once and won 4,000; this week Ann held 1 meeting and
// Bob 2, with 14 a week due at 6 by Wednesday (see fixtures.ts).
const PATH = 'Cross-sell';
const proposals = (target: CellValue, owner = 'Each rep') =>
  step('Milestone', 'Proposals sent', { path: PATH, owner, measure: PROPOSALS, target });
/** The team's meetings this week: 3 of 6 due, 50%. */
const MEETINGS_HALF = step('Milestone', 'Second meetings', {
  path: PATH,
  owner: 'Team',
  measure: MEETINGS,
  target: '14 per week',
});
const revenue = (owner: string, target: CellValue, more: StepCells = {}) =>
  step('Outcome', 'Cross-sell revenue', { path: PATH, owner, measure: REVENUE, target, ...more });
const atRisk = (who: string, pace: string, milestones: string) =>
  `Outcome "Cross-sell revenue" on the "Cross-sell" path is at risk for ${who}: its milestones are at ${pace} of ` +
  `pace (${milestones}), so the result will likely fall short though it is not behind yet`;

ruleTester(outcomeAtRisk, {
  valid: [
    {
      name: 'milestones on pace: 3 proposals of 2 due for the team',
      rows: pathRows(proposals(1), revenue('Team', '$12k')),
      sheets: WORKBOOK,
    },
    {
      name: 'milestones close to pace are no risk: 3 of 3.5 is 86%',
      rows: pathRows(proposals(3.5, 'Team'), revenue('Team', '$12k')),
      sheets: WORKBOOK,
    },
    {
      name: 'an outcome already behind is left to path/behind-pace (12,000 of 20,000)',
      rows: pathRows(proposals(4), revenue('Team', '$20k')),
      sheets: WORKBOOK,
    },
    {
      name: 'a named path with its own milestone: the other path’s slow milestone does not count',
      rows: pathRows(
        proposals(4),
        step('Milestone', 'Upgrade quotes', { path: 'Upsell', owner: 'Team', measure: PROPOSALS, target: 1 }),
        revenue('Team', '$12k', { path: 'Upsell' }),
      ),
      sheets: WORKBOOK,
    },
    {
      name: 'an outcome without a milestone on its path',
      rows: pathRows(
        revenue('Team', '$12k'),
        step('Milestone', 'Upgrade quotes', { path: 'Upsell', measure: PROPOSALS, target: 4 }),
      ),
      sheets: WORKBOOK,
    },
    {
      name: 'a misspelled milestone is not paced',
      rows: pathRows(
        step('Milstone', 'Proposals sent', { path: PATH, measure: PROPOSALS, target: 4 }),
        revenue('Team', '$12k'),
      ),
      sheets: WORKBOOK,
    },
    {
      name: 'a lower threshold: the capped mean of 75% is not below 70%',
      rows: pathRows(proposals(1), MEETINGS_HALF, revenue('Team', '$12k')),
      options: { threshold: 0.7 },
      sheets: WORKBOOK,
    },
    {
      name: 'a milestone too early in its period is left out: 2 days of June (minElapsed)',
      rows: pathRows(
        step('Milestone', 'Second meetings', {
          path: PATH,
          owner: 'Team',
          measure: MEETINGS,
          target: '30 per month',
        }),
        revenue('Team', '$12k'),
      ),
      config: { asOf: '2027-06-02' },
      sheets: WORKBOOK,
    },
    {
      name: 'suppressed on the outcome row',
      rows: pathRows(proposals(4), revenue('Team', '$12k', { ignore: 'path/outcome-at-risk' })),
      sheets: WORKBOOK,
    },
  ],
  invalid: [
    {
      name: 'a team outcome on pace, its milestone at the team total: 3 proposals of 2 × 4 = 8 due',
      rows: pathRows(proposals(4), revenue('Team', '$12k')),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            'Outcome "Cross-sell revenue" on the "Cross-sell" path is at risk for the team: its milestones are ' +
            'at 38% of pace ("Proposals sent" 38%), so the result will likely fall short though it is not behind yet',
          address: 'Path!F3',
          owner: 'Team',
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'each rep against their own milestone pace; Bob’s outcome at 80% is close, not behind',
      rows: pathRows(proposals(4), revenue('Each rep', 5000)),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F3',
          message: atRisk('Ann', '50%', '"Proposals sent" 50%'),
          owner: 'Ann',
          related: ['Path!F2'],
        },
        {
          address: 'Path!F3',
          message: atRisk('Bob', '25%', '"Proposals sent" 25%'),
          owner: 'Bob',
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'each milestone is capped at 100%: (100% + 50%) / 2 = 75%',
      rows: pathRows(proposals(1), MEETINGS_HALF, revenue('Team', '$12k')),
      sheets: WORKBOOK,
      errors: [
        {
          message: atRisk('the team', '75%', '"Proposals sent" 150%, "Second meetings" 50%'),
          address: 'Path!F4',
          related: ['Path!F2', 'Path!F3'],
        },
      ],
    },
    {
      name: 'a higher threshold: 86% is below 90%',
      rows: pathRows(proposals(3.5, 'Team'), revenue('Team', '$12k')),
      options: { threshold: 0.9 },
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F3',
          message: atRisk('the team', '86%', '"Proposals sent" 86%'),
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'a person’s outcome: milestones owned by someone else do not bear on it',
      rows: pathRows(
        proposals(4),
        step('Milestone', 'Ann’s demos', {
          path: PATH,
          owner: 'Ann',
          measure: 'COUNT(Activities)',
          target: 100,
        }),
        revenue('Bob', 4000),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          message: atRisk('Bob', '25%', '"Proposals sent" 25%'),
          owner: 'Bob',
          address: 'Path!F4',
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'a team milestone bears on a person’s outcome',
      rows: pathRows(MEETINGS_HALF, revenue('Ann', 8000)),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F3',
          message: atRisk('Ann', '50%', '"Second meetings" 50%'),
          owner: 'Ann',
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'an earlier minElapsed lets the young milestone count: no meeting yet in June',
      rows: pathRows(
        step('Milestone', 'Second meetings', {
          path: PATH,
          owner: 'Team',
          measure: MEETINGS,
          target: '30 per month',
        }),
        revenue('Team', '$12k'),
      ),
      config: { asOf: '2027-06-02' },
      options: { minElapsed: 0.05 },
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F3',
          message: atRisk('the team', '0%', '"Second meetings" 0%'),
          related: ['Path!F2'],
        },
      ],
    },
    {
      name: 'an outcome too early to judge can already be at risk: nothing held on Monday April 5',
      rows: pathRows(MEETINGS_HALF, revenue('Team', '$12k')),
      config: { asOf: '2027-04-05' },
      sheets: WORKBOOK,
      errors: [{ message: atRisk('the team', '0%', '"Second meetings" 0%'), address: 'Path!F3' }],
    },
  ],
});
