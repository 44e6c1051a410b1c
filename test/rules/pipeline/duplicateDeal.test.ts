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
          message: 'Deal "D-100" is already listed on row 2',
          address: 'Pipeline!A4',
          related: ['Pipeline!A2'],
          deal: 'D-100',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'ids are compared ignoring case and extra spaces',
      rows: [H, ['Acme  Renewal', 'Ann', 'Proposal', 100], ['acme renewal ', 'Bob', 'Proposal', 100]],
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
          message: 'Deal "1001" is already listed on row 2',
          address: 'Pipeline!B3',
          related: ['Pipeline!B2'],
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
