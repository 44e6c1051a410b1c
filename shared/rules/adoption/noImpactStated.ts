import { defineRule } from '../../engine/rule';
import { noOptions } from '../util';
import { subject } from './adoptionUtil';
import { cellOf } from '../../sheets/table';

export const noImpactStated = defineRule({
  meta: {
    id: 'adoption/no-impact-stated',
    category: 'adoption',
    defaultSeverity: 'info',
    description: 'A person in Consideration of a change has no personal impact or urgency noted.',
    docs:
      'In Consideration a person is asking what the change means for them: what they gain, what it costs ' +
      'them, and why now. Until someone has written that down, in their words, the change stays abstract and ' +
      'nothing moves them on to deciding whether it is worth the effort. The rule reports Consideration rows ' +
      'with an empty personal impact / urgency cell; it runs when the sheet has such a column.',
    options: noOptions,
  },
  create(context) {
    return {
      adoption: {
        row(row, table) {
          if (table.columns.impact === undefined || row.stage !== 'Consideration' || row.impact !== undefined)
            return;
          context.report({
            row,
            location: cellOf(table, row, 'impact'),
            message:
              `${subject(row)} is in Consideration with no personal impact or urgency noted; ` +
              `expected what the change means for them and why it matters now`,
          });
        },
      },
    };
  },
});
