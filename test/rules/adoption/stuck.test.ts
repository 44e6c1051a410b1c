import { stuck } from '../../../shared/rules/adoption/stuck';
import { ruleTester } from '../../ruleTester';

// As of 2027-06-30.
const H = ['Person', 'Change', 'Stage', 'In stage since'];

ruleTester(stuck, {
  valid: [
    { name: 'within the default limit', rows: [H, ['Maya', 'Log calls', 'Consideration', '2027-06-01']] },
    { name: 'exactly at the limit', rows: [H, ['Maya', 'Log calls', 'Contemplation', '2027-05-31']] },
    { name: 'Adoption is never stuck', rows: [H, ['Maya', 'Log calls', 'Adoption', '2026-01-01']] },
    { name: 'no readable date', rows: [H, ['Maya', 'Log calls', 'Introduction', 'ages ago']] },
    { name: 'an unknown stage is not judged', rows: [H, ['Maya', 'Log calls', 'Trial', '2026-01-01']] },
    {
      name: 'a longer configured limit',
      rows: [H, ['Maya', 'Log calls', 'Introduction', '2027-03-01']],
      options: { maxDays: { Introduction: 180 } },
    },
  ],
  invalid: [
    {
      name: 'Consideration past 30 days',
      rows: [H, ['Maya Chen', 'Log every call', 'Consideration', '2027-05-01']],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" has been in Consideration for 60 days (since 2027-05-01); ' +
            'expected at most 30 days there before moving on',
          address: 'Adoption!D2',
        },
      ],
    },
    {
      name: 'Introduction past 45 days, per-stage option keeps the other defaults',
      rows: [
        H,
        ['Sam', 'Log calls', 'Introduction', '2027-05-01'],
        ['Priya', 'Log calls', 'Contemplation', '2027-06-10'],
      ],
      options: { maxDays: { Contemplation: 10 } },
      errors: [
        { message: /in Introduction for 60 days .*at most 45 days/, address: 'Adoption!D2' },
        { message: /in Contemplation for 20 days .*at most 10 days/, address: 'Adoption!D3' },
      ],
    },
  ],
});
