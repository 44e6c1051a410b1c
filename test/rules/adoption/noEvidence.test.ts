import { noEvidence } from '../../../shared/rules/adoption/noEvidence';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { ruleTester } from '../../ruleTester';

// As of 2027-06-30.
const H = ['Person', 'Change', 'Stage', 'In stage since', 'Evidence', 'Lint ignore'];
const pipeline = (...rows: CellValue[][]): SheetSnapshot => ({
  name: 'Pipeline',
  values: [['Deal', 'Owner', 'Stage', 'Amount', 'Stage date', 'Last activity'], ...rows],
});
const HYGIENE = 'Keep the pipeline current';

ruleTester(noEvidence, {
  valid: [
    { name: 'evidence given', rows: [H, ['Maya', 'Log calls', 'Introduction', null, 'CRM call log']] },
    { name: 'earlier stages need none', rows: [H, ['Maya', 'Log calls', 'Contemplation', null, null]] },
    {
      name: 'no evidence column: skipped quietly',
      rows: [
        ['Person', 'Change', 'Stage'],
        ['Maya', 'Log calls', 'Adoption'],
      ],
    },
    {
      name: 'inferred: every open deal of the person touched within 14 days',
      rows: [H, ['Maya Chen', HYGIENE, 'Adoption', null, null]],
      sheets: [
        pipeline(
          ['D-1', 'maya chen', 'Proposal', 1000, '2027-05-01', '2027-06-25'],
          ['D-2', 'Maya Chen', 'Qualification', 1000, '2027-06-20', null],
          ['D-3', 'Maya Chen', 'Won', 1000, '2027-01-01', '2027-01-02'],
        ),
      ],
    },
    {
      name: 'suppressed on the row',
      rows: [H, ['Maya', 'Log calls', 'Adoption', null, null, 'adoption/no-evidence']],
    },
  ],
  invalid: [
    {
      name: 'Introduction with no evidence',
      rows: [H, ['Maya Chen', 'Log every call', 'Introduction', '2027-06-01', null]],
      errors: [
        {
          message:
            'Maya Chen on "Log every call" is in Introduction with no evidence recorded; ' +
            'expected something that shows the change in use',
          address: 'Adoption!E2',
        },
      ],
    },
    {
      name: 'a pipeline change, but one open deal went quiet',
      rows: [H, ['Maya Chen', HYGIENE, 'Adoption', null, null]],
      sheets: [
        pipeline(
          ['D-1', 'Maya Chen', 'Proposal', 1000, '2027-05-01', '2027-06-25'],
          ['D-2', 'Maya Chen', 'Proposal', 1000, '2027-05-01', '2027-06-01'],
        ),
      ],
      errors: [
        {
          message:
            'Maya Chen on "Keep the pipeline current" is in Adoption with no evidence recorded; expected ' +
            'something that shows the change in use (or open deals all touched within 14 days)',
          address: 'Adoption!E2',
        },
      ],
    },
    {
      name: 'a pipeline change with no open deals',
      rows: [H, ['Sam', 'Pipeline hygiene', 'Adoption', null, null]],
      sheets: [pipeline(['D-1', 'Maya Chen', 'Proposal', 1000, '2027-05-01', '2027-06-25'])],
      errors: [{ address: 'Adoption!E2' }],
    },
    {
      name: 'inference switched off',
      rows: [H, ['Maya Chen', 'Update the pipeline daily', 'Adoption', null, null]],
      sheets: [pipeline(['D-1', 'Maya Chen', 'Proposal', 1000, '2027-05-01', '2027-06-25'])],
      options: { inferFromPipeline: false },
      errors: [
        {
          message: /with no evidence recorded; expected something that shows the change in use$/,
          address: 'Adoption!E2',
        },
      ],
    },
  ],
});
