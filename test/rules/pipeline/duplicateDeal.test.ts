import { duplicateDeal } from '../../../shared/rules/pipeline/duplicateDeal';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(duplicateDeal, {
  valid: [
    {
      name: 'every deal once',
      rows: [
        H,
        ['D-100', 'Ann', 'Proposal', 100],
        ['D-101', 'Ann', 'Proposal', 100],
        ['D-102', 'Bob', 'Won', 100],
      ],
    },
    {
      name: 'rows without a deal id are not duplicates of each other',
      rows: [H, ['', 'Ann', 'Proposal', 100], [null, 'Bob', 'Proposal', 200], ['   ', 'Cy', 'Lost', 300]],
    },
    {
      name: 'ids that differ by one character',
      rows: [
        H,
        ['D-100', 'Ann', 'Proposal', 100],
        ['D-1000', 'Ann', 'Proposal', 100],
        ['D-10', 'Ann', 'Proposal', 100],
      ],
    },
    {
      name: 'the same id on two pipeline sheets (e.g. a regional split)',
      rows: [H, ['D-100', 'Ann', 'Proposal', 100]],
      sheets: [{ name: 'EMEA', values: [H, ['D-100', 'Eva', 'Proposal', 100]] }],
    },
    {
      name: 'an order with several products is one deal with lines',
      rows: [
        ['Order ID', 'Sales rep', 'Stage', 'Close date', 'Product', 'Quantity', 'Amount'],
        ['SO-1', 'Ann', 'Won', '2027-05-01', 'GTX Pro', 2, 9000],
        ['SO-1', 'Ann', 'Won', '2027-05-01', 'GTX Basic', 2, 1100],
        ['so-1 ', 'Ann', 'won', '2027-05-01', 'GTX Basic', 5, 2750],
        ['SO-2', 'Bob', 'Proposal', '2027-07-01', 'GTX Pro', 1, 4500],
      ],
    },
    {
      name: 'deal-level cells left blank on the further lines agree with the first',
      rows: [
        ['Deal', 'Owner', 'Stage', 'Close date', 'SKU', 'Line total'],
        ['D-1', 'Ann', 'Proposal', '2027-05-01', 'A-100', 500],
        ['D-1', '', '', '', 'A-200', 700],
      ],
    },
    {
      name: 'a title row repeated above the header is not a deal',
      rows: [['Pipeline'], ['Pipeline'], H, ['Pipeline', 'Ann', 'Proposal', 100]],
    },
  ],
  invalid: [
    {
      name: 'the same id twice',
      rows: [
        H,
        ['D-100', 'Ann', 'Proposal', 100],
        ['D-101', 'Ann', 'Proposal', 100],
        ['D-100', 'Bob', 'Negotiation', 150],
      ],
      errors: [
        {
          message: 'Deal "D-100" is already listed on row 2, with another owner ("Ann" there, "Bob" here)',
          address: 'Pipeline!A4',
          related: ['Pipeline!A2'],
          deal: 'D-100',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'ids are compared ignoring case and extra spaces',
      rows: [H, ['Acme  Renewal', 'Ann', 'Proposal', 100], ['acme renewal ', 'ann', 'Proposal', 100]],
      errors: [
        {
          message: 'Deal "acme renewal" is already listed on row 2',
          address: 'Pipeline!A3',
          related: ['Pipeline!A2'],
        },
      ],
    },
    {
      name: 'every repeat points at the first occurrence',
      rows: [
        H,
        ['D-7', 'Ann', 'Proposal', 100],
        ['D-7', 'Ann', 'Proposal', 100],
        ['D-7', 'Ann', 'Proposal', 100],
      ],
      errors: [
        {
          address: 'Pipeline!A3',
          related: ['Pipeline!A2'],
          message: 'Deal "D-7" is already listed on row 2',
        },
        {
          address: 'Pipeline!A4',
          related: ['Pipeline!A2'],
          message: 'Deal "D-7" is already listed on row 2',
        },
      ],
    },
    {
      name: 'a numeric id and the same id as text',
      rows: [
        ['Owner', 'Opportunity ID', 'Stage'],
        ['Ann', 1001, 'Proposal'],
        ['Bob', '1001', 'Proposal'],
      ],
      errors: [
        {
          message: 'Deal "1001" is already listed on row 2, with another owner ("Ann" there, "Bob" here)',
          address: 'Pipeline!B3',
          related: ['Pipeline!B2'],
        },
      ],
    },
    {
      name: 'a line repeated whole is a duplicate of that line',
      rows: [
        ['Order ID', 'Sales rep', 'Stage', 'Product', 'Amount'],
        ['SO-1', 'Ann', 'Won', 'GTX Pro', 9000],
        ['SO-1', 'Ann', 'Won', 'GTX Basic', 1100],
        ['SO-1', 'Ann', 'Won', 'GTX Basic', 1100],
      ],
      errors: [
        {
          message: 'Deal "SO-1" already has this line on row 3',
          address: 'Pipeline!A4',
          related: ['Pipeline!A2', 'Pipeline!A3'],
        },
      ],
    },
    {
      name: 'a line that names another stage or close date is a conflicting duplicate, even with another product',
      rows: [
        ['Order ID', 'Sales rep', 'Stage', 'Close date', 'Product', 'Amount'],
        ['SO-1', 'Ann', 'Won', '2027-05-01', 'GTX Pro', 9000],
        ['SO-1', 'Ann', 'Lost', '2027-05-01', 'GTX Basic', 1100],
        ['SO-1', 'Ann', 'Won', 46_600, 'GTX Plus', 1100],
      ],
      errors: [
        {
          message: 'Deal "SO-1" is already listed on row 2, with another stage ("Won" there, "Lost" here)',
          address: 'Pipeline!A3',
        },
        {
          message:
            'Deal "SO-1" is already listed on row 2, with another close date ("2027-05-01" there, "2027-08-01" here)',
          address: 'Pipeline!A4',
        },
      ],
    },
    {
      name: 'without product or line columns a second amount is a conflict',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-1', 'Ann', 'Proposal', 150]],
      errors: [
        {
          message: 'Deal "D-1" is already listed on row 2, with another amount ("100" there, "150" here)',
          address: 'Pipeline!A3',
        },
      ],
    },
    {
      name: 'duplicates within a second pipeline sheet are reported there',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [
        { name: 'EMEA', values: [H, ['E-1', 'Eva', 'Proposal', 100], ['E-1', 'Eva', 'Proposal', 100]] },
      ],
      errors: [{ address: 'EMEA!A3', related: ['EMEA!A2'] }],
    },
  ],
});
