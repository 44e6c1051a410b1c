import { ambiguousDate } from '../../../shared/rules/workbook/ambiguousDate';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Created', 'Close date'];
const ambiguous = (header: string, example: string, order: string, locale = 'en-US') =>
  `Every text date in "${header}" fits both month/day and day/month (e.g. "${example}"); ` +
  `read as ${order} from locale ${locale}. Set "locale" in the config to confirm`;

ruleTester(ambiguousDate, {
  valid: [
    {
      name: 'ISO dates are never ambiguous',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-03-04', '2027-04-03']],
    },
    {
      name: 'a day above 12 settles the column day-first',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '03/04/2027', '2027-08-01'],
        ['D-2', 'Ann', 'Proposal', '25/04/2027', '2027-08-01'],
      ],
    },
    {
      name: 'a day above 12 in second place settles the column month-first',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '03/04/2027', '2027-08-01'],
        ['D-2', 'Ann', 'Proposal', '04/25/2027', '2027-08-01'],
      ],
    },
    {
      name: 'a configured locale confirms the order',
      config: { locale: 'en-US' },
      rows: [H, ['D-1', 'Ann', 'Proposal', '03/04/2027', '05/06/2027']],
    },
    {
      name: 'a configured date order confirms it too',
      config: { locale: { dateOrder: 'DMY' } },
      rows: [H, ['D-1', 'Ann', 'Proposal', '03/04/2027', '05/06/2027']],
    },
    {
      name: 'each separator settles on its own: "/" day-first and "-" month-first in one column',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '', '02/05/2027'],
        ['D-2', 'Ann', 'Proposal', '', '25/04/2027'],
        ['D-3', 'Ann', 'Proposal', '', '05-02-2027'],
        ['D-4', 'Ann', 'Proposal', '', '04-25-2027'],
      ],
    },
    {
      name: 'timestamps with a zone carry no order question',
      rows: [H, ['D-1', 'Ann', 'Proposal', '2027-03-04T10:00:00Z', '2027-04-03 09:15:00.123456 UTC']],
    },
    {
      name: 'real dates and serials carry no order question',
      rows: [H, ['D-1', 'Ann', 'Proposal', new Date(2027, 2, 4), 46_600]],
    },
  ],
  invalid: [
    {
      name: 'a column of day-and-month-below-13 dates with no locale',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '2027-01-05', '03/04/2027'],
        ['D-2', 'Ann', 'Proposal', '2027-01-05', '05/06/2027'],
      ],
      errors: [
        {
          message: ambiguous('Close date', '03/04/2027', 'month/day/year'),
          address: 'Pipeline!E1',
          related: ['Pipeline!E2'],
          fixes: [],
        },
      ],
    },
    {
      name: 'two ambiguous columns, each at its own header',
      rows: [H, ['D-1', 'Ann', 'Proposal', '1/2/2027', '3.4.2027']],
      errors: [
        {
          message: ambiguous('Created', '1/2/2027', 'month/day/year'),
          address: 'Pipeline!D1',
          related: ['Pipeline!D2'],
        },
        {
          message: ambiguous('Close date', '3.4.2027', 'month/day/year'),
          address: 'Pipeline!E1',
          related: ['Pipeline!E2'],
        },
      ],
    },
    {
      name: 'a locale with only a decimal sign does not settle the date order',
      config: { locale: { decimal: ',' } },
      rows: [H, ['D-1', 'Ann', 'Proposal', '', '03/04/27']],
      errors: [{ message: ambiguous('Close date', '03/04/27', 'month/day/year'), address: 'Pipeline!E1' }],
    },
    {
      name: 'a pattern that stays ambiguous beside a settled one is reported once, naming its separator',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '', '25/04/2027'],
        ['D-2', 'Ann', 'Proposal', '', '05-02-2027'],
        ['D-3', 'Ann', 'Proposal', '', '06-03-2027'],
      ],
      errors: [
        {
          message:
            'Every "-" text date in "Close date" fits both month/day and day/month (e.g. "05-02-2027"); ' +
            'read as month/day/year from locale en-US. Set "locale" in the config to confirm',
          address: 'Pipeline!E1',
          related: ['Pipeline!E3'],
        },
      ],
    },
    {
      name: 'one pattern with both shapes is mixed; the other pattern settles quietly',
      config: { locale: 'en-US' },
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '', '12/25/2026'],
        ['D-2', 'Ann', 'Proposal', '', '25/12/2026'],
        ['D-3', 'Ann', 'Proposal', '', '25-12-2026'],
      ],
      errors: [
        {
          message:
            '"Close date" mixes month/day and day/month "/" dates (e.g. "25/12/2026" on row 3); read as month/day/year, values that only fit the other order are flagged',
          address: 'Pipeline!E1',
          related: ['Pipeline!E3'],
        },
      ],
    },
    {
      name: 'a column with both shapes under en-US is mixed',
      config: { locale: 'en-US' },
      rows: [H, ['D-1', 'Ann', 'Proposal', '', '12/25/2026'], ['D-2', 'Ann', 'Proposal', '', '25/12/2026']],
      errors: [
        {
          message:
            '"Close date" mixes month/day and day/month dates (e.g. "25/12/2026" on row 3); read as month/day/year, values that only fit the other order are flagged',
          address: 'Pipeline!E1',
          related: ['Pipeline!E3'],
        },
      ],
    },
    {
      name: 'the same mixed column under en-GB reads day-first and points at the month-first value',
      config: { locale: 'en-GB' },
      rows: [H, ['D-1', 'Ann', 'Proposal', '', '12/25/2026'], ['D-2', 'Ann', 'Proposal', '', '25/12/2026']],
      errors: [
        {
          address: 'Pipeline!E1',
          message:
            '"Close date" mixes month/day and day/month dates (e.g. "12/25/2026" on row 2); read as day/month/year, values that only fit the other order are flagged',
          related: ['Pipeline!E2'],
        },
      ],
    },
    {
      name: 'the header row may be below a title, and the column header is quoted as written',
      rows: [
        ['Pipeline'],
        ['Opportunity', 'Stage', 'Expected Close', 'Rep'],
        ['D-1', 'Proposal', '07/08/2027', 'Ann'],
      ],
      errors: [
        {
          message: ambiguous('Expected Close', '07/08/2027', 'month/day/year'),
          address: 'Pipeline!C2',
          related: ['Pipeline!C3'],
        },
      ],
    },
  ],
});
