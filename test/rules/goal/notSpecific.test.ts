import { notSpecific } from '../../../shared/rules/goal/notSpecific';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Metric', 'Status'];

ruleTester(notSpecific, {
  valid: [
    {
      name: 'a goal that names its object',
      rows: [H, ['Win 12 new logos in the retail segment by Q3 2027', 'Ann', null, null]],
    },
    { name: 'a vague goal with a Metric cell', rows: [H, ['Sell more', 'Ann', 'Revenue', null]] },
    { name: 'a finished goal is not judged', rows: [H, ['Sell more', 'Ann', null, 'Done']] },
    { name: 'a row with no goal text', rows: [H, [null, 'Ann', null, 'Open']] },
  ],
  invalid: [
    {
      name: 'a general aim gets a rewrite with every slot open',
      rows: [H, ['Sell more', 'Ann', null, null]],
      errors: [
        {
          message:
            'Goal "Sell more" states only a general aim ("Sell more"); say what it moves, e.g. "Increase <metric> from <baseline> to <target> by <date>"',
          address: 'Goals!A2',
          owner: 'Ann',
          fixes: [],
        },
      ],
    },
    {
      name: 'the rewrite keeps the verb, amount and deadline the goal has',
      rows: [H, ['Book $1.2M by Dec 31, 2027', 'Ann', null, null]],
      errors: [
        {
          message:
            'Goal "Book $1.2M by Dec 31, 2027" names no metric, product, segment, region or activity; say what it moves, e.g. "Book $1.2M of <metric> by Dec 31, 2027"',
          address: 'Goals!A2',
        },
      ],
    },
    {
      name: 'suppressed by the row but not its neighbour',
      rows: [
        ['Goal', 'Owner', 'Lint ignore'],
        ['Sell more', 'Ann', 'goal/not-specific'],
        ['Do better', 'Bob', null],
      ],
      errors: [{ message: /^Goal "Do better"/, address: 'Goals!A3', owner: 'Bob' }],
    },
  ],
});
