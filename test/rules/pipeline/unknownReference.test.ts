import type { SheetSnapshot } from '../../../shared/ground/types';
import { unknownReference } from '../../../shared/rules/pipeline/unknownReference';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Product', 'Account'];

const PRODUCTS: SheetSnapshot = {
  name: 'Products',
  values: [
    ['Product', 'Series', 'Sales price'],
    ['GTX Pro', 'GTX', 4821],
    ['GTX Basic', 'GTX', 550],
    ['MG Special', 'MG', 55],
    ['GTK 500', 'GTK', 26768],
  ],
};
const ACCOUNTS: SheetSnapshot = {
  name: 'Account list',
  values: [
    ['Account', 'Sector', 'Employees'],
    ['Acme Corporation', 'retail', 1200],
    ['Globex', 'technology', 300],
  ],
};
const TEAM: SheetSnapshot = {
  name: 'Team',
  values: [
    ['Sales rep', 'Manager', 'Region'],
    ['Ann Lee', 'Dana', 'East'],
    ['Bob Marsh', 'Dana', 'West'],
  ],
};

ruleTester(unknownReference, {
  valid: [
    {
      name: 'every product, account and owner is listed',
      sheets: [PRODUCTS, ACCOUNTS, TEAM],
      rows: [
        H,
        ['D-1', 'Ann Lee', 'Proposal', 4821, 'GTX Pro', 'Acme Corporation'],
        ['D-2', 'Bob Marsh', 'Won', 55, 'MG Special', 'Globex'],
      ],
    },
    {
      name: 'matching ignores case and extra spaces, like a lookup formula',
      sheets: [PRODUCTS, ACCOUNTS, TEAM],
      rows: [
        H,
        ['D-1', 'ann lee', 'Proposal', 4821, 'gtx pro', 'ACME CORPORATION'],
        ['D-2', '  Bob   Marsh ', 'Proposal', 4821, 'GTX  Pro', ' globex'],
      ],
    },
    {
      name: 'blank values are skipped',
      sheets: [PRODUCTS, ACCOUNTS, TEAM],
      rows: [H, ['D-1', '', 'Proposal', 4821, null, '   ']],
    },
    {
      name: 'without a lookup sheet there is nothing to compare with',
      rows: [H, ['D-1', 'Whoever', 'Proposal', 4821, 'Anything at all', 'Some account']],
    },
    {
      name: 'a lookup list is not checked against a pipeline without that column',
      sheets: [PRODUCTS],
      rows: [
        ['Deal', 'Owner', 'Stage', 'Amount'],
        ['D-1', 'Ann', 'Proposal', 4821],
      ],
    },
    {
      name: 'numbers in a lookup list match numbers in the pipeline',
      sheets: [
        {
          name: 'Products',
          values: [
            ['Product', 'Price'],
            [1001, 10],
            [1002, 20],
          ],
        },
      ],
      rows: [
        ['Deal', 'Stage', 'Amount', 'Product'],
        ['D-1', 'Proposal', 10, 1001],
        ['D-2', 'Proposal', 20, '1002'],
      ],
    },
    {
      name: 'a sheet whose first column is not a product, account or owner is no lookup list',
      sheets: [
        {
          name: 'Prices',
          values: [
            ['Series', 'Product', 'Price'],
            ['GTX', 'GTX Pro', 10],
          ],
        },
      ],
      rows: [H, ['D-1', 'Ann', 'Proposal', 10, 'Something else', 'Acme']],
    },
  ],
  invalid: [
    {
      name: 'a product spelt differently gets a did-you-mean fix',
      sheets: [PRODUCTS],
      rows: [H, ['D-1', 'Ann', 'Proposal', 4821, 'GTXPro', 'Acme']],
      errors: [
        {
          message: 'Product "GTXPro" is not in the product list on Products!A:A; did you mean "GTX Pro"?',
          address: 'Pipeline!E2',
          related: ['Products!A1'],
          fixes: [{ title: 'Change to "GTX Pro"', value: 'GTX Pro' }],
          deal: 'D-1',
          owner: 'Ann',
        },
      ],
    },
    {
      name: 'a product with no close name gets no fix',
      sheets: [PRODUCTS],
      rows: [H, ['D-1', 'Ann', 'Proposal', 4821, 'Consulting hours', 'Acme']],
      errors: [
        {
          message: 'Product "Consulting hours" is not in the product list on Products!A:A',
          address: 'Pipeline!E2',
          fixes: [],
        },
      ],
    },
    {
      name: 'an account list on a sheet with a space in its name',
      sheets: [ACCOUNTS],
      rows: [H, ['D-1', 'Ann', 'Proposal', 100, 'GTX Pro', 'Acme Corp.']],
      errors: [
        {
          message: /^Account "Acme Corp\." is not in the account list on 'Account list'!A:A/,
          address: 'Pipeline!F2',
          related: ["'Account list'!A1"],
        },
      ],
    },
    {
      name: 'an owner checked against a team list keyed by "Sales rep"',
      sheets: [TEAM],
      rows: [H, ['D-1', 'Ann Le', 'Proposal', 100, 'GTX Pro', 'Acme']],
      errors: [
        {
          message: 'Owner "Ann Le" is not in the owner list on Team!A:A; did you mean "Ann Lee"?',
          address: 'Pipeline!B2',
          fixes: [{ title: 'Change to "Ann Lee"', value: 'Ann Lee' }],
          owner: 'Ann Le',
        },
      ],
    },
    {
      name: 'a list kept by id is checked against the id column; the person is named by the list',
      sheets: [
        {
          name: 'Users',
          values: [
            ['OwnerId', 'Name', 'Email'],
            ['005A1', 'Ann Lee', 'ann@example.com'],
            ['005B2', 'Bob Roy', 'bob@example.com'],
          ],
        },
      ],
      rows: [
        ['Opportunity ID', 'OwnerId', 'StageName', 'Amount'],
        ['006-1', '005a1', 'Proposal', 100],
        ['006-2', '005B3', 'Proposal', 100],
        ['006-3', '005X9Q7', 'Proposal', 100],
      ],
      errors: [
        {
          message: 'Owner id "005B3" is not in the owner list on Users!A:A; did you mean "005B2"?',
          address: 'Pipeline!B3',
          fixes: [{ title: 'Change to "005B2"', value: '005B2' }],
          owner: '005B3',
        },
        { message: /^Owner id "005X9Q7" is not in the owner list on Users!A:A$/, address: 'Pipeline!B4' },
      ],
    },
    {
      name: 'beside its own name column, the id column is what a list of ids checks',
      sheets: [
        {
          name: 'Reps',
          values: [
            ['rep_id', 'First name', 'Last name'],
            ['R1', 'Ann', 'Lee'],
          ],
        },
      ],
      rows: [
        ['Deal', 'Rep', 'rep_id', 'Stage'],
        ['D-1', 'Ann Lee', 'R1', 'Proposal'],
        ['D-2', 'Ann Lee', 'R2', 'Proposal'],
      ],
      errors: [
        {
          message: /^Owner id "R2" is not in the owner list on Reps!A:A; did you mean "R1"\?$/,
          address: 'Pipeline!C3',
          owner: 'Ann Lee',
        },
      ],
    },
    {
      name: 'a pipeline that names people is checked against the names a list of ids gives',
      sheets: [
        {
          name: 'Reps',
          values: [
            ['rep_id', 'Sales rep'],
            ['R1', 'Ann Lee'],
          ],
        },
      ],
      rows: [
        ['Deal', 'Rep', 'Stage'],
        ['D-1', 'ann lee', 'Proposal'],
        ['D-2', 'Ann Le', 'Proposal'],
      ],
      errors: [
        {
          message: 'Owner "Ann Le" is not in the owner list on Reps!A:A; did you mean "Ann Lee"?',
          address: 'Pipeline!B3',
        },
      ],
    },
    {
      name: 'each list is checked on the same row, reported in column order',
      sheets: [TEAM, PRODUCTS, ACCOUNTS],
      rows: [H, ['D-1', 'Carla', 'Proposal', 100, 'GTX Bsic', 'Initech']],
      errors: [
        { address: 'Pipeline!B2', message: /^Owner "Carla"/ },
        { address: 'Pipeline!E2', fixes: [{ title: 'Change to "GTX Basic"', value: 'GTX Basic' }] },
        { address: 'Pipeline!F2', message: /^Account "Initech"/ },
      ],
    },
    {
      name: 'the list column is found after blank leading cells, and lists on two sheets are merged',
      sheets: [
        {
          name: 'Catalogue',
          values: [
            ['', 'Product', 'Price'],
            [null, 'GTX Pro', 10],
          ],
        },
        { name: 'Legacy', values: [['Product'], ['Alpha'], ['Beta']] },
      ],
      rows: [
        H,
        ['D-1', 'Ann', 'Proposal', 4821, 'GTX Pro', ''],
        ['D-2', 'Ann', 'Proposal', 4821, 'Beta', ''],
        ['D-3', 'Ann', 'Proposal', 1, 'Gamma', ''],
      ],
      errors: [
        {
          message: 'Product "Gamma" is not in the product list on Catalogue!B:B',
          address: 'Pipeline!E4',
          related: ['Catalogue!B1'],
        },
      ],
    },
  ],
});
