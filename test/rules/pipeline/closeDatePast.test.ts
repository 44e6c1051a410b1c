import { closeDatePast } from '../../../shared/rules/pipeline/closeDatePast';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];

ruleTester(closeDatePast, {
  valid: [
    {
      name: 'expected close dates today or later',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '2027-06-30'],
        ['D-2', 'Ann', 'Proposal', 100, '2027-09-30'],
        ['D-3', 'Ann', 'Proposal', 100, 46_600],
      ],
    },
    {
      name: 'closed deals are allowed dates in the past',
      rows: [H, ['D-1', 'Ann', 'Won', 100, '2026-01-15'], ['D-2', 'Ann', 'Closed Lost', 100, '2026-03-01']],
    },
    {
      name: 'within the grace days',
      options: { graceDays: 7 },
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '2027-06-23']],
    },
    {
      name: 'no close date, an unreadable one, or an unknown (misspelt) stage',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, ''],
        ['D-2', 'Ann', 'Proposal', 100, 'soon'],
        ['D-3', 'Ann', 'Propsal', 100, '2026-01-01'],
      ],
    },
    {
      name: 'asOf from the config moves "today"',
      config: { asOf: '2027-01-01' },
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '2027-03-31']],
    },
  ],
  invalid: [
    {
      name: 'an open deal whose close date has passed',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '2027-06-01']],
      errors: [
        {
          message:
            'Expected close 2027-06-01 passed 29 days ago and the deal is still open in Proposal; move the date or close the deal',
          address: 'Pipeline!E2',
          fixes: [{ title: 'Mark as Lost', value: 'Lost' }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'yesterday is one day',
      rows: [H, ['D-1', 'Ann', 'Negotiation', 100, '2027-06-29']],
      errors: [
        {
          address: 'Pipeline!E2',
          message:
            'Expected close 2027-06-29 passed 1 day ago and the deal is still open in Negotiation; move the date or close the deal',
        },
      ],
    },
    {
      name: 'one day past the grace days',
      options: { graceDays: 7 },
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, '2027-06-23'], ['D-2', 'Ann', 'Proposal', 100, '2027-06-22']],
      errors: [{ message: /^Expected close 2027-06-22 passed 8 days ago/, address: 'Pipeline!E3' }],
    },
    {
      name: 'Excel serials, thousands of days',
      // 43466 = 2019-01-01
      rows: [H, ['D-1', 'Ann', 'Prospect', 100, 43_466]],
      errors: [
        {
          address: 'Pipeline!E2',
          message:
            'Expected close 2019-01-01 passed 3,102 days ago and the deal is still open in Prospect; move the date or close the deal',
        },
      ],
    },
    {
      name: 'configured stages: the single lost stage is the fix',
      config: {
        stages: [{ name: 'Open' }, { name: 'Signed', closed: 'won' }, { name: 'Dropped', closed: 'lost' }],
      },
      rows: [H, ['D-1', 'Ann', 'Open', 100, '2027-05-31']],
      errors: [
        {
          address: 'Pipeline!E2',
          message: /still open in Open;/,
          fixes: [{ title: 'Mark as Dropped', value: 'Dropped' }],
        },
      ],
    },
    {
      name: 'configured stages with two lost stages: no fix',
      config: {
        stages: [
          { name: 'Open' },
          { name: 'Signed', closed: 'won' },
          { name: 'No budget', closed: 'lost' },
          { name: 'Competitor', closed: 'lost' },
        ],
      },
      rows: [H, ['D-1', 'Ann', 'Open', 100, '2027-05-31']],
      errors: [{ address: 'Pipeline!E2', fixes: [] }],
    },
  ],
});
