import { missingStage } from '../../../shared/rules/pipeline/missingStage';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(missingStage, {
  valid: [
    {
      name: 'every deal has a stage',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-2', 'Bob', 'Won', 100]],
    },
    {
      name: 'blank rows and titles between deals are not deals',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], [], ['EMEA'], ['D-2', 'Bob', 'Won', 100]],
    },
    {
      name: 'an error value in the stage cell is left to invalid-value',
      rows: [H, ['D-1', 'Ann', '#N/A', 100]],
    },
    {
      name: 'silenced on the row',
      rows: [
        [...H, 'Lint ignore'],
        ['D-1', 'Ann', '', 100, 'pipeline/missing-stage'],
      ],
    },
  ],
  invalid: [
    {
      name: 'a blank or spaces-only stage',
      rows: [H, ['D-1', 'Ann', 'Proposal', 100], ['D-2', 'Bob', '', 200], ['D-3', 'Cy', '   ', 300]],
      errors: [
        {
          message: 'Stage is empty, so no check on open deals can judge this one; say where the deal stands',
          address: 'Pipeline!C3',
          deal: 'D-2',
          owner: 'Bob',
        },
        { message: /^Stage is empty/, address: 'Pipeline!C4', deal: 'D-3' },
      ],
    },
  ],
});
