import { unrecognizedSheet } from '../../../shared/rules/workbook/unrecognizedSheet';
import { ruleTester } from '../../ruleTester';

const PIPELINE = [
  ['Deal', 'Owner', 'Stage', 'Amount'],
  ['D-1', 'Ann', 'Proposal', 100],
];
const NOT_LINTED =
  'No header row in the first 30 rows looks like a pipeline, goals, adoption, path, activity, coverage or lookup sheet; the sheet was not linted';

ruleTester(unrecognizedSheet, {
  valid: [
    {
      name: 'a pipeline sheet',
      rows: PIPELINE,
      role: 'pipeline',
    },
    {
      name: 'a pipeline whose header sits under title rows',
      rows: [['ACME Corp — FY27 pipeline'], ['exported 2027-06-30'], [], ...PIPELINE],
      role: 'pipeline',
    },
    {
      name: 'lookup, goals, adoption, path and coverage sheets are all recognised',
      rows: PIPELINE,
      sheets: [
        {
          name: 'Products',
          values: [
            ['Product', 'Price'],
            ['GTX Pro', 10],
          ],
        },
        {
          name: 'Goals',
          values: [
            ['Goal', 'Metric', 'Target', 'Due'],
            ['Grow ARR', 'ARR', 1e6, '2027-12-31'],
          ],
        },
        {
          name: 'Adoption',
          values: [
            ['Person', 'Change', 'Stage', 'Since'],
            ['Ann', 'MEDDIC', 'Trying', '2027-03-01'],
          ],
        },
        {
          name: 'Path',
          values: [
            ['Kind', 'Step', 'Measure', 'Target'],
            ['Activity', 'Discovery calls', 'calls/week', 10],
          ],
        },
        {
          name: 'Coverage',
          values: [
            ['Priority', 'Enablement', 'Coaching', 'Compensation'],
            ['Multi-threading', 'yes', 'weekly', 'SPIFF'],
          ],
        },
      ],
    },
    {
      name: 'a sheet the config ignores is not reported',
      rows: PIPELINE,
      config: { sheets: { Notes: 'ignore', Blank: 'ignore' } },
      sheets: [
        { name: 'Notes', values: [['Call Ann about the Q3 numbers']] },
        { name: 'Blank', values: [] },
      ],
    },
    {
      name: 'a pipeline with unusual headers is linted once its columns are pinned',
      config: { columns: { stage: 'Phase', deal: 'Opp', owner: 'Who' } },
      rows: [
        ['Opp', 'Who', 'Phase'],
        ['D-1', 'Ann', 'Proposal'],
      ],
      role: 'pipeline',
    },
  ],
  invalid: [
    {
      name: 'an empty sheet',
      rows: PIPELINE,
      sheets: [{ name: 'Sheet2', values: [] }],
      errors: [{ message: 'The sheet is empty; there is nothing to lint', address: 'Sheet2!A1', fixes: [] }],
    },
    {
      name: 'a sheet of blank cells is empty too',
      rows: PIPELINE,
      sheets: [{ name: 'Scratch pad', values: [[null, '', '  '], [], [undefined]] }],
      errors: [{ message: 'The sheet is empty; there is nothing to lint', address: "'Scratch pad'!A1" }],
    },
    {
      name: 'a sheet of notes',
      rows: PIPELINE,
      sheets: [{ name: 'Notes', values: [['Call Ann about the Q3 numbers'], ['Board deck due 7/15']] }],
      errors: [{ message: NOT_LINTED, address: 'Notes!A1' }],
    },
    {
      name: 'a pipeline missing its stage column is not recognised, whatever the sheet is called',
      role: null,
      rows: [
        ['Deal', 'Owner', 'Amount', 'Close date'],
        ['D-1', 'Ann', 100, '2027-08-01'],
      ],
      errors: [{ message: NOT_LINTED, address: 'Pipeline!A1' }],
    },
    {
      name: 'a header below row 30 is not searched for',
      role: null,
      rows: [...Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]), ...PIPELINE],
      errors: [{ message: NOT_LINTED, address: 'Pipeline!A1' }],
    },
    {
      name: 'a sheet pinned to a role it has no header for',
      rows: PIPELINE,
      config: { sheets: { Targets: 'goals' } },
      sheets: [
        {
          name: 'Targets',
          values: [
            ['Rep', 'Quota'],
            ['Ann', 1e6],
          ],
        },
      ],
      errors: [
        {
          message:
            'The config pins this sheet as goals, but no row in its first 30 has what it needs: ' +
            'a Goal (or Objective, Title) column',
          address: 'Targets!A1',
        },
      ],
    },
    {
      name: 'several unrecognised sheets, in workbook order',
      rows: PIPELINE,
      sheets: [
        { name: 'Z', values: [] },
        { name: 'A', values: [['hello', 'world']] },
      ],
      errors: [
        { address: 'Z!A1', message: /empty/ },
        { address: 'A!A1', message: NOT_LINTED },
      ],
    },
  ],
});
