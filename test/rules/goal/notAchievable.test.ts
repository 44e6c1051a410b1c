import type { CellValue } from '../../../shared/ground/types';
import { notAchievable } from '../../../shared/rules/goal/notAchievable';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Metric', 'Baseline', 'Target', 'Due'];
const P = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];

/** Maya: 2 of 8 closed deals won (25%), $300,000 won in 2026 and again in 2027, $900,000 open. */
const MAYA: CellValue[][] = [
  P,
  ['D-1', 'Maya', 'Won', 300_000, '2027-03-01'],
  ['D-2', 'Maya', 'Won', 300_000, '2026-11-01'],
  ...[3, 4, 5, 6, 7, 8].map((n) => [`D-${n}`, 'maya', 'Lost', 10_000, '2027-02-01']),
  ['D-9', 'Maya', 'Proposal', 500_000, '2027-09-30'],
  ['D-10', 'MAYA', 'Negotiation', 400_000, '2027-10-30'],
  ['D-11', 'Bob', 'Negotiation', 5_000_000, '2027-10-30'],
];
const pipeline = (values: CellValue[][] = MAYA) => [{ name: 'Pipeline', values }];

ruleTester(notAchievable, {
  valid: [
    { name: 'growth within 100%', rows: [H, ['Grow renewals by Q4 2027', 'Ann', null, 100, 200, null]] },
    { name: 'text growth within 100%', rows: [['Goal'], ['Increase revenue from $1M to $1.8M by Q4 2027']] },
    {
      name: 'maxGrowth raised',
      options: { maxGrowth: 2 },
      rows: [['Goal'], ['Increase revenue from $1M to $3M by Q4 2027'], ['Grow renewals', null]],
    },
    {
      name: 'enough open pipeline',
      sheets: pipeline(),
      rows: [H, ['Book new business by 2027-12-31', 'Maya', 'Revenue', null, '$450,000', null]],
    },
    {
      name: 'a stated baseline is used instead of last period',
      sheets: pipeline([
        P,
        ['D-1', 'Maya', 'Won', 10_000, '2026-06-01'],
        ['D-2', 'Maya', 'Proposal', 900_000, '2027-09-01'],
      ]),
      rows: [H, ['Book new business', 'Maya', 'Revenue', 300_000, '$450,000', '2027-12-31']],
    },
    {
      name: 'no pipeline sheet',
      rows: [H, ['Book new business', 'Maya', 'Revenue', null, '$1,200,000', '2027-12-31']],
    },
    {
      name: 'fewer than five closed deals gives no win rate',
      sheets: pipeline([
        P,
        ['D-1', 'Maya', 'Won', 10, '2027-01-01'],
        ['D-2', 'Maya', 'Lost', 10, '2027-01-01'],
      ]),
      rows: [H, ['Book new business', 'Maya', 'Revenue', null, '$1,200,000', '2027-12-31']],
    },
    {
      name: 'not a revenue goal',
      sheets: pipeline(),
      rows: [H, ['Win 40 new logos', 'Maya', 'Logos', null, 40, '2027-12-31']],
    },
  ],
  invalid: [
    {
      name: 'Baseline and Target columns more than double',
      rows: [H, ['Raise average deal size', 'Ann', null, 20_000, '$50,000', null]],
      errors: [
        {
          message:
            'Going from 20,000 to $50,000 is growth of 150% in one period, more than the 100% judged achievable; lower the target or split it over more periods',
          address: 'Goals!E2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'a range in the text, without columns',
      rows: [
        ['Goal', 'Owner'],
        ['Increase revenue from $1M to $3M by Q4 2027', 'Ann'],
      ],
      errors: [
        {
          message:
            'Goal "Increase revenue from $1M to $3M by Q4 2027" is out of reach: "from $1M to $3M" is an increase of 200%, more than the 100% judged achievable in one period; lower the target or split it over more periods',
          address: 'Goals!A2',
        },
      ],
    },
    {
      name: 'a stricter maxGrowth',
      options: { maxGrowth: 0.5 },
      rows: [
        ['Goal', 'Owner'],
        ['Increase revenue from $1M to $1.8M by Q4 2027', 'Ann'],
      ],
      errors: [{ message: /increase of 80%, more than the 50% judged achievable/, address: 'Goals!A2' }],
    },
    {
      name: 'beyond last period and short of open pipeline, owners matched case-insensitively',
      sheets: pipeline(),
      rows: [H, ['Book new business', 'Maya', 'Revenue', null, '$1,200,000', '2027-12-31']],
      errors: [
        {
          message:
            'Maya won $300,000 from 2026-01-01 to 2026-12-31; $1,200,000 by 2027-12-31 is growth of 300% in one period, more than the 100% judged achievable',
          address: 'Goals!E2',
          owner: 'Maya',
        },
        {
          message:
            'To reach $1,200,000 by 2027-12-31 with $300,000 already won since 2027-01-01, Maya needs $3,600,000 of open pipeline at a 25% win rate (2 of 8 closed deals won); the open pipeline is $900,000 (short by $2,700,000)',
          address: 'Goals!E2',
          owner: 'Maya',
        },
      ],
    },
    {
      name: 'a named quarter starts the period, so earlier wins do not count',
      sheets: pipeline(),
      rows: [
        ['Goal', 'Owner'],
        ['Book $600k in new business by Q3 2027', 'Maya'],
      ],
      errors: [
        {
          message:
            'To reach $600,000 by 2027-09-30, Maya needs $2,400,000 of open pipeline at a 25% win rate (2 of 8 closed deals won); the open pipeline is $900,000 (short by $1,500,000)',
          address: 'Goals!A2',
        },
      ],
    },
  ],
});
