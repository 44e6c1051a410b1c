import { outcomeWithoutReward } from '../../../shared/rules/path/outcomeWithoutReward';
import { ruleTester } from '../../ruleTester';
import { CLEAN_PATH, pathRows, step } from './fixtures';

const rewarded = (reward: string | undefined) =>
  pathRows(step('Outcome', 'Cross-sell revenue', { path: 'Cross-sell', reward }));
const NONE =
  'has no reward or recognition tied to it: name one that pays for this outcome (a SPIF, a bonus, an award), ' +
  'or sellers will chase whatever revenue is easiest';
const totalOnly = (reward: string) =>
  `Outcome "Cross-sell revenue" on the "Cross-sell" path is rewarded only through "${reward}", which pays for ` +
  'total performance; tie a reward or recognition to this outcome itself (a SPIF, a bonus, an award)';
const totalCase = (reward: string) => ({
  name: `"${reward}" pays for total performance`,
  rows: rewarded(reward),
  errors: [{ message: totalOnly(reward), address: 'Path!H2' }],
});

ruleTester(outcomeWithoutReward, {
  valid: [
    { name: 'a SPIF for the outcome', rows: pathRows(...CLEAN_PATH) },
    { name: 'a bonus per cross-sold account', rows: rewarded('$500 bonus per cross-sold account') },
    { name: 'a named award', rows: rewarded('Cross-sell champion of the quarter') },
    { name: 'a bonus tied to the product', rows: rewarded('GTX Pro attach bonus') },
    { name: 'a club for this outcome alone', rows: rewarded('Cross-sell club') },
    { name: 'a bonus for every cross-sold account', rows: rewarded('Bonus for every cross-sold account') },
    {
      name: 'behaviors and milestones need no reward',
      rows: pathRows(step('Behavior', 'Calls'), step('Milestone', 'Proposals sent', { reward: 'none' })),
    },
    { name: 'a step of unknown kind is not judged', rows: pathRows(step('Outcom', 'Revenue')) },
    {
      name: 'suppressed on the row',
      rows: pathRows(
        step('Outcome', 'Revenue', { reward: 'Commission', ignore: 'path/outcome-without-reward' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'no reward',
      rows: rewarded(undefined),
      errors: [
        {
          message:
            'Outcome "Cross-sell revenue" on the "Cross-sell" path has no reward or recognition tied to it: ' +
            'name one that pays for this outcome (a SPIF, a bonus, an award), or sellers will chase whatever ' +
            'revenue is easiest',
          address: 'Path!H2',
        },
      ],
    },
    {
      name: 'cells that mean no reward',
      rows: pathRows(
        ...['none', 'N/A', 'TBD', '-', '0', 'No', 'None yet', 'TBC'].map((reward, i) =>
          step('Outcome', `Outcome ${i + 1}`, { reward }),
        ),
      ),
      errors: [2, 3, 4, 5, 6, 7, 8, 9].map((row) => ({
        message: `Outcome "Outcome ${row - 1}" ${NONE}`,
        address: `Path!H${row}`,
      })),
    },
    totalCase('Standard commission'),
    totalCase('Quota attainment'),
    totalCase("President's Club"),
    totalCase('Annual bonus'),
    // The rule's own docs name these as the plan everyone is already on.
    totalCase('Commission on total bookings'),
    totalCase('The annual club'),
    totalCase('Base salary'),
    {
      name: 'an outcome on an unnamed path, with no description',
      rows: pathRows(step('Result', null, { reward: '  ' })),
      errors: [{ message: `The outcome on row 2 ${NONE}`, address: 'Path!H2' }],
    },
    {
      name: 'no Reward column: reported at the step',
      rows: [
        ['Kind', 'Step', 'Measure', 'Target'],
        ['Outcome', 'Revenue', 'WON_AMOUNT()', '$20k'],
      ],
      errors: [{ message: `Outcome "Revenue" ${NONE}`, address: 'Path!B2' }],
    },
  ],
});
