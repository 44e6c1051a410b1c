import { invalidSetting } from '../../../shared/rules/workbook/invalidSetting';
import { ruleTester } from '../../ruleTester';

const rows = [
  ['Deal', 'Owner', 'Stage', 'Amount'],
  ['D-1', 'Ann', 'Pilot', 100],
];

ruleTester(invalidSetting, {
  valid: [
    { name: 'no settings sheet', rows },
    {
      name: 'every value readable',
      rows,
      sheets: [
        {
          name: 'Pipelint settings',
          values: [
            ['Setting', 'Value'],
            ['Date order', 'day first'],
            ['Decimal separator', ','],
            [],
            ['Stage', 'Kind', 'Required'],
            ['Pilot', '', 'x'],
            ['Won', 'Closed Won', ''],
            [],
            ['Rule', 'Severity'],
            ['pipeline/stalled-deal', 'Error'],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a locale that is no tag, at its cell',
      rows,
      sheets: [
        {
          name: 'Config',
          values: [
            ['Setting', 'Value'],
            ['Locale', 'British English'],
          ],
        },
      ],
      errors: [
        {
          message: 'Locale "British English" is not a locale tag such as en-US, en-GB or de-DE',
          address: 'Config!B2',
        },
      ],
    },
    {
      name: 'a rule Pipelint does not have',
      rows,
      sheets: [
        {
          name: 'Config',
          values: [
            ['Rule', 'Severity'],
            ['goal/vague', 'warning'],
          ],
        },
      ],
      errors: [{ message: /^"goal\/vague" is not a Pipelint rule/, address: 'Config!A2' }],
    },
  ],
});
