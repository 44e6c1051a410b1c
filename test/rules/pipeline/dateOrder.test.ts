import { dateOrder } from '../../../shared/rules/pipeline/dateOrder';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Created', 'Stage date', 'Close date'];

ruleTester(dateOrder, {
  valid: [
    {
      name: 'created, engaged, closed in order',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-01-05', '2027-02-01', '2027-08-01']],
    },
    {
      name: 'all on the same day',
      rows: [H, ['D-1', 'Ann', 'Won', '2027-03-01', '2027-03-01', '2027-03-01']],
    },
    {
      name: 'missing dates are not out of order',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '', '', '2026-01-01'],
        ['D-2', 'Ann', 'Proposal', '2027-06-01', '', ''],
        ['D-3', 'Ann', 'Proposal', '2027-06-01', null, '2027-06-02'],
      ],
    },
    {
      name: 'only created and close date columns',
      rows: [
        ['Deal', 'Stage', 'Created', 'Close date'],
        ['D-1', 'Proposal', '2027-01-05', '2027-08-01'],
      ],
    },
    {
      name: 'serials and text mixed in one row',
      // 46392 = 2027-01-05, 46600 = 2027-08-01
      rows: [H, ['D-1', 'Ann', 'Proposal', 46_392, '2027-02-01', 46_600]],
    },
    {
      name: 'an unreadable date is left to invalid-value',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-13-45', '', '2027-01-01']],
    },
  ],
  invalid: [
    {
      name: 'close date before the created date',
      rows: [H, ['D-1', 'Ann', 'Won', '2027-01-05', '', '2026-12-01']],
      errors: [
        {
          message: 'Close date 2026-12-01 is before the created date 2027-01-05',
          address: 'Pipeline!F2',
          related: ['Pipeline!D2'],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'stage date before the created date',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-03-01', '2027-02-28', '']],
      errors: [
        {
          message: 'Stage date 2027-02-28 is before the created date 2027-03-01',
          address: 'Pipeline!E2',
          related: ['Pipeline!D2'],
        },
      ],
    },
    {
      name: 'close date before the stage date',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-01-01', '2027-05-01', '2027-04-30']],
      errors: [
        {
          message: 'Close date 2027-04-30 is before the stage date 2027-05-01',
          address: 'Pipeline!F2',
          related: ['Pipeline!E2'],
        },
      ],
    },
    {
      name: 'all three pairs out of order',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-03-01', '2027-02-01', '2027-01-01']],
      errors: [
        {
          address: 'Pipeline!E2',
          related: ['Pipeline!D2'],
          message: 'Stage date 2027-02-01 is before the created date 2027-03-01',
        },
        {
          address: 'Pipeline!F2',
          related: ['Pipeline!D2'],
          message: 'Close date 2027-01-01 is before the created date 2027-03-01',
        },
        {
          address: 'Pipeline!F2',
          related: ['Pipeline!E2'],
          message: 'Close date 2027-01-01 is before the stage date 2027-02-01',
        },
      ],
    },
    {
      name: 'Excel serials and Date objects',
      // 46419 = 2027-02-01
      rows: [H, ['D-1', 'Ann', 'Won', 46_419, '', new Date(2027, 0, 31)]],
      errors: [
        { message: 'Close date 2027-01-31 is before the created date 2027-02-01', address: 'Pipeline!F2' },
      ],
    },
    {
      name: 'columns in another order, with headers people use',
      rows: [
        ['Expected close', 'Opportunity', 'Status', 'Engage date'],
        ['2027-01-10', 'D-9', 'Proposal', '2027-01-11'],
      ],
      errors: [
        {
          message: 'Close date 2027-01-10 is before the stage date 2027-01-11',
          address: 'Pipeline!A2',
          related: ['Pipeline!D2'],
          deal: 'D-9',
        },
      ],
    },
  ],
});
