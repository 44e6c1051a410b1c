import { unrewardedOutcome } from '../../../shared/rules/coverage/unrewardedOutcome';
import { ruleTester } from '../../ruleTester';

const H = ['Priority', 'Kind', 'Enablement', 'Coaching', 'Compensation', 'Recognition'];

ruleTester(unrewardedOutcome, {
  valid: [
    { name: 'an outcome that is paid for', rows: [H, ['Grow revenue', 'Outcome', 'x', null, 'x', null]] },
    { name: 'an outcome that is recognised', rows: [H, ['Grow revenue', 'Outcome', null, 'x', null, 'x']] },
    { name: 'an activity needs no reward here', rows: [H, ['Run demos', 'Activity', 'x', 'x', null, null]] },
    {
      name: 'the Kind cell wins over the wording',
      rows: [H, ['Grow revenue through partners', 'Activity', 'x', null, null, null]],
    },
    {
      name: 'no lever at all is left to priority-uncovered',
      rows: [H, ['Grow revenue', 'Outcome', null, null, null, null]],
    },
    {
      name: 'wording that names neither kind is not judged',
      rows: [H, ['Be a good colleague', null, 'x', null, null, null]],
    },
    {
      name: 'a sheet with no compensation or recognition column: skipped quietly',
      rows: [
        ['Priority', 'Enablement', 'Coaching'],
        ['Grow revenue', 'x', 'x'],
      ],
    },
  ],
  invalid: [
    {
      name: 'an outcome from the Kind column, trained and coached only',
      rows: [H, ['Lift gross margin', 'Outcome', 'Pricing course', 'x', '', 'no']],
      errors: [
        {
          message:
            'Outcome "Lift gross margin" is backed by enablement ("Pricing course") and coaching but is ' +
            'neither paid for nor recognised; tie compensation or recognition to it',
          address: 'Coverage!E2',
        },
      ],
    },
    {
      name: 'an outcome read from its wording says so',
      rows: [
        ['Priority', 'Coaching', 'Recognition'],
        ['Improve win rate on new logos', 'x', null],
        ['Hold weekly pipeline reviews', 'x', null],
      ],
      errors: [
        {
          message:
            'Outcome "Improve win rate on new logos" (an outcome by its wording; say so in a Kind column if ' +
            'not) is backed by coaching but is neither paid for nor recognised; tie recognition to it',
          address: 'Coverage!C2',
        },
      ],
    },
    {
      name: 'a "Activity or outcome" column beside a Priority column is the kind',
      rows: [
        ['Priority', 'Activity or outcome', 'Enablement', 'Compensation'],
        ['Customer retention', 'Outcome', 'x', null],
        ['Renewal calls', 'Activity', 'x', null],
      ],
      errors: [
        { message: /^Outcome "Customer retention" is backed by enablement but/, address: 'Coverage!D2' },
      ],
    },
  ],
});
