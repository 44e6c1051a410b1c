import { unknownKind } from '../../../shared/rules/path/unknownKind';
import { ruleTester } from '../../ruleTester';
import { CALLS, CLEAN_PATH, PROPOSALS, pathRows, step } from './fixtures';

const KIND_MESSAGE = (kind: string, label: string) =>
  `"${kind}" is not a kind of step; did you mean ${label}? (Behavior, Milestone or Outcome)`;

ruleTester(unknownKind, {
  valid: [
    { name: 'Behavior, Milestone and Outcome', rows: pathRows(...CLEAN_PATH) },
    {
      name: 'any case, plurals, British spelling and the other words for each kind',
      rows: pathRows(
        step('BEHAVIOUR', 'Calls'),
        step('behaviours', 'Visits'),
        step('Activity', 'Demos'),
        step('Action', 'Emails'),
        step('milestones', 'Proposals'),
        step('Checkpoint', 'Second meetings'),
        step('Result', 'Revenue'),
        step('outcomes', 'Renewals'),
      ),
    },
    {
      name: 'one-letter kinds',
      rows: pathRows(step('B', 'Calls'), step('m', 'Proposals'), step('O', 'Revenue')),
    },
    {
      name: 'a row with neither kind nor step (a path title, a note) is not a step',
      rows: pathRows(['Cross-sell', null, null, null, 'see the playbook'], ...CLEAN_PATH),
    },
    {
      name: 'suppressed by the row naming the rule',
      rows: pathRows(step('Goal', 'Calls', { ignore: 'path/unknown-kind' })),
    },
    { name: 'suppressed by * on the row', rows: pathRows(step(null, 'Calls', { ignore: '*' })) },
    {
      name: 'header synonyms: Strategy, Type, Description and Metric make a Path sheet too',
      rows: [
        ['Strategy', 'Type', 'Description', 'Metric'],
        ['Cross-sell', 'Milestone', 'Proposals sent', 'DEALS_REACHING("Proposal")'],
      ],
    },
  ],
  invalid: [
    {
      name: 'a near miss, with a fix',
      rows: pathRows(step('Milstone', 'Proposals sent', { measure: PROPOSALS })),
      errors: [
        {
          message:
            '"Milstone" is not a kind of step; did you mean Milestone? (Behavior, Milestone or Outcome)',
          address: 'Path!B2',
          fixes: [{ title: 'Change to Milestone', value: 'Milestone' }],
        },
      ],
    },
    {
      name: 'near misses of each kind, each at its own row',
      rows: pathRows(
        step('Behavor', 'Calls', { measure: CALLS }),
        step('Outcom', 'Revenue'),
        step('milestne', 'Demos'),
      ),
      errors: [
        {
          message: KIND_MESSAGE('Behavor', 'Behavior'),
          address: 'Path!B2',
          fixes: [{ title: 'Change to Behavior', value: 'Behavior' }],
        },
        {
          message: KIND_MESSAGE('Outcom', 'Outcome'),
          address: 'Path!B3',
          fixes: [{ title: 'Change to Outcome', value: 'Outcome' }],
        },
        {
          message: KIND_MESSAGE('milestne', 'Milestone'),
          address: 'Path!B4',
          fixes: [{ title: 'Change to Milestone', value: 'Milestone' }],
        },
      ],
    },
    {
      name: 'a word that is no kind at all: no guess, no fix',
      rows: pathRows(step('KPI', 'Calls')),
      errors: [
        {
          message: '"KPI" is not a kind of step (Behavior, Milestone or Outcome)',
          address: 'Path!B2',
          fixes: [],
        },
      ],
    },
    {
      name: 'a blank Kind cell',
      rows: pathRows(...CLEAN_PATH, step(null, 'Ask for referrals', { path: 'Cross-sell', measure: CALLS })),
      errors: [
        {
          message: 'Step "Ask for referrals" has no kind: mark it Behavior, Milestone or Outcome',
          address: 'Path!B5',
          fixes: [],
        },
      ],
    },
    {
      name: 'a blank Kind cell beside an error value in the Step cell',
      rows: pathRows(step(null, '#N/A', { measure: CALLS })),
      errors: [
        {
          message: 'The step on row 2 has no kind: mark it Behavior, Milestone or Outcome',
          address: 'Path!B2',
        },
      ],
    },
    {
      name: 'a Lint ignore cell naming another rule does not silence it',
      rows: pathRows(step('Goal', 'Calls', { ignore: 'path/behind-pace' })),
      errors: [{ message: /^"Goal" is not a kind of step/, address: 'Path!B2' }],
    },
    {
      name: 'the Kind column found by a synonym, further right',
      rows: [
        ['Strategy', 'Description', 'Metric', 'Step type'],
        ['Cross-sell', 'Proposals sent', 'DEALS_REACHING("Proposal")', 'Milestome'],
      ],
      errors: [
        {
          message: KIND_MESSAGE('Milestome', 'Milestone'),
          address: 'Path!D2',
          fixes: [{ title: 'Change to Milestone', value: 'Milestone' }],
        },
      ],
    },
  ],
});
