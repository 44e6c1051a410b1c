import { behindPace } from '../../../shared/rules/path/behindPace';
import { ruleTester } from '../../ruleTester';
import {
  CALLS,
  MEETINGS,
  NO_STAGE_DATE,
  PROPOSALS,
  REVENUE,
  STAGE_HISTORY,
  WEEK,
  WORKBOOK,
  activities,
  pathRows,
  step,
  type StepCells,
} from './fixtures';

// As of Wednesday 2027-06-30 unless a case says otherwise: 3/7 of the week, all of June and all of
// Q2 have gone by. See WEEK and QUARTER in fixtures.ts for who did what.
const calls = (owner: string | undefined, target: string | number, more: StepCells = {}) =>
  pathRows(step('Behavior', 'Make calls', { owner, measure: CALLS, target, ...more }));

ruleTester(behindPace, {
  valid: [
    {
      name: 'Ann exactly on pace (30 of 30 due), Bob at 80%: close, which is not behind',
      rows: calls('Each rep', '70 per week'),
      sheets: [
        activities(
          ['2027-06-28', 'Ann', 'Call', 20, 0],
          ['2027-06-30', 'Ann', 'Call', 10, 0],
          ['2027-06-29', 'Bob', 'Call', 24, 0],
        ),
      ],
    },
    {
      name: 'the team together is on pace (42 of 30 due) though Bob alone is not',
      rows: calls('Team', '70 per week'),
      sheets: [WEEK],
    },
    {
      name: 'a named person on pace (Ann, 30 of 30) while another rep is behind',
      rows: calls('Ann', '70 per week'),
      sheets: [WEEK],
    },
    {
      name: 'exactly at the threshold is not behind: 20 of 91 × 25/91 = 25 due on April 25 is 80%',
      rows: calls('Ann', 91),
      config: { asOf: '2027-04-25' },
      sheets: [activities(['2027-04-20', 'Ann', 'Call', 20, 0])],
    },
    {
      name: 'a quarterly milestone everyone met (Ann 2, Bob 1 of 1)',
      rows: pathRows(
        step('Milestone', 'Proposals sent', { owner: 'Each rep', measure: PROPOSALS, target: 1 }),
      ),
      sheets: WORKBOOK,
    },
    {
      name: 'too early in the period: 2 days of June is less than a tenth (minElapsed)',
      rows: calls('Each rep', 300, { period: 'Month' }),
      config: { asOf: '2027-06-02' },
      sheets: [WEEK],
    },
    {
      name: 'a lower threshold: Bob at 40% is not below 35%',
      rows: calls('Each rep', '70 per week'),
      options: { threshold: 0.35 },
      sheets: [WEEK],
    },
    {
      name: 'a later minElapsed: 3/7 of the week is too early for 0.5',
      rows: calls('Each rep', '70 per week'),
      options: { minElapsed: 0.5 },
      sheets: [WEEK],
    },
    {
      name: 'steps with no working measure or no target are not paced',
      rows: pathRows(
        step('Behavior', 'Make calls', { measure: 'SUM(Activites[Calls])', target: 1000 }),
        step('Behavior', 'Meetings', { measure: MEETINGS }),
        step('Behavior', 'Visits', { target: 1000 }),
      ),
      sheets: [WEEK],
    },
    {
      name: 'a step of unknown kind is not paced',
      rows: pathRows(step('Behavor', 'Make calls', { owner: 'Team', measure: CALLS, target: 1000 })),
      sheets: [WEEK],
    },
    {
      name: 'suppressed on the row',
      rows: calls('Each rep', '70 per week', { ignore: 'path/behind-pace' }),
      sheets: [WEEK],
    },
  ],
  invalid: [
    {
      name: 'each rep: Bob has 12 of the 30 calls due by Wednesday; the rows before Monday and after the as-of date do not count',
      rows: calls('Each rep', '70 per week'),
      sheets: [WEEK],
      errors: [
        {
          message:
            'Behavior "Make calls" is behind pace for Bob: 12 this week, 30 expected by 2027-06-30 (40% of pace toward 70)',
          address: 'Path!F2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a named person, in any case, is judged alone: Ann has 30 of 100 × 3/7 = 42.9',
      rows: calls('ann', '100 per week'),
      sheets: [WEEK],
      errors: [
        {
          message:
            'Behavior "Make calls" is behind pace for Ann: 30 this week, 42.9 expected by 2027-06-30 (70% of pace toward 100)',
          address: 'Path!F2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'the team: 42 calls of 150 × 3/7 = 64.3',
      rows: calls('Everyone', '150 per week'),
      sheets: [WEEK],
      errors: [
        {
          message:
            'Behavior "Make calls" is behind pace for the team: 42 this week, 64.3 expected by 2027-06-30 (65% of pace toward 150)',
          address: 'Path!F2',
          owner: 'Team',
        },
      ],
    },
    {
      name: 'a role is judged per owner in the measure’s data, sorted by name',
      rows: calls('Each rep', '200 per week'),
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message: /for Ann: 30 this week, 85\.7 expected by 2027-06-30 \(35% of pace toward 200\)$/,
          owner: 'Ann',
        },
        {
          address: 'Path!F2',
          message: /for Bob: 12 this week, 85\.7 expected by 2027-06-30 \(14% of pace toward 200\)$/,
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a blank owner is judged like a role; so is a name the data does not know',
      rows: pathRows(
        step('Behavior', 'Make calls', { measure: CALLS, target: '70 per week' }),
        step('Behavior', 'Book meetings', { owner: 'Dana', measure: MEETINGS, target: '14 per week' }),
      ),
      sheets: [WEEK],
      errors: [
        {
          message: /^Behavior "Make calls" is behind pace for Bob: 12 this week/,
          address: 'Path!F2',
          owner: 'Bob',
        },
        {
          message:
            'Behavior "Book meetings" is behind pace for Ann: 1 this week, 6 expected by 2027-06-30 (17% of pace toward 14)',
          address: 'Path!F3',
          owner: 'Ann',
        },
        {
          message:
            'Behavior "Book meetings" is behind pace for Bob: 2 this week, 6 expected by 2027-06-30 (33% of pace toward 14)',
          address: 'Path!F3',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a person the pipeline names but the activity log does not: judged alone, on nothing done',
      rows: calls('Cara', '70 per week'),
      sheets: [WEEK, { ...WORKBOOK[1], values: [...WORKBOOK[1].values, ['D-6', 'Cara', 'Lead', 1000]] }],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Make calls" is behind pace for Cara: 0 this week, 30 expected by 2027-06-30 (0% of pace toward 70)',
          owner: 'Cara',
        },
      ],
    },
    {
      name: 'the Period cell wins over the period in the target: June has Ann at 30 of 70, Bob at 62',
      rows: calls('Each rep', '70 per week', { period: 'Month' }),
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Make calls" is behind pace for Ann: 30 this month, 70 expected by 2027-06-30 (43% of pace toward 70)',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'no period anywhere: a quarter, all of Q2 gone by',
      rows: calls('Each rep', 100),
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message: /for Ann: 30 this quarter, 100 expected by 2027-06-30 \(30% of pace toward 100\)$/,
          owner: 'Ann',
        },
        {
          address: 'Path!F2',
          message: /for Bob: 62 this quarter, 100 expected by 2027-06-30 \(62% of pace toward 100\)$/,
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a daily target: today only',
      rows: calls('Each rep', '10 a day'),
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Make calls" is behind pace for Bob: 0 today, 10 expected by 2027-06-30 (0% of pace toward 10)',
        },
      ],
    },
    {
      name: 'a quarterly milestone: Bob reached Proposal once of 2 (his lost deal does not count)',
      rows: pathRows(
        step('Milestone', 'Proposals sent', { owner: 'Each rep', measure: PROPOSALS, target: 2 }),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            'Milestone "Proposals sent" is behind pace for Bob: 1 this quarter, 2 expected by 2027-06-30 (50% of pace toward 2)',
          address: 'Path!F2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'deals reaching a stage, from the pipeline history: Ann 1 (D-2 got there in Q1) and Bob 1 of 2',
      rows: pathRows(
        step('Milestone', 'Proposals sent', { owner: 'Each rep', measure: PROPOSALS, target: 2 }),
      ),
      sheets: [NO_STAGE_DATE, STAGE_HISTORY],
      errors: [
        {
          message: /for Ann: 1 this quarter, 2 expected by 2027-06-30 \(50% of pace toward 2\)$/,
          address: 'Path!F2',
          owner: 'Ann',
        },
        {
          message: /for Bob: 1 this quarter, 2 expected by 2027-06-30 \(50% of pace toward 2\)$/,
          address: 'Path!F2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'weeks start on Monday: the calls of Sunday 2027-06-27 belong to last week',
      rows: calls('Bob', '70 per week'),
      sheets: [activities(['2027-06-27', 'Bob', 'Call', 30, 0], ['2027-06-28', 'Bob', 'Call', 10, 0])],
      errors: [
        {
          message:
            'Behavior "Make calls" is behind pace for Bob: 10 this week, 30 expected by 2027-06-30 (33% of pace toward 70)',
          address: 'Path!F2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'deals created in Q2: Ann 2 and Bob 2 of 3 each (D-5 was created in January)',
      rows: pathRows(
        step('Milestone', 'New opportunities', { owner: 'Each rep', measure: 'DEALS_CREATED()', target: 3 }),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F2',
          message: /for Ann: 2 this quarter, 3 expected by 2027-06-30 \(67% of pace toward 3\)$/,
          owner: 'Ann',
        },
        {
          address: 'Path!F2',
          message: /for Bob: 2 this quarter, 3 expected by 2027-06-30 \(67% of pace toward 3\)$/,
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a rep with no matching deal is still judged: Bob won no GTX Pro in Q2 (D-4 was lost)',
      rows: pathRows(
        step('Outcome', 'GTX Pro revenue', {
          owner: 'Each rep',
          measure: 'WON_AMOUNT([Product] = "GTX Pro")',
          target: 5000,
        }),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          address: 'Path!F2',
          message:
            'Outcome "GTX Pro revenue" is behind pace for Bob: 0 this quarter, 5,000 expected by 2027-06-30 (0% of pace toward 5,000)',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'two measures added: 42 calls and 3 meetings, 45 of 140 × 3/7 = 60',
      rows: pathRows(
        step('Behavior', 'Touches', {
          owner: 'Team',
          measure: `${CALLS} + ${MEETINGS}`,
          target: '140 per week',
        }),
      ),
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Touches" is behind pace for the team: 45 this week, 60 expected by 2027-06-30 (75% of pace toward 140)',
        },
      ],
    },
    {
      name: 'an Owner cell naming two people is not one known person: judged per owner in the data',
      rows: calls('Ann and Bob', '70 per week'),
      sheets: [WEEK],
      errors: [{ address: 'Path!F2', message: /for Bob: 12 this week/, owner: 'Bob' }],
    },
    {
      name: 'an amount: the team won 12,000 of 20,000 in Q2 (D-5 was won in Q1)',
      rows: pathRows(
        step('Outcome', 'Revenue', { owner: 'Team', measure: REVENUE, target: '$20k / quarter' }),
      ),
      sheets: WORKBOOK,
      errors: [
        {
          message:
            'Outcome "Revenue" is behind pace for the team: 12,000 this quarter, 20,000 expected by 2027-06-30 (60% of pace toward 20,000)',
          address: 'Path!F2',
          owner: 'Team',
        },
      ],
    },
    {
      name: 'a higher threshold: the team at 42 of 120 × 3/7 = 51.4 (82%) is behind 90%',
      rows: calls('Team', '120 per week'),
      options: { threshold: 0.9 },
      sheets: [WEEK],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Make calls" is behind pace for the team: 42 this week, 51.4 expected by 2027-06-30 (82% of pace toward 120)',
          owner: 'Team',
        },
      ],
    },
    {
      name: 'an earlier minElapsed: 2 days of June (1/15) are enough for 0.05; Ann has 1 of 300 × 2/30 = 20',
      rows: calls('Each rep', 300, { period: 'Month' }),
      config: { asOf: '2027-06-02' },
      options: { minElapsed: 0.05 },
      sheets: [activities(['2027-06-01', 'Ann', 'Call', 1, 0], ['2027-06-02', 'Bob', 'Call', 20, 0])],
      errors: [
        {
          address: 'Path!F2',
          message:
            'Behavior "Make calls" is behind pace for Ann: 1 this month, 20 expected by 2027-06-02 (5% of pace toward 300)',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'judged from the day a tenth of the period has gone by: June 3 is 3/30',
      rows: calls('Each rep', 300, { period: 'Month' }),
      config: { asOf: '2027-06-03' },
      sheets: [activities(['2027-06-01', 'Ann', 'Call', 1, 0], ['2027-06-02', 'Bob', 'Call', 30, 0])],
      errors: [
        {
          address: 'Path!F2',
          message: /for Ann: 1 this month, 30 expected by 2027-06-03 \(3% of pace toward 300\)$/,
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'a Lint ignore cell naming another rule does not silence it',
      rows: calls('Each rep', '70 per week', { ignore: 'path/outcome-at-risk' }),
      sheets: [WEEK],
      errors: [{ owner: 'Bob', address: 'Path!F2' }],
    },
  ],
});
