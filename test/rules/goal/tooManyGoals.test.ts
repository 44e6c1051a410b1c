import { tooManyGoals } from '../../../shared/rules/goal/tooManyGoals';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Status'];
const goals = (owner: string, n: number, status: string | null = null) =>
  Array.from({ length: n }, (_, i) => [`Goal ${owner} ${i + 1}`, owner, status]);

ruleTester(tooManyGoals, {
  valid: [
    { name: 'three goals each', rows: [H, ...goals('Ann', 3), ...goals('Bob', 3)] },
    {
      name: 'finished goals do not count',
      rows: [H, ...goals('Ann', 3), ...goals('Ann', 4, 'Completed'), ['Old', 'Ann', 'cancelled']],
    },
    { name: 'a higher max', options: { max: 5 }, rows: [H, ...goals('Ann', 5)] },
    { name: 'goals without an owner are not counted', rows: [H, ...goals('', 6)] },
  ],
  invalid: [
    {
      name: 'reported once, on the first goal over the limit',
      rows: [
        H,
        ['Goal A', 'Ann', null],
        ['Goal B', 'ann ', 'In progress'],
        ['Goal C', 'Bob', null],
        ['Goal D', 'Ann', null],
        ['Goal E', 'Ann', null],
        ['Goal F', 'ANN', null],
      ],
      errors: [
        {
          message:
            'Ann has 5 active goals, more than 3; too many goals blur which one matters, so keep the most important 3 and merge or drop the rest',
          address: 'Goals!B6',
          owner: 'Ann',
          related: ['Goals!A2', 'Goals!A3', 'Goals!A5', 'Goals!A7'],
        },
      ],
    },
    {
      name: 'max 1',
      options: { max: 1 },
      rows: [H, ...goals('Ann', 2), ...goals('Bob', 1)],
      errors: [
        { message: /^Ann has 2 active goals, more than 1;/, address: 'Goals!B3', related: ['Goals!A2'] },
      ],
    },
  ],
});
