import { milestoneWithoutBehavior } from '../../../shared/rules/path/milestoneWithoutBehavior';
import { ruleTester } from '../../ruleTester';
import { CLEAN_PATH, pathRows, step } from './fixtures';

const ADVICE =
  'has no behavior leading to it: say what sellers should do to reach it, so managers know what to watch ' +
  'for and coach';

ruleTester(milestoneWithoutBehavior, {
  valid: [
    { name: 'a path with a behavior', rows: pathRows(...CLEAN_PATH) },
    {
      name: 'a named path with its own behavior, beside another path with its own',
      rows: pathRows(
        step('Behavior', 'Upgrade demos', { path: 'Upsell' }),
        step('Milestone', 'Proposals sent', { path: 'Cross-sell' }),
        step('Milestone', 'Upgrade quotes', { path: 'Upsell' }),
        step('Action', 'Call installed-base customers', { path: 'cross-sell' }),
      ),
    },
    {
      name: 'a sheet without a Path column is one path',
      rows: [
        ['Type', 'Description', 'Target'],
        ['Milestone', 'Proposals sent', 4],
        ['Behaviour', 'Calls', '40 per week'],
      ],
    },
    { name: 'an outcome alone is not judged here', rows: pathRows(step('Outcome', 'Revenue')) },
    {
      name: 'suppressed on the milestone row',
      rows: pathRows(
        step('Milestone', 'Proposals sent', {
          ignore: 'path/outcome-at-risk, path/milestone-without-behavior',
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'a milestone on a named path with only an outcome',
      rows: pathRows(
        step('Milestone', 'Second meetings held', { path: 'Upsell' }),
        step('Outcome', 'Upgrade revenue', { path: 'Upsell' }),
      ),
      errors: [
        {
          message:
            'Milestone "Second meetings held" on the "Upsell" path has no behavior leading to it: say what ' +
            'sellers should do to reach it, so managers know what to watch for and coach',
          address: 'Path!B2',
        },
      ],
    },
    {
      name: "another path's behavior does not count; every milestone of the path is reported",
      rows: pathRows(
        ...CLEAN_PATH,
        step('Milestone', 'Upgrade quotes', { path: 'Upsell' }),
        step('Checkpoint', null, { path: 'Upsell' }),
      ),
      errors: [
        { message: `Milestone "Upgrade quotes" on the "Upsell" path ${ADVICE}`, address: 'Path!B5' },
        { message: `The milestone on row 6 on the "Upsell" path ${ADVICE}`, address: 'Path!B6' },
      ],
    },
    {
      name: 'an unnamed path',
      rows: pathRows(step('Milestone', 'Proposals sent'), step('Behavior', 'Calls', { path: 'Cross-sell' })),
      errors: [{ message: `Milestone "Proposals sent" ${ADVICE}`, address: 'Path!B2' }],
    },
    {
      name: 'a misspelled behavior is no behavior',
      rows: pathRows(step('Behavor', 'Calls'), step('Milestone', 'Proposals sent')),
      errors: [{ message: `Milestone "Proposals sent" ${ADVICE}`, address: 'Path!B3' }],
    },
  ],
});
