import { negativeAmount } from '../../../shared/rules/pipeline/negativeAmount';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(negativeAmount, {
  valid: [
    {
      name: 'positive amounts and zero',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 100],
        ['D-2', 'Ann', 'Proposal', 0],
        ['D-3', 'Ann', 'Proposal', '$12,000'],
      ],
    },
    {
      name: 'blank and unreadable amounts',
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', ''],
        ['D-2', 'Ann', 'Proposal', 'n/a'],
        ['D-3', 'Ann', 'Proposal', '#N/A'],
      ],
    },
    {
      name: 'a hyphen inside a deal name is no sign',
      rows: [H, ['Acme - renewal', 'Ann', 'Proposal', '12k']],
    },
    {
      name: 'negative zero',
      rows: [H, ['D-1', 'Ann', 'Proposal', -0]],
    },
  ],
  invalid: [
    {
      name: 'a negative number',
      rows: [H, ['D-1', 'Ann', 'Proposal', -500]],
      errors: [
        {
          message: "Amount is -500; a deal's value cannot be below zero",
          address: 'Pipeline!D2',
          fixes: [{ title: 'Change to 500', value: 500 }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'accounting brackets',
      rows: [H, ['D-1', 'Ann', 'Proposal', '(1,500)']],
      errors: [
        {
          address: 'Pipeline!D2',
          message: "Amount is -1,500; a deal's value cannot be below zero",
          fixes: [{ title: 'Change to 1,500', value: 1500 }],
        },
      ],
    },
    {
      name: 'a minus before the currency sign, with cents',
      rows: [H, ['D-1', 'Ann', 'Proposal', '-$1,200.50']],
      errors: [
        {
          address: 'Pipeline!D2',
          message: "Amount is -1,200.5; a deal's value cannot be below zero",
          fixes: [{ title: 'Change to 1,200.5', value: 1200.5 }],
        },
      ],
    },
    {
      name: 'scaled text and a trailing minus',
      rows: [H, ['D-1', 'Ann', 'Proposal', '-12k'], ['D-2', 'Ann', 'Proposal', '250-']],
      errors: [
        { address: 'Pipeline!D2', fixes: [{ title: 'Change to 12,000', value: 12000 }] },
        { address: 'Pipeline!D3', fixes: [{ title: 'Change to 250', value: 250 }] },
      ],
    },
    {
      name: 'a decimal comma under de-DE',
      config: { locale: 'de-DE' },
      rows: [H, ['D-1', 'Ann', 'Proposal', '-1.234,5 €']],
      errors: [
        {
          address: 'Pipeline!D2',
          message: "Amount is -1,234.5; a deal's value cannot be below zero",
          fixes: [{ title: 'Change to 1,234.5', value: 1234.5 }],
        },
      ],
    },
  ],
});
