import type { PipelintConfig } from '../../../shared/engine/config';
import type { CellValue } from '../../../shared/ground/types';
import { stalledDeal } from '../../../shared/rules/pipeline/stalledDeal';
import { ruleTester } from '../../ruleTester';

// asOf is 2027-06-30 throughout.
const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Last activity'];

const STAGES: PipelintConfig['stages'] = [
  { name: 'Prospecting', maxDays: 30 },
  { name: 'Proposal', maxDays: 45 },
  { name: 'Negotiation' },
  { name: 'Won', closed: 'won' },
  { name: 'Lost', aliases: ['Closed Lost'], closed: 'lost' },
];

/** Five won deals whose cycles (created → close) are 30, 40, 50, 60 and 70 days: p90 = 70, p50 = 50. */
const WON: CellValue[][] = [
  ['W-1', 'Ann', 'Won', 10_000, '2027-01-01', '2027-01-31', '2027-01-31'],
  ['W-2', 'Ann', 'Won', 12_000, '2027-01-01', '2027-02-10', '2027-02-10'],
  ['W-3', 'Bob', 'Won', 8_000, '2027-01-01', '2027-02-20', '2027-02-20'],
  ['W-4', 'Bob', 'Won', 20_000, '2027-01-01', '2027-03-02', '2027-03-02'],
  ['W-5', 'Cy', 'Won', 5_000, '2027-01-01', '2027-03-12', '2027-03-12'],
];

ruleTester(stalledDeal, {
  valid: [
    {
      name: 'activity 29 days ago is within a 45-day stage limit',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-06-01']],
    },
    {
      name: 'exactly at the stage limit is not yet stalled',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-05-16']],
    },
    {
      name: 'closed deals are never stalled, however old',
      config: { stages: STAGES },
      rows: [
        H,
        ['D-1', 'Ann', 'Won', 12_000, '2026-01-01', '2026-02-01', '2026-01-01'],
        ['D-2', 'Bob', 'Lost', 3_000, '2026-01-01', '2026-03-01', '2026-01-01'],
        ['D-3', 'Bob', 'closed lost', 3_000, '2026-01-01', '2026-03-01', '2026-01-01'],
      ],
    },
    {
      name: 'recent activity wins over an old stage date',
      config: { stages: STAGES },
      rows: [
        ['Deal', 'Owner', 'Stage', 'Stage date', 'Last activity'],
        ['D-1', 'Ann', 'Prospecting', '2026-01-01', '2027-06-20'],
      ],
    },
    {
      name: 'the built-in stages have no limit until five won deals teach one',
      rows: [
        H,
        ...WON.slice(0, 4),
        ['D-1', 'Ann', 'Negotiation', 9_000, '2026-01-01', '2027-09-30', '2026-01-01'],
      ],
    },
    {
      name: 'idle 60 days is within the learnt 90th percentile of 70 days',
      rows: [H, ...WON, ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-05-01']],
    },
    {
      name: 'minimumWonDeals above the number of won deals learns nothing',
      options: { minimumWonDeals: 6 },
      rows: [H, ...WON, ['D-1', 'Ann', 'Negotiation', 9_000, '2026-01-01', '2027-09-30', '2026-01-01']],
    },
    {
      name: 'a configured maxDays overrides the shorter learnt limit',
      config: {
        stages: [
          { name: 'Negotiation', maxDays: 120 },
          { name: 'Won', closed: 'won' },
          { name: 'Lost', closed: 'lost' },
        ],
      },
      rows: [H, ...WON, ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-03-22']],
    },
    {
      name: 'unknown and blank stages are not open deals',
      config: { stages: STAGES },
      rows: [
        H,
        ['D-1', 'Ann', 'Parked', 9_000, '2026-01-01', '2027-09-30', '2026-01-01'],
        ['D-2', 'Ann', '', 9_000, '2026-01-01', '2027-09-30', '2026-01-01'],
      ],
    },
    {
      name: 'a row with no dates at all has nothing to measure from',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 9_000, '', '', null]],
    },
    {
      name: 'activity dated after the as-of date',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 9_000, '2027-01-05', '2027-09-30', '2027-07-15']],
    },
  ],
  invalid: [
    {
      name: 'a deal with three product lines is judged once, on its first row',
      config: { stages: STAGES },
      rows: [
        [...H, 'Product'],
        ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-05-01', 'GTX Pro'],
        ['D-1', 'Ann', 'Proposal', 3_000, '2027-01-05', '2027-09-30', '2027-05-01', 'GTX Basic'],
        ['D-1', '', '', 1_000, '', '', '', 'Support'],
      ],
      errors: [{ address: 'Pipeline!G2', deal: 'D-1' }],
    },
    {
      name: 'config maxDays, measured from the last activity',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-05-01']],
      errors: [
        {
          message:
            'No activity for 60 days (last 2027-05-01) on a deal in Proposal; the stage limit is 45 days',
          address: 'Pipeline!G2',
          fixes: [{ title: 'Mark as Lost', value: 'Lost' }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'one day over the limit',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-05-15']],
      errors: [
        {
          message:
            'No activity for 46 days (last 2027-05-15) on a deal in Proposal; the stage limit is 45 days',
          address: 'Pipeline!G2',
        },
      ],
    },
    {
      name: 'without a last-activity column, the stage date is used',
      config: { stages: STAGES },
      rows: [
        ['Deal', 'Owner', 'Stage', 'Stage date', 'Close date'],
        ['D-2', 'Bob', 'Prospecting', '2027-04-01', '2027-09-30'],
      ],
      errors: [
        {
          message:
            'Open 90 days in Prospecting (since 2027-04-01) with no stage change; the stage limit is 30 days',
          address: 'Pipeline!D2',
          deal: 'D-2',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'with the activity cells blank, the created date is the fallback',
      config: { stages: STAGES },
      rows: [
        ['Deal', 'Owner', 'Stage', 'Created', 'Stage date', 'Last activity'],
        ['D-3', 'Cy', 'Prospecting', '2027-01-15', '', null],
      ],
      errors: [
        {
          message:
            'Open 166 days in Prospecting (created 2027-01-15) with no later activity recorded; the stage limit is 30 days',
          address: 'Pipeline!D2',
        },
      ],
    },
    {
      name: 'built-in stages learn the limit from the 90th percentile of won cycles',
      rows: [H, ...WON, ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-03-22']],
      errors: [
        {
          message:
            'No activity for 100 days (last 2027-03-22) on a deal in Negotiation; 90% of won deals closed within 70 days',
          address: 'Pipeline!G7',
          fixes: [{ title: 'Mark as Lost', value: 'Lost' }],
          deal: 'D-1',
        },
      ],
    },
    {
      name: 'a configured stage without maxDays falls back to the learnt limit',
      config: { stages: STAGES },
      rows: [H, ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-03-22'], ...WON],
      errors: [
        {
          message:
            'No activity for 100 days (last 2027-03-22) on a deal in Negotiation; 90% of won deals closed within 70 days',
          address: 'Pipeline!G2',
        },
      ],
    },
    {
      name: 'the percentile option changes the learnt limit',
      options: { percentile: 0.5 },
      rows: [H, ...WON, ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-05-01']],
      errors: [
        {
          address: 'Pipeline!G7',
          message:
            'No activity for 60 days (last 2027-05-01) on a deal in Negotiation; 50% of won deals closed within 50 days',
        },
      ],
    },
    {
      name: 'Excel serial dates read like text dates',
      config: { stages: STAGES },
      // 46392 = 2027-01-05, 46660 = 2027-09-30, 46508 = 2027-05-01
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, 46392, 46660, 46508]],
      errors: [
        {
          message:
            'No activity for 60 days (last 2027-05-01) on a deal in Proposal; the stage limit is 45 days',
          address: 'Pipeline!G2',
        },
      ],
    },
    {
      name: 'with two lost stages there is no single "Mark as" fix',
      config: {
        stages: [
          { name: 'Proposal', maxDays: 45 },
          { name: 'Won', closed: 'won' },
          { name: 'Lost to competitor', closed: 'lost' },
          { name: 'No decision', closed: 'lost' },
        ],
      },
      rows: [H, ['D-1', 'Ann', 'Proposal', 12_000, '2027-01-05', '2027-09-30', '2027-05-01']],
      errors: [{ address: 'Pipeline!G2', fixes: [] }],
    },
    {
      name: 'every stalled row is reported, in row order, each at its own idle cell',
      config: { stages: STAGES },
      rows: [
        ['Deal', 'Owner', 'Stage', 'Created', 'Stage date', 'Last activity'],
        ['D-1', 'Ann', 'Proposal', '2027-01-05', '2027-02-01', '2027-06-25'],
        ['D-2', 'Bob', 'Proposal', '2027-01-05', '2027-02-01', ''],
        ['D-3', 'Cy', 'Prospecting', '2027-01-15', '', ''],
      ],
      errors: [
        {
          address: 'Pipeline!E3',
          message:
            'Open 149 days in Proposal (since 2027-02-01) with no stage change; the stage limit is 45 days',
          deal: 'D-2',
        },
        {
          address: 'Pipeline!D4',
          message: /^Open 166 days in Prospecting \(created 2027-01-15\) with no later activity recorded;/,
          deal: 'D-3',
        },
      ],
    },
  ],
});
