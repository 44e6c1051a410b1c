import { willOnly } from '../../../shared/rules/coverage/willOnly';
import { ruleTester } from '../../ruleTester';

const H = ['Priority', 'Enablement', 'Coaching', 'Compensation', 'Recognition'];

ruleTester(willOnly, {
  valid: [
    { name: 'compensation and enablement', rows: [H, ['Grow bookings', 'x', null, 'x', null]] },
    { name: 'compensation and coaching', rows: [H, ['Grow bookings', null, 'x', 'x', 'x']] },
    { name: 'coaching alone', rows: [H, ['Grow bookings', null, 'Weekly 1:1', null, null]] },
    { name: 'no lever at all', rows: [H, ['Grow bookings', null, null, null, null]] },
    {
      name: 'a sheet that tracks no skill lever: skipped quietly',
      rows: [
        ['Priority', 'Compensation', 'Recognition'],
        ['Grow bookings', 'x', 'x'],
      ],
    },
  ],
  invalid: [
    {
      name: 'compensation and recognition only',
      rows: [H, ['Grow expansion revenue', null, 'no', 'Quarterly SPIF', '✓']],
      errors: [
        {
          message:
            'Priority "Grow expansion revenue" is backed only by compensation ("Quarterly SPIF") and ' +
            'recognition, which motivates will but builds no skill; add enablement or coaching so people ' +
            'learn how to do it',
          address: 'Coverage!A2',
          related: ['Coverage!D2', 'Coverage!E2'],
        },
      ],
    },
    {
      name: 'recognition only',
      rows: [H, ['Log every call', null, null, null, 'Top logger shout-out']],
      errors: [{ message: /backed only by recognition \("Top logger shout-out"\)/, address: 'Coverage!A2' }],
    },
  ],
});
