import { duplicateHeader } from '../../../shared/rules/workbook/duplicateHeader';
import { ruleTester } from '../../ruleTester';

ruleTester(duplicateHeader, {
  valid: [
    {
      name: 'an activity log’s count columns (Calls, Meetings, Demos) each count something else',
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
      sheets: [
        {
          name: 'Activities',
          values: [
            ['Date', 'Rep', 'Calls', 'Meetings', 'Demos'],
            ['2027-06-01', 'Ann', 3, 1, 0],
          ],
        },
      ],
    },
    {
      name: 'an id and a name of one thing, a stage and a status, are different columns',
      rows: [
        ['Opportunity ID', 'Opportunity Name', 'OwnerId', 'Owner Name', 'Stage', 'Status', 'Amount'],
        ['006A', 'Acme renewal', '005X', 'Ann Lee', 'Proposal', 'Open', 100],
      ],
    },
    {
      name: 'every header once',
      rows: [
        ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'],
        ['D-1', 'Ann', 'Proposal', 100, '2027-08-01'],
      ],
    },
    {
      name: 'blank header cells may repeat',
      rows: [
        ['Deal', '', 'Stage', null, 'Amount', ''],
        ['D-1', 'x', 'Proposal', 'y', 100, 'z'],
      ],
    },
    {
      name: 'two fields that merely look alike ("Created" and "Close date")',
      rows: [
        ['Deal', 'Stage', 'Created', 'Close date', 'Owner'],
        ['D-1', 'Proposal', '2027-01-05', '2027-08-01', 'Ann'],
      ],
    },
    {
      name: 'a column pinned in the config wins without a report',
      config: { columns: { amount: 'Deal size' } },
      rows: [
        ['Deal', 'Stage', 'Amount', 'Deal size'],
        ['D-1', 'Proposal', 90, 100],
      ],
    },
    {
      name: 'repeated headers on a sheet that is not a pipeline',
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
      sheets: [
        {
          name: 'Notes',
          values: [
            ['Note', 'Note'],
            ['a', 'b'],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a goals sheet with two Owner columns (every kind of sheet is checked, not only pipelines)',
      role: 'goals',
      rows: [
        ['Goal', 'Owner', 'Target', 'owner'],
        ['Grow ARR to $2M by Q4 2027', 'Ann', 2_000_000, 'Bob'],
      ],
      errors: [
        {
          message: '"owner" repeats "Owner" in column B; column B is the one read',
          address: 'Pipeline!D1',
          related: ['Pipeline!B1'],
        },
      ],
    },
    {
      name: 'a path sheet whose Measure and Formula mean the same field',
      rows: [
        ['Deal', 'Stage', 'Amount'],
        ['D-1', 'Proposal', 100],
      ],
      sheets: [
        {
          name: 'Path',
          values: [
            ['Kind', 'Step', 'Measure', 'Target', 'Formula'],
            ['Behavior', 'Calls', 'SUM(Activities[Calls])', 40, 'COUNT(Activities)'],
          ],
        },
      ],
      errors: [
        {
          message: '"Formula" repeats "Measure" in column C; column C is the one read',
          address: 'Path!E1',
          related: ['Path!C1'],
        },
      ],
    },
    {
      name: 'the same header twice',
      rows: [
        ['Deal', 'Amount', 'Stage', 'Amount'],
        ['D-1', 100, 'Proposal', 120],
      ],
      errors: [
        {
          message: '"Amount" repeats "Amount" in column B; column B is the one read',
          address: 'Pipeline!D1',
          related: ['Pipeline!B1'],
          fixes: [],
        },
      ],
    },
    {
      name: 'two synonyms of one field',
      rows: [
        ['Deal', 'Stage', 'Amount', 'Deal size'],
        ['D-1', 'Proposal', 100, 120],
      ],
      errors: [
        {
          message: '"Deal size" repeats "Amount" in column C; column C is the one read',
          address: 'Pipeline!D1',
          related: ['Pipeline!C1'],
        },
      ],
    },
    {
      name: 'headers that differ only in case, spaces or underscores',
      rows: [
        ['Deal', 'Stage', 'Close Date', 'Owner', 'close_date'],
        ['D-1', 'Proposal', '2027-08-01', 'Ann', '2027-09-01'],
      ],
      errors: [
        {
          message: '"close_date" repeats "Close Date" in column C; column C is the one read',
          address: 'Pipeline!E1',
        },
      ],
    },
    {
      name: 'a repeated header no field uses',
      rows: [
        ['Deal', 'Notes', 'Stage', 'Amount', 'Notes'],
        ['D-1', 'a', 'Proposal', 100, 'b'],
      ],
      errors: [
        {
          message: '"Notes" repeats "Notes" in column B; column B is the one read',
          address: 'Pipeline!E1',
          related: ['Pipeline!B1'],
        },
      ],
    },
    {
      name: 'three of a kind under a title row',
      rows: [
        ['Pipeline export'],
        ['Deal', 'Stage', 'Owner', 'Rep', 'Sales rep'],
        ['D-1', 'Proposal', 'Ann', 'Ann', 'Ann'],
      ],
      errors: [
        { message: '"Rep" repeats "Owner" in column C; column C is the one read', address: 'Pipeline!D2' },
        {
          message: '"Sales rep" repeats "Owner" in column C; column C is the one read',
          address: 'Pipeline!E2',
        },
      ],
    },
  ],
});
