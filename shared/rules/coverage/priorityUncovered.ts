import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { andList, subject } from './coverageUtil';
import { leversOf } from '../../analyses/coverage';
import { cellOf } from '../../sheets/table';

export const priorityUncovered = defineRule({
  meta: {
    id: 'coverage/priority-uncovered',
    category: 'coverage',
    defaultSeverity: 'warning',
    description: 'A priority on the coverage sheet has no lever behind it at all.',
    docs:
      'A coverage sheet lists what a role is meant to do and achieve, and beside each priority the levers ' +
      'that support it: enablement, coaching, compensation and recognition. A priority with every lever ' +
      'cell empty is a wish: nobody trains for it, talks about it in coaching, pays for it or celebrates ' +
      'it, and over a few quarters it quietly stops happening. Back it with at least one lever, or admit ' +
      'it is not a priority and take it off the list, which keeps the role focused. A lever cell counts ' +
      'when it holds anything meaningful ("x", "✓", "Quarterly SPIF"); blank, "no", "-", "n/a", "none", 0 ' +
      'and FALSE do not.',
    options: noOptions,
  },
  create(context) {
    return {
      coverage: {
        row(row, table) {
          if (row.text === undefined) return;
          const { present, missing } = leversOf(table, row);
          if (present.length > 0) return;
          context.report({
            row,
            location: cellOf(table, row, 'priority'),
            message:
              `${subject(row.text)} has no lever behind it: ${andList(missing)} ${missing.length === 1 ? 'is' : 'are all'} empty; ` +
              'back it with at least one, or take it off the list',
          });
        },
      },
    };
  },
});
