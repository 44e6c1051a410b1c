import { notRelevant } from '../../../shared/rules/goal/notRelevant';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Driver'];
const FIVE = 'New customers, Products and services, Market expansion, Profitability, Brand-building';

ruleTester(notRelevant, {
  valid: [
    { name: 'a canonical driver', rows: [H, ['Hire two reps by Q3', 'Ann', 'Market expansion']] },
    {
      name: 'common wordings',
      rows: [
        H,
        ['Goal one', 'Ann', 'cross-selling'],
        ['Goal two', 'Ann', 'New logos'],
        ['Goal three', 'Ann', 'margin'],
        ['Goal four', 'Ann', 'Brand building'],
        ['Goal five', 'Ann', 'Growth via profitability'],
      ],
    },
    {
      name: 'no Driver column and the text implies a driver',
      rows: [
        ['Goal', 'Owner'],
        ['Win 12 new logos by Q3', 'Ann'],
      ],
    },
    {
      name: 'a closed goal is not judged',
      rows: [
        ['Goal', 'Driver', 'Status'],
        ['Hire two reps', '', 'Closed'],
      ],
    },
  ],
  invalid: [
    {
      name: 'no Driver column and no driver in the text',
      rows: [
        ['Goal', 'Owner'],
        ['Hire two reps by Q3', 'Ann'],
      ],
      errors: [
        {
          message: `Goal "Hire two reps by Q3" serves none of the five growth drivers (${FIVE}); say which one it moves`,
          address: 'Goals!A2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'an empty Driver cell is filled from the text',
      rows: [H, ['Reach 40% gross margin on RoboArm deals by Q4', 'Ann', null]],
      errors: [
        {
          message: 'Driver is empty; the text points to Profitability ("gross margin")',
          address: 'Goals!C2',
          fixes: [{ title: 'Set Driver to Profitability', value: 'Profitability' }],
        },
      ],
    },
    {
      name: 'an empty Driver cell with nothing implied',
      rows: [H, ['Hire two reps by Q3', 'Ann', '']],
      errors: [{ message: `Driver is empty; name one of ${FIVE}`, address: 'Goals!C2', fixes: [] }],
    },
    {
      name: 'a misspelt driver gets the nearest',
      rows: [H, ['Win 12 new logos by Q3', 'Ann', 'Profitabilty']],
      errors: [
        {
          message: `Driver "Profitabilty" is not one of the five growth drivers (${FIVE}); did you mean Profitability?`,
          address: 'Goals!C2',
          fixes: [{ title: 'Change Driver to Profitability', value: 'Profitability' }],
        },
      ],
    },
    {
      name: 'an unknown driver with nothing near falls back on the text',
      rows: [H, ['Win 12 new logos by Q3', 'Ann', 'Growth'], ['Hire two reps', 'Bob', 'Headcount']],
      errors: [
        { address: 'Goals!C2', fixes: [{ title: 'Change Driver to New customers', value: 'New customers' }] },
        {
          message: `Driver "Headcount" is not one of the five growth drivers (${FIVE})`,
          address: 'Goals!C3',
          fixes: [],
        },
      ],
    },
  ],
});
