import { pastDue } from '../../../shared/rules/goal/pastDue';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Target', 'Due', 'Progress', 'Status'];

ruleTester(pastDue, {
  valid: [
    { name: 'due later', rows: [H, ['Win 12 new logos', 'Ann', 12, '2027-09-30', 2, null]] },
    { name: 'due today', rows: [H, ['Win 12 new logos', 'Ann', 12, '2027-06-30', 2, null]] },
    { name: 'past due but met', rows: [H, ['Win 12 new logos', 'Ann', 12, '2027-03-31', 12, null]] },
    { name: 'past due but closed', rows: [H, ['Win 12 new logos', 'Ann', 12, '2027-03-31', 3, 'Closed']] },
    { name: 'no deadline anywhere', rows: [H, ['Win 12 new logos', 'Ann', 12, null, null, null]] },
    {
      name: 'the Due cell wins over the text',
      rows: [H, ['Win 12 new logos by Q1 2027', 'Ann', 12, '2027-09-30', 1, null]],
    },
  ],
  invalid: [
    {
      name: 'a "Percent complete" column below 100% past the date; at 100% it is done',
      rows: [
        ['Core goal', 'Employee', 'Target date', 'Percent complete'],
        ['Win 12 new logos', 'Ann', '2027-03-31', '60%'],
        ['Win 8 new logos', 'Bob', '2027-03-31', '100%'],
      ],
      errors: [
        {
          message:
            'Goal "Win 12 new logos" was due 2027-03-31, 91 days ago, and it is 60% complete; close it as missed or set a new date',
          address: 'Goals!C2',
        },
      ],
    },
    {
      name: 'Due cell passed, progress short',
      rows: [H, ['Win 12 new logos', 'Ann', 12, '2027-03-31', 5, null]],
      errors: [
        {
          message:
            'Goal "Win 12 new logos" was due 2027-03-31, 91 days ago, and progress is 5 of 12; close it as missed or set a new date',
          address: 'Goals!D2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'the text deadline passed and no progress recorded',
      rows: [
        ['Goal', 'Owner'],
        ['Win 12 new logos by Q1 2027', 'Ann'],
      ],
      errors: [
        {
          message:
            'Goal "Win 12 new logos by Q1 2027" was due 2027-03-31 (from "by Q1 2027"), 91 days ago, and no progress is recorded; close it as missed or set a new date',
          address: 'Goals!A2',
        },
      ],
    },
  ],
});
