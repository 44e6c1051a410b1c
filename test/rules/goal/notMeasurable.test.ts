import { notMeasurable } from '../../../shared/rules/goal/notMeasurable';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Target'];

ruleTester(notMeasurable, {
  valid: [
    { name: 'a number in the text', rows: [H, ['Win 12 new logos by Q3 2027', 'Ann', null]] },
    { name: 'a multiple in the text', rows: [H, ['Double webinar signups by Q4 2027', 'Ann', null]] },
    {
      name: 'no number in the text but a Target cell',
      rows: [H, ['Improve customer retention by Q3 2027', 'Ann', '92%']],
    },
    {
      name: 'a dropped goal is not judged',
      rows: [
        ['Goal', 'Status'],
        ['Improve customer retention', 'Dropped'],
      ],
    },
  ],
  invalid: [
    {
      name: 'a date is not a quantity; the rewrite keeps the verb, object and deadline',
      rows: [H, ['Improve customer retention by Q3 2027', 'Ann', null]],
      errors: [
        {
          message:
            'Goal "Improve customer retention by Q3 2027" has no number to reach ("by Q3 2027" is a date, not a level) and the Target cell is empty; e.g. "Improve customer retention from <baseline> to <target> by Q3 2027"',
          address: 'Goals!C2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'without a Target column the goal cell is marked',
      rows: [
        ['Goal', 'Owner'],
        ['Launch the partner program', 'Bob'],
      ],
      errors: [
        {
          message:
            'Goal "Launch the partner program" has no number to reach; e.g. "Launch <target> partner program by <date>"',
          address: 'Goals!A2',
        },
      ],
    },
  ],
});
