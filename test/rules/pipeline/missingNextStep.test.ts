import { missingNextStep } from '../../../shared/rules/pipeline/missingNextStep';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Next step'];

ruleTester(missingNextStep, {
  valid: [
    {
      name: 'every open deal has a next step',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, 'Send revised quote by Fri'],
        ['D-2', 'Bob', 'Prospecting', 100, 'Intro call 7/2'],
      ],
    },
    {
      name: 'closed deals need no next step',
      rows: [H, ['D-1', 'Ann', 'Won', 100, ''], ['D-2', 'Ann', 'Lost', 100, null]],
    },
    {
      name: 'without a next-step column the rule stays quiet',
      rows: [
        ['Deal', 'Owner', 'Stage', 'Amount'],
        ['D-1', 'Ann', 'Proposal', 100],
        ['D-2', 'Ann', 'Negotiation', 100],
      ],
    },
    {
      name: 'unknown (misspelt) and blank stages are not open deals',
      rows: [H, ['D-1', 'Ann', 'Negotiaton', 100, ''], ['D-2', 'Ann', '', 100, '']],
    },
    {
      name: 'a next-step column called "Next action"',
      rows: [
        ['Deal', 'Stage', 'Owner', 'Next action'],
        ['D-1', 'Proposal', 'Ann', 'Follow up'],
      ],
    },
  ],
  invalid: [
    {
      name: 'an open deal with no next step',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, 'Call'], ['D-2', 'Bob', 'Negotiation', 100, '']],
      errors: [
        {
          message: 'No next step for an open deal in Negotiation; note what happens next and when',
          address: 'Pipeline!E3',
          deal: 'D-2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'spaces only are no next step',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '   ']],
      errors: [
        {
          message: 'No next step for an open deal in Proposal; note what happens next and when',
          address: 'Pipeline!E2',
        },
      ],
    },
    {
      name: 'a ragged row shorter than the header',
      rows: [H, ['D-1', 'Ann', 'Prospecting']],
      errors: [{ message: /in Prospecting;/, address: 'Pipeline!E2' }],
    },
    {
      name: 'configured stages name the stage as configured',
      config: {
        stages: [
          { name: 'Evaluating', aliases: ['Eval'] },
          { name: 'Signed', closed: 'won' },
        ],
      },
      rows: [
        ['Next steps', 'Deal', 'Stage', 'Owner'],
        ['', 'D-1', 'eval', 'Ann'],
        ['Sign', 'D-2', 'Signed', 'Ann'],
        [null, 'D-3', 'Signed', 'Bob'],
      ],
      errors: [
        {
          message: 'No next step for an open deal in Evaluating; note what happens next and when',
          address: 'Pipeline!A2',
        },
      ],
    },
  ],
});
