import { missingOwner } from '../../../shared/rules/pipeline/missingOwner';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(missingOwner, {
  valid: [
    {
      name: 'every deal has an owner',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-2', 'Bob', 'Won', 100]],
    },
    {
      name: 'an owner column called "Sales Agent"',
      rows: [
        ['Opportunity_ID', 'Sales_Agent', 'Deal_Stage'],
        ['1C1I7A6R', 'Moses Frase', 'Won'],
      ],
    },
    {
      name: 'the further lines of a deal may leave the owner to its first row',
      rows: [
        ['Order ID', 'Owner', 'Stage', 'Product', 'Amount'],
        ['SO-1', 'Ann', 'Won', 'GTX Pro', 9000],
        ['SO-1', '', 'Won', 'GTX Basic', 1100],
      ],
    },
    {
      name: 'an error value in the owner cell is left to invalid-value',
      rows: [H, ['D-1', '#N/A', 'Proposal', 100]],
    },
    {
      name: 'blank rows and title rows between deals are not deals',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100],
        [],
        [null, '', null],
        ['EMEA'],
        ['D-2', 'Eva', 'Proposal', 100],
      ],
    },
    {
      name: 'an owner given as a number (an employee id)',
      rows: [H, ['D-1', 4711, 'Proposal', 100]],
    },
  ],
  invalid: [
    {
      name: 'an empty owner',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-2', '', 'Proposal', 100]],
      errors: [
        {
          message: 'Owner is empty; every deal needs someone accountable for it',
          address: 'Pipeline!B3',
          deal: 'D-2',
        },
      ],
    },
    {
      name: 'null and spaces-only owners, closed deals too',
      rows: [H, ['D-1', null, 'Won', 100], ['D-2', '  ', 'Lost', 100]],
      errors: [
        { message: 'Owner is empty; every deal needs someone accountable for it', address: 'Pipeline!B2' },
        { message: 'Owner is empty; every deal needs someone accountable for it', address: 'Pipeline!B3' },
      ],
    },
    {
      name: 'a ragged row that stops before the owner column',
      rows: [
        ['Deal', 'Stage', 'Amount', 'Owner'],
        ['D-1', 'Proposal', 100],
      ],
      errors: [{ address: 'Pipeline!D2', deal: 'D-1' }],
    },
    {
      name: 'a header under a title row',
      rows: [['FY27 pipeline'], [], ['Deal', 'Rep', 'Stage'], ['D-1', '', 'Proposal']],
      errors: [{ address: 'Pipeline!B4' }],
    },
  ],
});
