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
    {
      name: 'a broad metric narrowed by a number, a segment, a set of accounts, a stage or a team',
      rows: [
        H,
        ['Grow bookings 15% by Q4', 'Ann', null, null],
        ['Grow enterprise bookings', 'Ann', null, null],
        ['Improve renewals in the top 20 accounts', 'Ann', null, null],
        ['Improve win rate at the proposal stage', 'Ann', null, null],
        ['Grow pipeline from the SDR team', 'Ann', null, null],
      ],
    },
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
      name: 'a generic verb and a broad metric are not specific; the rewrite keeps the metric and asks for a slice',
      rows: [
        H,
        ['Grow bookings', 'Ann', null, null],
        ['Expand the customer base by Q4 2027', 'Bob', null, null],
      ],
      errors: [
        {
          message:
            'Goal "Grow bookings" names only "bookings", which every rep can read their own way; narrow it by a number, ' +
            'segment, product, region, set of accounts, stage, team or activity, e.g. ' +
            '"Grow <segment, product or region> bookings from <baseline> to <target> by <date>"',
          address: 'Goals!A2',
        },
        {
          message:
            /^Goal "Expand the customer base by Q4 2027" names only "customer base", .* e\.g\. "Expand <segment, product or region> customer base from <baseline> to <target> by Q4 2027"$/,
          address: 'Goals!A3',
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
