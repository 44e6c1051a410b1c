import { skippedStage } from '../../../shared/rules/adoption/skippedStage';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';

const H = ['Person', 'Change', 'Stage', 'In stage since'];
const history = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'History',
  values: [['Person', 'Change', 'From', 'To', 'Date'], ...rows],
});

ruleTester(skippedStage, {
  valid: [
    { name: 'no history: nothing to judge', rows: [H, ['Maya', 'Log calls', 'Adoption']] },
    {
      name: 'no moves recorded for the person',
      rows: [H, ['Maya', 'Log calls', 'Adoption']],
      sheets: [history(['Sam', 'Log calls', 'Contemplation', 'Adoption', '2027-05-01'])],
    },
    {
      name: 'through Introduction',
      rows: [H, ['Maya', 'Log calls', 'Adoption']],
      sheets: [
        history(
          ['Maya', 'Log calls', 'Contemplation', 'Introduction', '2027-04-01'],
          ['Maya', 'Log calls', 'Introduction', 'Adoption', '2027-05-01'],
        ),
      ],
    },
    {
      name: 'a log that starts with the move from Introduction',
      rows: [H, ['Maya', 'Log calls', 'Adoption']],
      sheets: [history(['Maya', 'Log calls', 'Introduction', 'Adoption', '2027-05-01'])],
    },
    {
      name: 'not in Adoption now',
      rows: [H, ['Maya', 'Log calls', 'Introduction']],
      sheets: [history(['Maya', 'Log calls', 'Contemplation', 'Adoption', '2027-05-01'])],
    },
  ],
  invalid: [
    {
      name: 'straight from Contemplation to Adoption',
      rows: [H, ['Maya Chen', 'Log every call', 'Adoption']],
      sheets: [
        history(
          ['Maya Chen', 'Log every call', 'Consideration', 'Contemplation', '2027-04-01'],
          ['Maya Chen', 'Log every call', 'Contemplation', 'Adoption', '2027-05-01'],
        ),
      ],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" reached Adoption from Contemplation on 2027-05-01 with no ' +
            'Introduction on record; expected a trial period before a change counts as habit',
          address: 'Adoption!C2',
          related: ['History!D3'],
        },
      ],
    },
    {
      name: 'Introduction only after the first Adoption',
      rows: [H, ['Sam', 'Log calls', 'Adoption']],
      sheets: [
        history(
          ['Sam', 'Log calls', 'Consideration', 'Adoption', '2027-03-01'],
          ['Sam', 'Log calls', 'Adoption', 'Introduction', '2027-04-01'],
          ['Sam', 'Log calls', 'Introduction', 'Adoption', '2027-05-01'],
        ),
      ],
      errors: [
        {
          message: /reached Adoption from Consideration on 2027-03-01/,
          address: 'Adoption!C2',
          related: ['History!D2'],
        },
      ],
    },
  ],
});
