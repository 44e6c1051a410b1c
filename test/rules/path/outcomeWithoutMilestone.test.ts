import { outcomeWithoutMilestone } from '../../../shared/rules/path/outcomeWithoutMilestone';
import { ruleTester } from '../../ruleTester';
import { CLEAN_PATH, pathRows, step } from './fixtures';

const ADVICE =
  'has no milestone: add an objective sign of progress (a deal reaching a stage, a second meeting held) so ' +
  'a miss shows weeks before the result does';

ruleTester(outcomeWithoutMilestone, {
  valid: [
    { name: 'a path with a milestone', rows: pathRows(...CLEAN_PATH) },
    {
      name: 'the milestone may come after the outcome',
      rows: pathRows(step('Outcome', 'Revenue'), step('Milestone', 'Proposals sent')),
    },
    {
      name: 'a named path with its own milestone, beside another path with its own',
      rows: pathRows(
        step('Milestone', 'Proposals sent', { path: 'Cross-sell' }),
        step('Milestone', 'Upgrade demos', { path: 'Upsell' }),
        step('Outcome', 'Upsell revenue', { path: 'Upsell' }),
        step('Outcome', 'Cross-sell revenue', { path: 'Cross-sell' }),
      ),
    },
    {
      name: 'Path cells match whatever their case and surrounding spaces',
      rows: pathRows(
        step('Milestone', 'Proposals sent', { path: 'CROSS-SELL ' }),
        step('Outcome', 'Revenue', { path: 'cross-sell' }),
      ),
    },
    {
      name: 'a sheet without a Path column is one path',
      rows: [
        ['Kind', 'Step', 'Measure'],
        ['Milestone', 'Proposals sent', null],
        ['Outcome', 'Revenue', null],
      ],
    },
    { name: 'a path of behaviors only has no outcome to judge', rows: pathRows(step('Behavior', 'Calls')) },
    {
      name: 'suppressed on the outcome row',
      rows: pathRows(step('Outcome', 'Revenue', { ignore: 'path/outcome-without-milestone' })),
    },
  ],
  invalid: [
    {
      name: 'an outcome on a named path with a behavior but no milestone',
      rows: pathRows(
        step('Behavior', 'Call installed-base customers', { path: 'Cross-sell' }),
        step('Outcome', 'Cross-sell revenue', { path: 'Cross-sell' }),
      ),
      errors: [
        {
          message:
            'Outcome "Cross-sell revenue" on the "Cross-sell" path has no milestone: add an objective sign of ' +
            'progress (a deal reaching a stage, a second meeting held) so a miss shows weeks before the result does',
          address: 'Path!B3',
        },
      ],
    },
    {
      name: "another path's milestone does not count, and each outcome of the path is reported",
      rows: pathRows(
        ...CLEAN_PATH,
        step('Outcome', 'Upgrade revenue', { path: 'Upsell' }),
        step('Outcome', 'Upgrades won', { path: 'Upsell' }),
      ),
      errors: [
        { message: `Outcome "Upgrade revenue" on the "Upsell" path ${ADVICE}`, address: 'Path!B5' },
        { message: `Outcome "Upgrades won" on the "Upsell" path ${ADVICE}`, address: 'Path!B6' },
      ],
    },
    {
      name: 'steps with no Path cell are one unnamed path, apart from the named ones',
      rows: pathRows(step('Milestone', 'Proposals sent', { path: 'Cross-sell' }), step('Outcome', 'Revenue')),
      errors: [{ message: `Outcome "Revenue" ${ADVICE}`, address: 'Path!B3' }],
    },
    {
      name: 'an outcome with no description is named by its row',
      rows: pathRows(step('Behavior', 'Calls'), step('Result', null)),
      errors: [{ message: `The outcome on row 3 ${ADVICE}`, address: 'Path!B3' }],
    },
    {
      name: 'a misspelled milestone is no milestone (path/unknown-kind reports it)',
      rows: pathRows(step('Milstone', 'Proposals sent'), step('Outcome', 'Revenue')),
      errors: [{ message: `Outcome "Revenue" ${ADVICE}`, address: 'Path!B3' }],
    },
  ],
});
