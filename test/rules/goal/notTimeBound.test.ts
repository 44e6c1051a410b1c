import { notTimeBound } from '../../../shared/rules/goal/notTimeBound';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Due'];

ruleTester(notTimeBound, {
  valid: [
    { name: 'a quarter in the text', rows: [H, ['Win 12 new logos by Q3 2027', 'Ann', null]] },
    { name: 'a duration in the text', rows: [H, ['Book 40 demos within 90 days', 'Ann', null]] },
    { name: 'no date in the text but a Due cell', rows: [H, ['Win 12 new logos', 'Ann', '2027-09-30']] },
    {
      name: 'an achieved goal is not judged',
      rows: [
        ['Goal', 'Status'],
        ['Win 12 new logos', 'Achieved'],
      ],
    },
  ],
  invalid: [
    {
      name: 'the rewrite keeps the direction of a goal that aims down',
      rows: [H, ['Get the mismatches down from 1,200 to 0', 'Ann', null]],
      errors: [{ message: /e\.g\. "Reduce mismatches from 1,200 to 0 by <date>"$/, address: 'Goals!C2' }],
    },
    {
      name: 'a number that only says which things the goal is about is never lifted as its target',
      rows: [H, ['Improve onboarding for the 3 new hires in EMEA', 'Ann', null]],
      errors: [
        {
          message:
            /e\.g\. "Improve onboarding for the 3 new hires in EMEA from <baseline> to <target> by <date>"$/,
          address: 'Goals!C2',
        },
      ],
    },
    {
      name: 'an empty Due cell gets the end of this quarter',
      rows: [H, ['Win 12 new logos in the retail segment', 'Ann', null]],
      errors: [
        {
          message:
            'Goal "Win 12 new logos in the retail segment" has no deadline and the Due cell is empty; e.g. "Win 12 new logos in the retail segment by <date>"',
          address: 'Goals!C2',
          owner: 'Ann',
          fixes: [{ title: 'Set Due to 2027-09-30 (end of this quarter)', value: '2027-09-30' }],
        },
      ],
    },
    {
      name: 'as-of mid-quarter proposes that quarter end',
      config: { asOf: '2027-08-15' },
      rows: [H, ['Win 12 new logos', 'Ann', '']],
      errors: [
        {
          address: 'Goals!C2',
          fixes: [{ title: 'Set Due to 2027-09-30 (end of this quarter)', value: '2027-09-30' }],
        },
      ],
    },
    {
      name: 'without a Due column: no fix, the goal cell is marked',
      rows: [
        ['Goal', 'Owner'],
        ['Grow retail revenue 10%', 'Ann'],
      ],
      errors: [
        {
          message:
            'Goal "Grow retail revenue 10%" has no deadline; e.g. "Grow retail revenue by 10% by <date>"',
          address: 'Goals!A2',
          fixes: [],
        },
      ],
    },
    {
      name: 'a compound goal also gets a split fix',
      rows: [
        H,
        ['Grow retail revenue 10% and hire two reps', 'Ann', null],
        ['Win 12 new logos', 'Bob', '2027-09-30'],
      ],
      errors: [
        {
          address: 'Goals!C2',
          fixes: [
            { title: 'Set Due to 2027-09-30 (end of this quarter)', value: '2027-09-30' },
            {
              title: 'Split into two goals: "Grow retail revenue 10%" and "Hire two reps"',
              value: 'Grow retail revenue 10%',
            },
          ],
        },
      ],
    },
  ],
});
