import { missingColumn } from '../../../shared/rules/pipeline/missingColumn';
import { ruleTester } from '../../ruleTester';

const FULL = ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Last activity'];

ruleTester(missingColumn, {
  valid: [
    {
      name: 'every column the enabled rules need is there',
      alsoEnable: [
        'pipeline/missing-owner',
        'pipeline/close-date-past',
        'pipeline/stalled-deal',
        'pipeline/date-order',
      ],
      rows: [FULL, ['D-1', 'Ann', 'Proposal', 100, '2027-01-05', '2027-08-01', '2027-06-01']],
    },
    {
      name: 'a missing column no enabled rule needs is not reported',
      alsoEnable: ['pipeline/unknown-stage'],
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
    },
    {
      name: 'one of an any-of need is enough',
      alsoEnable: ['pipeline/stalled-deal', 'pipeline/date-order'],
      rows: [
        ['Deal', 'Stage', 'Stage date', 'Close date'],
        ['D-1', 'Proposal', '2027-01-05', '2027-08-01'],
      ],
    },
    {
      name: 'a rule that runs only with a column is skipped quietly without it',
      alsoEnable: ['pipeline/missing-next-step'],
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
    },
    {
      name: 'columns pinned by header text or letter that exist',
      config: { columns: { amount: 'ARR (USD)', closeDate: 'E' } },
      alsoEnable: ['pipeline/negative-amount', 'pipeline/close-date-past'],
      rows: [
        ['Deal', 'Stage', 'ARR (USD)', 'Notes', 'Expected'],
        ['D-1', 'Proposal', 100, '', '2027-08-01'],
      ],
    },
  ],
  invalid: [
    {
      name: 'a missing column is reported once, on the header row, with a fix that adds it',
      alsoEnable: ['pipeline/missing-owner'],
      rows: [
        ['Deal', 'Stage', 'Amount', 'Close date'],
        ['D-1', 'Proposal', 100, '2027-08-01'],
        ['D-2', 'Proposal', 100, '2027-08-01'],
        ['D-3', 'Proposal', 100, '2027-08-01'],
      ],
      errors: [
        {
          message: 'No "Owner" column; pipeline/missing-owner needs it and did not run',
          address: 'Pipeline!E1',
          fixes: [{ title: 'Add an "Owner" header in column E', value: 'Owner' }],
        },
      ],
    },
    {
      name: 'rules needing the same column are named together',
      alsoEnable: ['pipeline/date-order', 'pipeline/missing-close-date', 'pipeline/close-date-past'],
      rows: [
        ['Title row of the team sheet'],
        ['Deal', 'Owner', 'Stage', 'Amount', 'Created'],
        ['D-1', 'Ann', 'Proposal', 100, '2027-01-05'],
      ],
      errors: [
        {
          message:
            'No "Close date" column; pipeline/date-order, pipeline/missing-close-date, pipeline/close-date-past need it and did not run',
          address: 'Pipeline!F2',
          fixes: [{ title: 'Add a "Close date" header in column F', value: 'Close date' }],
        },
      ],
    },
    {
      name: 'an any-of need names each choice',
      alsoEnable: ['pipeline/date-order'],
      rows: [
        ['Deal', 'Stage', 'Close date'],
        ['D-1', 'Proposal', '2027-08-01'],
      ],
      errors: [
        {
          message:
            'No "Created" or "Stage date" column; pipeline/date-order needs one of them and did not run',
          address: 'Pipeline!D1',
          fixes: [{ title: 'Add a "Created" header in column D', value: 'Created' }],
        },
      ],
    },
    {
      name: 'two missing columns get fixes in two different free columns',
      alsoEnable: ['pipeline/missing-owner', 'pipeline/stalled-deal'],
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
      errors: [
        {
          message: 'No "Owner" column; pipeline/missing-owner needs it and did not run',
          address: 'Pipeline!D1',
          fixes: [{ title: 'Add an "Owner" header in column D', value: 'Owner' }],
        },
        {
          message:
            'No "Last activity", "Stage date" or "Created" column; pipeline/stalled-deal needs one of them and did not run',
          address: 'Pipeline!E1',
          fixes: [{ title: 'Add a "Last activity" header in column E', value: 'Last activity' }],
        },
      ],
    },
    {
      name: 'a column pinned in the config that the sheet lacks',
      config: { columns: { amount: 'ARR' } },
      rows: [
        ['Deal', 'Stage', 'Value'],
        ['D-1', 'Proposal', 100],
      ],
      errors: [
        {
          message: 'The config pins amount to "ARR", but the header row has no such column',
          address: 'Pipeline!A1',
          fixes: [],
        },
      ],
    },
    {
      name: 'a column pinned by a letter past the header row',
      config: { columns: { closeDate: 'H' } },
      rows: [
        [null, 'Deal', 'Stage', 'Amount'],
        [null, 'D-1', 'Proposal', 100],
      ],
      errors: [
        {
          message: 'The config pins closeDate to "H", but the header row has no such column',
          address: 'Pipeline!A1',
        },
      ],
    },
    {
      name: 'each pipeline sheet is judged on its own',
      alsoEnable: ['pipeline/missing-owner'],
      rows: [
        ['Deal', 'Owner', 'Stage', 'Amount'],
        ['D-1', 'Ann', 'Proposal', 100],
      ],
      sheets: [
        {
          name: 'EMEA deals',
          values: [
            ['Deal', 'Stage', 'Amount'],
            ['E-1', 'Proposal', 100],
          ],
        },
      ],
      errors: [
        {
          message: 'No "Owner" column; pipeline/missing-owner needs it and did not run',
          address: "'EMEA deals'!D1",
        },
      ],
    },
  ],
});
