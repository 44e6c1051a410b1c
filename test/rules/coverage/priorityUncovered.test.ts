import { priorityUncovered } from '../../../shared/rules/coverage/priorityUncovered';
import { ruleTester } from '../../ruleTester';

const H = ['Priority', 'Kind', 'Enablement', 'Coaching', 'Compensation', 'Recognition', 'Lint ignore'];

ruleTester(priorityUncovered, {
  valid: [
    {
      name: 'every priority has a lever',
      rows: [
        H,
        ['Run joint calls', 'Activity', 'x', null, null, null, null],
        ['Grow revenue', 'Outcome', null, null, 'Quarterly SPIF', null, null],
      ],
    },
    { name: 'a bare tick counts', rows: [H, ['Run demos', null, null, '✓', null, null, null]] },
    { name: 'TRUE and numbers count', rows: [H, ['Run demos', null, true, null, 1, null, null]] },
    {
      name: 'blank rows and rows without a priority are not priorities',
      rows: [
        H,
        [],
        [null, null, null, null, null, null, null],
        [null, 'Activity', 'x', null, null, null, null],
      ],
    },
    {
      name: 'suppressed by its Lint ignore cell',
      rows: [H, ['Log calls in the CRM', null, null, null, null, null, 'coverage/priority-uncovered']],
    },
    {
      name: 'a header under a title row',
      rows: [
        ['Account manager coverage'],
        [],
        ['Key activity', 'Enablement', 'Coaching'],
        ['Run QBRs', 'x', 'x'],
      ],
    },
  ],
  invalid: [
    {
      name: 'every lever cell blank',
      rows: [
        H,
        ['Run joint calls', 'Activity', 'x', null, null, null, null],
        ['Build account plans', 'Activity', null, null, null, null, null],
      ],
      errors: [
        {
          message:
            'Priority "Build account plans" has no lever behind it: enablement, coaching, compensation and ' +
            'recognition are all empty; back it with at least one, or take it off the list',
          address: 'Coverage!A3',
        },
      ],
    },
    {
      name: '"no", "-", "n/a", "none", 0 and FALSE do not count',
      rows: [
        H,
        ['Grow renewals', null, 'no', '-', 'n/a', 'none', null],
        ['Grow upsell', null, 0, false, 'N/A', '  ', null],
        ['Cut discounting', null, '—', 'None', '#N/A', 'FALSE', null],
      ],
      errors: [{ address: 'Coverage!A2' }, { address: 'Coverage!A3' }, { address: 'Coverage!A4' }],
    },
    {
      name: 'only the lever columns the sheet has are named',
      rows: [
        ['Priorities', 'Coaching', 'Comp'],
        ['Win new logos', null, ''],
      ],
      errors: [
        {
          message:
            'Priority "Win new logos" has no lever behind it: coaching and compensation are all empty; ' +
            'back it with at least one, or take it off the list',
          address: 'Coverage!A2',
        },
      ],
    },
    {
      name: 'an ignore cell naming another rule does not silence it',
      rows: [H, ['Log calls in the CRM', null, null, null, null, null, 'coverage/skill-only']],
      errors: [{ address: 'Coverage!A2' }],
    },
  ],
});
