import { defineRule } from '../../engine/rule';
import { ADOPTION_STAGES } from '../../ground/adoption';
import { closestKey } from '../../ground/suggest';
import { noOptions, orList } from '../util';
import { subject } from './adoptionUtil';
import { cellOf, setCellFix } from '../../sheets/table';

const KEYS = ADOPTION_STAGES.map((s) => s.toLowerCase());

export const unknownStage = defineRule({
  meta: {
    id: 'adoption/unknown-stage',
    category: 'adoption',
    defaultSeverity: 'error',
    description: 'A Stage cell on an adoption sheet names none of the four stages of change.',
    docs:
      'Change is tracked in four stages: Consideration (weighing what the change would mean for me), ' +
      'Contemplation (deciding whether it is worth the effort), Introduction (trying it out) and Adoption ' +
      '(it has become habit). Each stage asks something different of a manager, so a row in a stage nobody ' +
      'defined ("Trialing", "Done", a typo) cannot be acted on, counted or checked by the other adoption ' +
      'rules. The rule reports such cells, with a fix that writes the stage it most likely means. Case and ' +
      'spacing do not count; a blank Stage cell is not reported.',
    options: noOptions,
  },
  create(context) {
    return {
      adoption: {
        row(row, table) {
          if (row.stageText === undefined || row.stage !== undefined) return;
          const location = cellOf(table, row, 'stage');
          const index = KEYS.indexOf(closestKey(row.stageText.toLowerCase(), KEYS) ?? '');
          const guess = index < 0 ? undefined : ADOPTION_STAGES[index];
          context.report({
            row,
            location,
            message:
              `${subject(row)} is in stage "${row.stageText}", which is not a stage of change; ` +
              `expected ${orList(ADOPTION_STAGES)}${guess ? `. Did you mean "${guess}"?` : ''}`,
            fixes: guess ? [setCellFix(table, row, 'stage', `Change to "${guess}"`, guess, true)] : [],
          });
        },
      },
    };
  },
});
