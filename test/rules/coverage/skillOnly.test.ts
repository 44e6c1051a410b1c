import { skillOnly } from '../../../shared/rules/coverage/skillOnly';
import { ruleTester } from '../../ruleTester';

const H = ['Priority', 'Enablement', 'Coaching', 'Compensation', 'Recognition'];

ruleTester(skillOnly, {
  valid: [
    { name: 'enablement and compensation', rows: [H, ['Run demos', 'x', null, 'SPIF', null]] },
    { name: 'coaching alone builds skill and will', rows: [H, ['Run demos', null, 'x', null, null]] },
    { name: 'enablement and coaching', rows: [H, ['Run demos', 'x', 'yes', null, null]] },
    {
      name: 'no lever at all is priority-uncovered, not skill-only',
      rows: [H, ['Run demos', null, null, null, null]],
    },
  ],
  invalid: [
    {
      name: 'enablement only, with its description quoted',
      rows: [H, ['Run discovery calls', 'Discovery workshop', null, null, null]],
      errors: [
        {
          message:
            'Priority "Run discovery calls" is backed only by enablement ("Discovery workshop"), which builds ' +
            'skill but not will; add coaching, compensation or recognition so it is also worth doing',
          address: 'Coverage!A2',
          related: ['Coverage!B2'],
        },
      ],
    },
    {
      name: 'a bare mark is not quoted; only the will levers the sheet has are suggested',
      rows: [
        ['Key activity', 'Enablement', 'Recognition'],
        ['Demo the new module', 'x', null],
        ['Win rate', 'x', 'Wins wall'],
      ],
      errors: [
        {
          message:
            'Priority "Demo the new module" is backed only by enablement, which builds skill but not will; ' +
            'add recognition so it is also worth doing',
          address: 'Coverage!A2',
        },
      ],
    },
  ],
});
