import { missingPriority } from '../../../shared/rules/goal/missingPriority';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Priority', 'Status'];

ruleTester(missingPriority, {
  valid: [
    { name: 'ranked goals', rows: [H, ['Goal A', 'Ann', 1, null], ['Goal B', 'Ann', 2, null]] },
    {
      name: 'a single goal needs no Priority column',
      rows: [
        ['Goal', 'Owner'],
        ['Goal A', 'Ann'],
      ],
    },
    {
      name: 'done goals need no priority',
      rows: [H, ['Goal A', 'Ann', 1, null], ['Goal B', 'Ann', 2, null], ['Goal C', 'Ann', null, 'Done']],
    },
  ],
  invalid: [
    {
      name: 'an empty Priority cell',
      rows: [H, ['Goal A', 'Ann', 'High', null], ['Goal B', 'Bob', null, null]],
      errors: [
        {
          message: 'Goal "Goal B" has no priority; rank it against the other goals',
          address: 'Goals!C3',
          owner: 'Bob',
        },
      ],
    },
    {
      name: 'no Priority column: once per sheet, on the goal header',
      rows: [
        ['Owner', 'Goal'],
        ['Ann', 'Goal A'],
        ['Bob', 'Goal B'],
      ],
      errors: [
        {
          message:
            'The 2 goals on this sheet have no Priority column; add one and rank them so people know which goal gives way first',
          address: 'Goals!B1',
        },
      ],
    },
    {
      name: 'the same priority everywhere orders nothing',
      rows: [
        H,
        ['Goal A', 'Ann', 'High', null],
        ['Goal B', 'Bob', 'high', null],
        ['Goal C', 'Cy', 'HIGH', null],
      ],
      errors: [
        {
          message: 'All 3 goals have the same priority ("High"), which puts them in no order; rank them',
          address: 'Goals!C2',
          related: ['Goals!C3', 'Goals!C4'],
        },
      ],
    },
  ],
});
