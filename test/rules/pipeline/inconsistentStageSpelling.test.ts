import { inconsistentStageSpelling } from '../../../shared/rules/pipeline/inconsistentStageSpelling';
import { ruleTester } from '../../ruleTester';

const H = ['Deal', 'Owner', 'Stage', 'Amount'];

ruleTester(inconsistentStageSpelling, {
  valid: [
    {
      name: 'one spelling per stage',
      rows: [
        H,
        ['D-1', 'Ann', 'Closed Won', 100],
        ['D-2', 'Ann', 'Closed Won', 100],
        ['D-3', 'Ann', 'Proposal', 1],
      ],
    },
    {
      name: 'different words for one stage are not spellings of one word ("Won" and "Closed Won")',
      rows: [H, ['D-1', 'Ann', 'Won', 100], ['D-2', 'Ann', 'Closed Won', 100]],
    },
  ],
  invalid: [
    {
      name: 'case, spaces and punctuation variants, each fixed to the most common spelling',
      rows: [
        H,
        ['D-1', 'Ann', 'Closed Won', 100],
        ['D-2', 'Ann', 'closed won', 100],
        ['D-3', 'Ann', 'Closed Won', 100],
        ['D-4', 'Bob', 'Closed-Won', 100],
        ['D-5', 'Bob', 'Proposal', 100],
      ],
      errors: [
        {
          message:
            'Stage "closed won" is written "Closed Won" on 2 other deals; one spelling keeps filters and pivot tables whole',
          address: 'Pipeline!C3',
          fixes: [{ title: 'Change to "Closed Won"', value: 'Closed Won' }],
          deal: 'D-2',
        },
        { message: /^Stage "Closed-Won" is written "Closed Won"/, address: 'Pipeline!C5' },
      ],
    },
  ],
});
