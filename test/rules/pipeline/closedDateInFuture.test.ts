import { closedDateInFuture } from '../../../shared/rules/pipeline/closedDateInFuture';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];

ruleTester(closedDateInFuture, {
  valid: [
    {
      name: 'closed deals closed on or before the as-of date (2027-06-30)',
      rows: [H, ['D-1', 'Ann', 'Won', 100, '2027-06-30'], ['D-2', 'Ann', 'Lost', 100, '2027-01-05']],
    },
    {
      name: 'an open deal expected to close later',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '2027-09-30']],
    },
    { name: 'a closed deal without a close date', rows: [H, ['D-1', 'Ann', 'Won', 100, '']] },
  ],
  invalid: [
    {
      name: 'a won and a lost deal dated after the as-of date',
      rows: [H, ['D-1', 'Ann', 'Closed Won', 100, '2027-07-15'], ['D-2', 'Bob', 'Lost', 100, '2027-07-01']],
      errors: [
        {
          message:
            'The deal is won (Closed Won) but its close date 2027-07-15 is 15 days after 2027-06-30; set the day it closed',
          address: 'Pipeline!E2',
          deal: 'D-1',
        },
        {
          message: /^The deal is lost \(Lost\) but its close date 2027-07-01 is 1 day after/,
          address: 'Pipeline!E3',
        },
      ],
    },
    {
      name: 'the as-of date moves with the config',
      config: { asOf: '2027-01-01' },
      rows: [H, ['D-1', 'Ann', 'Won', 100, '2027-01-02']],
      errors: [{ message: /is 1 day after 2027-01-01/, address: 'Pipeline!E2' }],
    },
  ],
});
