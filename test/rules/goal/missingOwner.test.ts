import { missingOwner } from '../../../shared/rules/goal/missingOwner';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Status'];

ruleTester(missingOwner, {
  valid: [
    { name: 'every goal owned', rows: [H, ['Win 12 new logos', 'Ann', null]] },
    {
      name: 'no Owner column: skipped quietly',
      rows: [
        ['Goal', 'Due'],
        ['Win 12 new logos', '2027-09-30'],
      ],
    },
    { name: 'a dropped goal needs no owner', rows: [H, ['Win 12 new logos', null, 'Dropped']] },
  ],
  invalid: [
    {
      name: 'an empty Owner cell',
      rows: [H, ['Win 12 new logos', 'Ann', null], ['Raise average deal size', '  ', null]],
      errors: [
        {
          message: 'Goal "Raise average deal size" has no owner; name the one person who answers for it',
          address: 'Goals!B3',
        },
      ],
    },
  ],
});
