import { closeDateSlipped } from '../../../shared/rules/pipeline/closeDateSlipped';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Close date'];
const history = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'Pipeline history',
  values: [['Changed at', 'Deal', 'Field', 'Old', 'New'], ...rows],
});
const rows = [H, ['D-1', 'Ana', 'Proposal', '2027-09-30']];
const slips = [
  ['2027-03-01', 'D-1', 'Close date', '2027-03-31', '2027-04-30'],
  ['2027-04-01', 'D-1', 'Close date', '2027-04-30', '2027-06-30'],
  ['2027-06-01', 'D-1', 'Close date', '2027-06-30', '2027-09-30'],
];

ruleTester(closeDateSlipped, {
  valid: [
    { name: 'no history', rows },
    { name: 'two slips are allowed', rows, sheets: [history(...slips.slice(0, 2))] },
    {
      name: 'dates pulled earlier and first recorded values do not count',
      rows,
      sheets: [
        history(['2027-01-01', 'D-1', 'Close date', '', '2027-03-31'], ...slips.slice(0, 2), [
          '2027-05-01',
          'D-1',
          'Close date',
          '2027-06-30',
          '2027-05-31',
        ]),
      ],
    },
    { name: 'a higher maxSlips', rows, options: { maxSlips: 3 }, sheets: [history(...slips)] },
    {
      name: "another deal's slips",
      rows: [H, ['D-2', 'Ana', 'Proposal', '2027-09-30']],
      sheets: [history(...slips)],
    },
  ],
  invalid: [
    {
      name: 'the third slip',
      rows,
      sheets: [history(...slips)],
      errors: [
        {
          address: 'Pipeline!D2',
          message:
            'Expected close pushed later 3 times (2027-03-31 → 2027-04-30 → 2027-06-30 → 2027-09-30); at most 2 slips are expected before the deal is requalified',
          related: ["'Pipeline history'!E2", "'Pipeline history'!E3", "'Pipeline history'!E4"],
          deal: 'D-1',
        },
      ],
    },
    {
      name: 'a weekly snapshot log is history too: the slips are read between copies',
      rows,
      sheets: [
        {
          name: 'Weekly snapshot',
          values: [
            ['Week ending', 'Opportunity', 'Stage', 'Close date', 'Amount'],
            ['2027-03-05', 'D-1', 'Proposal', '2027-03-31', 9000],
            ['2027-03-12', 'D-1', 'Proposal', '2027-04-30', 9000],
            ['2027-03-19', 'D-1', 'Proposal', '2027-04-30', 9500],
            ['2027-03-26', 'D-1', 'Proposal', '2027-06-30', 9500],
            ['2027-04-02', 'D-1', 'Proposal', '2027-09-30', 9500],
          ],
        },
      ],
      errors: [
        {
          address: 'Pipeline!D2',
          message: /pushed later 3 times \(2027-03-31 → 2027-04-30 → 2027-06-30 → 2027-09-30\)/,
          related: ["'Weekly snapshot'!D3", "'Weekly snapshot'!D5", "'Weekly snapshot'!D6"],
        },
      ],
    },
    {
      name: 'maxSlips 0 reports the first, rows out of order are sorted by timestamp',
      rows,
      options: { maxSlips: 0 },
      sheets: [history(slips[1], slips[0])],
      errors: [
        {
          address: 'Pipeline!D2',
          message: /pushed later 2 times \(2027-03-31 → 2027-04-30 → 2027-06-30\); at most 0 slips/,
          related: ["'Pipeline history'!E3", "'Pipeline history'!E2"],
        },
      ],
    },
  ],
});
