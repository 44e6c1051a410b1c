import { regressed } from '../../../shared/rules/adoption/regressed';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';

const H = ['Person', 'Change', 'Stage', 'In stage since', 'Lint ignore'];
const history = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'History',
  values: [['Person', 'Change', 'From', 'To', 'Changed on'], ...rows],
});

ruleTester(regressed, {
  valid: [
    { name: 'no history sheet', rows: [H, ['Maya', 'Log calls', 'Contemplation']] },
    {
      name: 'moving forward',
      rows: [H, ['Maya', 'Log calls', 'Introduction']],
      sheets: [
        history(
          ['Maya', 'Log calls', 'Consideration', 'Contemplation', '2027-04-01'],
          ['Maya', 'Log calls', 'Contemplation', 'Introduction', '2027-05-01'],
        ),
      ],
    },
    {
      name: 'moved back once, then forward again',
      rows: [H, ['Maya', 'Log calls', 'Introduction']],
      sheets: [
        history(
          ['Maya', 'Log calls', 'Introduction', 'Contemplation', '2027-04-01'],
          ['Maya', 'Log calls', 'Contemplation', 'Introduction', '2027-05-01'],
        ),
      ],
    },
    {
      name: 'another change moved back',
      rows: [H, ['Maya', 'Log calls', 'Introduction']],
      sheets: [history(['Maya', 'Account plans', 'Introduction', 'Contemplation', '2027-04-01'])],
    },
    {
      name: 'suppressed on the row',
      rows: [H, ['Maya', 'Log calls', 'Contemplation', null, 'adoption/regressed']],
      sheets: [history(['Maya', 'Log calls', 'Introduction', 'Contemplation', '2027-04-01'])],
    },
  ],
  invalid: [
    {
      name: 'the latest move went back; matched whatever the case',
      rows: [H, ['Maya Chen', 'Log every call', 'Contemplation']],
      sheets: [
        history(
          ['maya chen', 'Log every call', 'Introduction', 'Contemplation', '2027-06-01'],
          ['Maya Chen', 'log every call', 'Contemplation', 'Introduction', '2027-05-01'],
        ),
      ],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" moved back from Introduction to Contemplation on 2027-06-01; ' +
            'expected stages of change to move forward: find out what got in the way',
          address: 'Adoption!C2',
          related: ['History!D2'],
        },
      ],
    },
    {
      name: 'no From cell: compared with the move before',
      rows: [H, ['Sam', 'Log calls', 'Introduction']],
      sheets: [
        history(
          ['Sam', 'Log calls', null, 'Adoption', '2027-05-01'],
          ['Sam', 'Log calls', null, 'Introduction', '2027-06-01'],
        ),
      ],
      errors: [
        {
          message: /moved back from Adoption to Introduction on 2027-06-01/,
          address: 'Adoption!C2',
          related: ['History!D3'],
        },
      ],
    },
  ],
});
