import { invalidValue } from '../../../shared/rules/pipeline/invalidValue';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date', 'Probability'];

ruleTester(invalidValue, {
  valid: [
    {
      name: 'with no locale, a column of decimal-comma amounts settles its own sign',
      rows: [H, ['D-1', 'Ann', 'Proposal', '1.200,50', '2027-08-01', 0.5]],
    },
    {
      name: 'amounts as numbers and as the text people type',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 12_000, '2027-08-01', 0.5],
        ['D-2', 'Ann', 'Proposal', '$12,000', '2027-08-01', 0.5],
        ['D-3', 'Ann', 'Proposal', '12k', '2027-08-01', 0.5],
        ['D-4', 'Ann', 'Proposal', '1.2M', '2027-08-01', 0.5],
        ['D-5', 'Ann', 'Proposal', '(500)', '2027-08-01', 0.5],
        ['D-6', 'Ann', 'Proposal', 'USD 1,500.50', '2027-08-01', 0.5],
        ['D-7', 'Ann', 'Proposal', '€ 900', '2027-08-01', 0.5],
        ['D-8', 'Ann', 'Proposal', '-$1,200', '2027-08-01', 0.5],
      ],
    },
    {
      name: 'a decimal comma is read under locale de-DE',
      config: { locale: 'de-DE' },
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', '1.200,50', '2027-08-01', '25%'],
        ['D-2', 'Ann', 'Proposal', '12.000 €', '2027-08-01', '0,25'],
        ['D-3', 'Ann', 'Proposal', 1200.5, '01.08.2027', 25],
      ],
    },
    {
      name: 'dates as serials, Date objects, ISO text, M/D/YYYY and month names',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, 46_600, 0.5],
        ['D-2', 'Ann', 'Proposal', 100, new Date(2027, 7, 1), 0.5],
        ['D-3', 'Ann', 'Proposal', 100, '2027-08-01', 0.5],
        ['D-4', 'Ann', 'Proposal', 100, '8/1/2027', 0.5],
        ['D-5', 'Ann', 'Proposal', 100, 'Aug 1, 2027', 0.5],
        ['D-6', 'Ann', 'Proposal', 100, '1-Aug-27', 0.5],
        ['D-7', 'Ann', 'Proposal', 100, '2027/08/01', 0.5],
        ['D-8', 'Ann', 'Proposal', 100, '2027-08-01T00:00:00', 0.5],
      ],
    },
    {
      name: 'D/M/YYYY dates under a day-first locale',
      config: { locale: 'en-GB' },
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '25/12/2026', 0.5],
        ['D-2', 'Ann', 'Proposal', 100, '05/01/2027', 0.5],
      ],
    },
    {
      name: 'a day-first column settles its own order even under en-US',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '25/12/2026', 0.5],
        ['D-2', 'Ann', 'Proposal', 100, '05/01/2027', 0.5],
      ],
    },
    {
      name: 'probabilities as 0.25, 25 and "25%"',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '2027-08-01', 0.25],
        ['D-2', 'Ann', 'Proposal', 100, '2027-08-01', 25],
        ['D-3', 'Ann', 'Proposal', 100, '2027-08-01', '25%'],
        ['D-4', 'Ann', 'Proposal', 100, '2027-08-01', '100%'],
        ['D-5', 'Ann', 'Proposal', 100, '2027-08-01', 0],
      ],
    },
    {
      name: 'blank cells are not invalid ones',
      rows: [H, ['D-1', 'Ann', 'Proposal', null, '', '  ']],
    },
    {
      name: 'text that starts with # is not an error value',
      rows: [
        [...H, 'Notes'],
        ['D-1', 'Ann', 'Proposal', 100, '2027-08-01', 0.5, '#1 priority for Q3'],
        ['D-2', 'Ann', 'Proposal', 100, '2027-08-01', 0.5, '#N/A is what the CRM export shows'],
      ],
    },
    {
      name: 'a number formatted as a currency is an amount',
      rows: [H, ['D-1', 'Ann', 'Proposal', 46_392, '2027-08-01', 0.5]],
      numberFormats: [[], [null, null, null, '"$"#,##0.00', 'm/d/yyyy', '0%']],
    },
  ],
  invalid: [
    {
      name: 'an amount that is not a number',
      rows: [H, ['D-1', 'Ann', 'Proposal', 'abc', '2027-08-01', 0.5]],
      errors: [
        {
          message: 'Amount: "abc" is not an amount',
          address: 'Pipeline!D2',
          deal: 'D-1',
          owner: 'Ann',
          fixes: [],
        },
      ],
    },
    {
      name: 'a decimal comma under en-US says to set the locale',
      config: { locale: 'en-US' },
      rows: [H, ['D-1', 'Ann', 'Proposal', '1.200,50', '2027-08-01', 0.5]],
      errors: [
        {
          message: 'Amount: "1.200,50" is not an amount (it looks like a decimal comma: set "locale")',
          address: 'Pipeline!D2',
        },
      ],
    },
    {
      name: 'an amount in a cell formatted as a date, or holding a Date',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 46_392, '2027-08-01', 0.5],
        ['D-2', 'Ann', 'Proposal', new Date(2027, 0, 5), '2027-08-01', 0.5],
      ],
      numberFormats: [[], [null, null, null, 'm/d/yyyy']],
      errors: [
        { message: 'Amount: 46392 is formatted as a date, not an amount', address: 'Pipeline!D2' },
        { message: 'Amount: 2027-01-05 is a date, not an amount', address: 'Pipeline!D3' },
      ],
    },
    {
      name: 'dates that are not dates',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '2027-02-30', 0.5],
        ['D-2', 'Ann', 'Proposal', 100, 'next week', 0.5],
        ['D-3', 'Ann', 'Proposal', 100, true, 0.5],
        ['D-4', 'Ann', 'Proposal', 100, 0, 0.5],
        ['D-5', 'Ann', 'Proposal', 100, '1/1/1850', 0.5],
      ],
      errors: [
        { message: 'Close date: "2027-02-30" is not a date', address: 'Pipeline!E2' },
        { message: 'Close date: "next week" is not a date', address: 'Pipeline!E3' },
        { message: 'Close date: true is not a date', address: 'Pipeline!E4' },
        { message: 'Close date: 0 is not a date', address: 'Pipeline!E5' },
        { message: 'Close date: "1/1/1850" is outside the years 1900 to 9999', address: 'Pipeline!E6' },
      ],
    },
    {
      name: 'a column mixing both orders flags the day-first values under en-US',
      config: { locale: 'en-US' },
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '12/25/2026', 0.5],
        ['D-2', 'Ann', 'Proposal', 100, '25/12/2026', 0.5],
      ],
      errors: [{ message: 'Close date: "25/12/2026" is not a date', address: 'Pipeline!E3' }],
    },
    {
      name: 'the same mixed column under en-GB flags the month-first value instead',
      config: { locale: 'en-GB' },
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '12/25/2026', 0.5],
        ['D-2', 'Ann', 'Proposal', 100, '25/12/2026', 0.5],
      ],
      errors: [{ message: 'Close date: "12/25/2026" is not a date', address: 'Pipeline!E2' }],
    },
    {
      name: 'probabilities out of range or not numbers',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '2027-08-01', '150%'],
        ['D-2', 'Ann', 'Proposal', 100, '2027-08-01', 150],
        ['D-3', 'Ann', 'Proposal', 100, '2027-08-01', 'high'],
        ['D-4', 'Ann', 'Proposal', 100, '2027-08-01', -0.2],
      ],
      errors: [
        { message: 'Probability: "150%" is outside 0% to 100%', address: 'Pipeline!F2' },
        { message: 'Probability: 150 is outside 0% to 100%', address: 'Pipeline!F3' },
        { message: 'Probability: "high" is not a percentage', address: 'Pipeline!F4' },
        { message: 'Probability: -0.2 is outside 0% to 100%', address: 'Pipeline!F5' },
      ],
    },
    {
      name: 'error values in any column, mapped, unmapped or without a header',
      rows: [
        [...H, 'Notes'],
        ['D-1', '#N/A', 'Proposal', '#VALUE!', '#REF!', 0.5, '#REF!', '#DIV/0!'],
      ],
      errors: [
        { message: 'Owner: the cell holds the error #N/A', address: 'Pipeline!B2', deal: 'D-1' },
        { message: 'Amount: the cell holds the error #VALUE!', address: 'Pipeline!D2' },
        { message: 'Close date: the cell holds the error #REF!', address: 'Pipeline!E2' },
        { message: 'Notes: the cell holds the error #REF!', address: 'Pipeline!G2' },
        { message: 'Column H: the cell holds the error #DIV/0!', address: 'Pipeline!H2' },
      ],
    },
    {
      name: 'an error value in the stage or deal column',
      rows: [H, ['#NAME?', 'Ann', '#N/A', 100, '2027-08-01', 0.5]],
      errors: [
        { message: 'Deal: the cell holds the error #NAME?', address: 'Pipeline!A2' },
        { message: 'Stage: the cell holds the error #N/A', address: 'Pipeline!C2' },
      ],
    },
    {
      name: 'headers are quoted as written in the sheet',
      rows: [
        ['Opportunity Name', 'Sales Rep', 'Deal Stage', 'Deal Value ($)', 'Expected Close'],
        ['D-1', 'Ann', 'Proposal', 'twelve', '31/31/2027'],
      ],
      errors: [
        { message: 'Deal Value ($): "twelve" is not an amount', address: 'Pipeline!D2' },
        { message: 'Expected Close: "31/31/2027" is not a date', address: 'Pipeline!E2' },
      ],
    },
  ],
});
