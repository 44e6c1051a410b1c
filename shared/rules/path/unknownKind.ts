import { defineRule } from '../../engine/rule';
import { closestKey } from '../../ground/suggest';
import { noOptions, quoted } from '../util';
import { STEP_KINDS, STEP_LABELS } from '../../sheets/kinds/path';
import { cellOf, setCellFix } from '../../sheets/table';

export const unknownKind = defineRule({
  meta: {
    id: 'path/unknown-kind',
    category: 'path',
    defaultSeverity: 'error',
    description: 'A step of a Path sheet is not marked Behavior, Milestone or Outcome.',
    docs:
      'Every rule about execution paths depends on knowing which steps are behaviors (what sellers do), ' +
      'milestones (objective signs of progress) and outcomes (the result). A step whose Kind cell is ' +
      'blank or says something else is left out of all of them, silently. This rule reports it, with a ' +
      'quick fix when the cell is a near miss such as "Milstone".',
    options: noOptions,
  },
  create(context) {
    return {
      path: {
        row(step, table) {
          if (step.kind !== undefined) return;
          const location = cellOf(table, step, 'kind');
          const what = step.text === undefined ? `The step on row ${step.row}` : `Step ${quoted(step.text)}`;
          if (step.kindText === undefined) {
            context.report({
              row: step,
              location,
              message: `${what} has no kind: mark it Behavior, Milestone or Outcome`,
            });
            return;
          }
          const guess = closestKey(step.kindText.toLowerCase(), STEP_KINDS);
          const label = guess && STEP_LABELS[guess as (typeof STEP_KINDS)[number]];
          context.report({
            row: step,
            location,
            message:
              `${quoted(step.kindText)} is not a kind of step${label ? `; did you mean ${label}?` : ''} ` +
              '(Behavior, Milestone or Outcome)',
            ...(label && { fixes: [setCellFix(table, step, 'kind', `Change to ${label}`, label, true)] }),
          });
        },
      },
    };
  },
});
