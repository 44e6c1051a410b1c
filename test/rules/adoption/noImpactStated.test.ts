import { noImpactStated } from '../../../shared/rules/adoption/noImpactStated';
import { ruleTester } from '../../ruleTester';

const H = ['Person', 'Initiative', 'Stage of change', 'Since', 'Personal impact / urgency', 'Lint ignore'];

ruleTester(noImpactStated, {
  valid: [
    {
      name: 'impact noted',
      rows: [H, ['Maya', 'Log calls', 'Consideration', null, 'Fewer Friday catch-ups']],
    },
    { name: 'later stages are not judged', rows: [H, ['Maya', 'Log calls', 'Contemplation', null, null]] },
    {
      name: 'no impact column: skipped quietly',
      rows: [
        ['Person', 'Change', 'Stage'],
        ['Maya', 'Log calls', 'Consideration'],
      ],
    },
    {
      name: 'suppressed on the row',
      rows: [H, ['Maya', 'Log calls', 'Consideration', null, null, 'adoption/no-impact-stated']],
    },
  ],
  invalid: [
    {
      name: 'Consideration with nothing noted',
      rows: [H, ['Maya Chen', 'Log every call', 'consideration', null, '  ']],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" is in Consideration with no personal impact or urgency noted; ' +
            'expected what the change means for them and why it matters now',
          address: 'Adoption!E2',
        },
      ],
    },
  ],
});
