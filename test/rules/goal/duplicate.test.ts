import { duplicate } from '../../../shared/rules/goal/duplicate';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner'];

ruleTester(duplicate, {
  valid: [
    {
      name: 'the same goal for two owners',
      rows: [H, ['Win 12 new logos', 'Ann'], ['Win 12 new logos', 'Bob']],
    },
    { name: 'different goals', rows: [H, ['Win 12 new logos', 'Ann'], ['Win 13 new logos', 'Ann']] },
  ],
  invalid: [
    {
      name: 'case, spacing and punctuation do not count',
      rows: [
        H,
        ['Win 12 new logos by Q3.', 'Ann'],
        ['Grow margin', 'Ann'],
        ['  win 12 new-logos   by q3', 'ann'],
      ],
      errors: [
        {
          message: 'Goal "win 12 new-logos by q3" is already listed for ann on row 2',
          address: 'Goals!A4',
          related: ['Goals!A2'],
          owner: 'ann',
        },
      ],
    },
    {
      name: 'without an Owner column',
      rows: [['Goal'], ['Grow margin'], ['Grow margin'], ['Grow margin']],
      errors: [
        {
          message: 'Goal "Grow margin" is already listed on row 2',
          address: 'Goals!A3',
          related: ['Goals!A2'],
        },
        { address: 'Goals!A4', related: ['Goals!A2'] },
      ],
    },
  ],
});
