import { missingCloseDate } from '../../../shared/rules/pipeline/missingCloseDate';
import { ruleTester } from '../../ruleTester';
import { DEAL_HEADER, LEAD_TO_WON } from './fixtures';

const H = DEAL_HEADER;
const STAGES = LEAD_TO_WON;

ruleTester(missingCloseDate, {
  valid: [
    {
      name: 'open deals past the first stage have close dates',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', '', ''],
        ['D-2', 'Ann', 'Proposal', 100, '2027-08-01'],
        ['D-3', 'Ann', 'Negotiation', 100, 46_600],
      ],
    },
    {
      name: 'the first stage in use is exempt',
      rows: [H, ['D-1', 'Ann', 'Qualification', '', ''], ['D-2', 'Ann', 'Proposal', 100, '2027-08-01']],
    },
    {
      name: 'the first configured stage is exempt',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Lead', '', ''], ['D-2', 'Ann', 'Proposal', 100, '2027-08-01']],
    },
    {
      name: 'closed deals need no expected close date',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', '', ''],
        ['D-2', 'Ann', 'Won', 100, ''],
        ['D-3', 'Ann', 'Lost', 100, null],
      ],
    },
    {
      name: 'an unreadable close date is left to invalid-value',
      rows: [
        H,
        ['D-1', 'Ann', 'Prospecting', '', ''],
        ['D-2', 'Ann', 'Proposal', 100, 'end of quarter'],
        ['D-3', 'Ann', 'Proposal', 100, '#REF!'],
      ],
    },
    {
      name: 'unknown (misspelt) stages are not judged',
      rows: [H, ['D-1', 'Ann', 'Prospecting', '', ''], ['D-2', 'Ann', 'Propsal', 100, '']],
    },
  ],
  invalid: [
    {
      name: 'an open deal past the first stage in use',
      rows: [H, ['D-1', 'Ann', 'Prospecting', '', ''], ['D-2', 'Bob', 'Proposal', 100, '']],
      errors: [
        {
          message:
            'Expected close date is empty for a deal in Proposal; deals past Prospecting need one to be forecast',
          address: 'Pipeline!E3',
          deal: 'D-2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'configured stages',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Qualified', 100, ''], ['D-2', 'Ann', 'proposal', 100, '   ']],
      errors: [
        {
          message:
            'Expected close date is empty for a deal in Qualified; deals past Lead need one to be forecast',
          address: 'Pipeline!E2',
        },
        {
          message:
            'Expected close date is empty for a deal in Proposal; deals past Lead need one to be forecast',
          address: 'Pipeline!E3',
        },
      ],
    },
    {
      name: 'aliases resolve to the stage they name',
      rows: [H, ['D-1', 'Ann', 'New', '', ''], ['D-2', 'Ann', 'Verbal Commit', 100, '']],
      errors: [
        {
          message:
            'Expected close date is empty for a deal in Verbal Commit; deals past New need one to be forecast',
          address: 'Pipeline!E3',
        },
      ],
    },
    {
      name: 'the close-date column under another name',
      rows: [
        ['Opportunity', 'Stage', 'Expected close', 'Rep'],
        ['D-1', 'Lead', '', 'Ann'],
        ['D-2', 'Demo', '', 'Ann'],
        ['D-3', 'Demo', '2027-08-01', 'Ann'],
      ],
      errors: [{ address: 'Pipeline!C3', deal: 'D-2', owner: 'Ann' }],
    },
  ],
});
