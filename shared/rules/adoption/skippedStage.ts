import { defineRule } from '../../engine/rule';
import { noOptions, day } from '../util';
import { subject } from './adoptionUtil';
import { cellOf } from '../../sheets/table';

export const skippedStage = defineRule({
  meta: {
    id: 'adoption/skipped-stage',
    category: 'adoption',
    defaultSeverity: 'info',
    description: 'A person reached Adoption of a change without a recorded Introduction (trial) first.',
    docs:
      'A change becomes a habit by being tried: Introduction is where people practise it, get it wrong, ' +
      'get coached and see it work. A row marked Adoption with no trial on record is often wishful (the ' +
      'change was announced, not adopted) or a history that was not kept. The rule reads the stage-change ' +
      'history sheet and reports people in Adoption whose first recorded move to Adoption had no move to ' +
      'or from Introduction before it, pointing at that move. Without a history sheet, or with no recorded ' +
      'moves for the person and change, there is nothing to judge and the rule stays silent.',
    options: noOptions,
  },
  create(context) {
    return {
      adoption: {
        row(row, table) {
          if (row.stage !== 'Adoption' || row.person === undefined || row.change === undefined) return;
          const moves = context.model.adoptionMoves(row.person, row.change);
          const reached = moves.findIndex((m) => m.entry.to === 'Adoption');
          if (reached < 0) return;
          const tried = moves
            .slice(0, reached + 1)
            .some(
              (m, i) => m.entry.from === 'Introduction' || (i < reached && m.entry.to === 'Introduction'),
            );
          if (tried) return;
          const move = moves[reached];
          const when = move.entry.date === undefined ? '' : ` on ${day(move.entry.date)}`;
          const from = move.entry.from ? ` from ${move.entry.from}` : '';
          context.report({
            row,
            location: cellOf(table, row, 'stage'),
            message:
              `${subject(row)} reached Adoption${from}${when} with no Introduction on record; ` +
              `expected a trial period before a change counts as habit`,
            related: [{ location: cellOf(move.table, move.entry, 'to'), message: 'The move to Adoption' }],
          });
        },
      },
    };
  },
});
