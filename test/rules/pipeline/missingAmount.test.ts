import { missingAmount } from '../../../shared/rules/pipeline/missingAmount';
import { ruleTester } from '../../ruleTester';
import { DEAL_HEADER, LEAD_TO_WON } from './fixtures';

const H = DEAL_HEADER;
const STAGES = LEAD_TO_WON;

ruleTester(missingAmount, {
  valid: [
    {
      name: 'every deal past the first stage has an amount',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', '', '2027-08-01'],
        ['D-2', 'Ann', 'Proposal', 12_000, '2027-08-01'],
        ['D-3', 'Bob', 'Won', '$8,000', '2027-05-01'],
      ],
    },
    {
      name: 'the first stage in use is exempt with the built-in stages',
      rows: [
        H,
        ['D-1', 'Ann', 'Qualification', null, '2027-08-01'],
        ['D-2', 'Ann', 'Qualification', '', '2027-08-01'],
        ['D-3', 'Ann', 'Negotiation', 5_000, '2027-08-01'],
      ],
    },
    {
      name: 'a sheet whose deals all sit in one stage has nothing past the first',
      rows: [H, ['D-1', 'Ann', 'Proposal', '', '2027-08-01'], ['D-2', 'Bob', 'Proposal', '', '2027-08-01']],
    },
    {
      name: 'the first configured stage is exempt',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Lead', '', '2027-08-01'], ['D-2', 'Ann', 'Proposal', 100, '2027-08-01']],
    },
    {
      name: 'lost deals need no amount',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', 100, ''],
        ['D-2', 'Ann', 'Lost', '', ''],
        ['D-3', 'Ann', 'Closed Lost', null, ''],
      ],
    },
    {
      name: 'an unreadable amount is left to invalid-value',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', 100, ''],
        ['D-2', 'Ann', 'Proposal', 'TBD', ''],
        ['D-3', 'Ann', 'Won', '#N/A', ''],
      ],
    },
    {
      name: 'an unknown (misspelt) or blank stage is not judged',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', 100, ''],
        ['D-2', 'Ann', 'Prospectin', '', ''],
        ['D-3', 'Ann', '', '', ''],
      ],
    },
    {
      name: 'zero is an amount',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', 100, ''],
        ['D-2', 'Ann', 'Proposal', 0, ''],
        ['D-3', 'Ann', 'Won', '$0', ''],
      ],
    },
  ],
  invalid: [
    {
      name: 'an open deal past the first stage in use',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', '', '2027-08-01'],
        ['D-2', 'Bob', 'Proposal', '', '2027-08-01'],
      ],
      errors: [
        {
          message:
            'Amount is empty for a deal in Proposal; deals past Prospecting need a value to count in the forecast',
          address: 'Pipeline!D3',
          deal: 'D-2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'a won deal always needs an amount',
      rows: [H, ['D-1', 'Ann', 'Closed Won', '', '2027-05-01']],
      errors: [
        {
          message: 'Amount is empty for a won deal; won revenue needs a value',
          address: 'Pipeline!D2',
          deal: 'D-1',
        },
      ],
    },
    {
      name: 'configured stages: past the first configured stage even when nobody is in it',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Qualified', '', '2027-08-01'], ['D-2', 'Ann', 'Won', null, '2027-05-01']],
      errors: [
        {
          message:
            'Amount is empty for a deal in Qualified; deals past Lead need a value to count in the forecast',
          address: 'Pipeline!D2',
        },
        { message: 'Amount is empty for a won deal; won revenue needs a value', address: 'Pipeline!D3' },
      ],
    },
    {
      name: 'spaces only count as empty',
      rows: [H, ['D-1', 'Ann', 'Lead', 100, ''], ['D-2', 'Ann', 'Negotiation', '   ', '']],
      errors: [
        { message: /^Amount is empty for a deal in Negotiation; deals past Lead /, address: 'Pipeline!D3' },
      ],
    },
    {
      name: 'the amount column is found wherever it is',
      rows: [
        ['Stage', 'Deal Value', 'Opportunity', 'Rep'],
        ['Prospecting', 100, 'D-1', 'Ann'],
        ['Demo', null, 'D-2', 'Ann'],
        ['Commit', null, 'D-3', 'Bob'],
      ],
      errors: [
        { address: 'Pipeline!B3', message: /in Demo;/, deal: 'D-2' },
        { address: 'Pipeline!B4', message: /in Commit;/, deal: 'D-3', owner: 'Bob' },
      ],
    },
  ],
});
