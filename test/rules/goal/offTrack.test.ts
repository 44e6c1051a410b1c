import { offTrack } from '../../../shared/rules/goal/offTrack';
import { ruleTester } from '../../ruleTester';

const H = ['Goal', 'Owner', 'Baseline', 'Target', 'Start', 'Due', 'Progress', 'Status'];

// As-of 2027-06-30 is 180 of 364 days into 2027 (49%), and 90 of 91 days into Q2 2027.
ruleTester(offTrack, {
  valid: [
    { name: 'on pace', rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', 40, null]] },
    {
      name: 'behind within the margin',
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', 35, null]],
    },
    {
      name: 'a wider margin',
      options: { margin: 0.4 },
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', 10, null]],
    },
    {
      name: 'past due is left to past-due',
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-03-31', 0, null]],
    },
    {
      name: 'no progress recorded',
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', null, null]],
    },
    {
      name: 'not started yet',
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, '2027-07-01', '2027-12-31', 0, null]],
    },
    { name: 'done', rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', 0, 'Achieved']] },
    {
      name: 'no Progress column: skipped quietly',
      rows: [
        ['Goal', 'Target'],
        ['Win 100 new logos by 2027-12-31', 100],
      ],
    },
  ],
  invalid: [
    {
      name: 'a "% complete" column is the share done, not a level on the way to the target',
      rows: [
        ['Objective', 'Owner', 'Target', 'End date', 'Progress %'],
        ['Win 12 new logos in EMEA', 'Ann', 12, '2027-12-31', '25%'],
        ['Win 12 new logos in APAC', 'Bob', 12, '2027-12-31', '45%'],
        ['Raise NPS in the Nordics', 'Cy', null, '2027-12-31', 0.2],
      ],
      errors: [
        {
          message:
            'Goal "Win 12 new logos in EMEA" is off track: it is 25% complete, but 49% of the time from 2027-01-01 to 2027-12-31 has gone',
          address: 'Goals!E2',
        },
        {
          message: /^Goal "Raise NPS in the Nordics" is off track: it is 20% complete, but 49%/,
          address: 'Goals!E4',
        },
      ],
    },
    {
      name: 'behind the year, from January 1 of the deadline year',
      rows: [H, ['Win 100 new logos', 'Ann', null, 100, null, '2027-12-31', 20, null]],
      errors: [
        {
          message:
            'Goal "Win 100 new logos" is off track: progress of 20 is 20% of the way to 100, but 49% of the time from 2027-01-01 to 2027-12-31 has gone',
          address: 'Goals!G2',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'with a baseline and a Start cell',
      rows: [H, ['Raise average deal size', 'Ann', 20_000, 30_000, '2027-04-01', '2027-09-30', 21_000, null]],
      errors: [
        {
          message:
            'Goal "Raise average deal size" is off track: progress of 21,000 is 10% of the way from 20,000 to 30,000, but 49% of the time from 2027-04-01 to 2027-09-30 has gone',
          address: 'Goals!G2',
        },
      ],
    },
    {
      name: 'a quarter in the text starts the period at the quarter',
      rows: [
        ['Goal', 'Target', 'Progress'],
        ['Win 10 new logos by Q3 2027', 10, 0],
      ],
      config: { asOf: '2027-08-15' },
      errors: [{ message: /49% of the time from 2027-07-01 to 2027-09-30 has gone$/, address: 'Goals!C2' }],
    },
  ],
});
