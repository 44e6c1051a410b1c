import { emptyTable } from '../../../shared/rules/workbook/emptyTable';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(emptyTable, {
  valid: [
    {
      name: 'a pipeline with one deal',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
    },
    {
      name: 'a deal after blank rows',
      rows: [H, [], [null, ''], ['D-1', 'Ann', 'Proposal', 100]],
    },
    {
      name: 'an empty sheet is unrecognised, not an empty table',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [{ name: 'Sheet2', values: [] }],
    },
    {
      name: 'a lookup list with entries',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [
        {
          name: 'Products',
          values: [
            ['Product', 'Price'],
            ['GTX Pro', 10],
          ],
        },
      ],
    },
    {
      name: 'an unrecognised sheet with text but no header',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [{ name: 'Notes', values: [['remember to update']] }],
    },
  ],
  invalid: [
    {
      name: 'a pipeline header and nothing else',
      rows: [H],
      errors: [
        {
          message: 'The pipeline header is on row 1, but no rows of data follow it',
          address: 'Pipeline!A1',
          fixes: [],
        },
      ],
    },
    {
      name: 'a header under a title, followed only by blank rows',
      rows: [['Q3 pipeline'], [], [null, 'Deal', 'Owner', 'Stage'], [], [null, null, '  ']],
      errors: [
        { message: 'The pipeline header is on row 3, but no rows of data follow it', address: 'Pipeline!A3' },
      ],
    },
    {
      name: 'a lookup list with no entries',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [{ name: 'Products', values: [['Product', 'Series', 'Price']] }],
      errors: [
        { message: 'The lookup header is on row 1, but no rows of data follow it', address: 'Products!A1' },
      ],
    },
    {
      name: 'a goals sheet with only its header',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100]],
      sheets: [{ name: 'FY27', values: [['Goal', 'Metric', 'Target', 'Due']] }],
      errors: [
        { message: 'The goals header is on row 1, but no rows of data follow it', address: 'FY27!A1' },
      ],
    },
  ],
});
