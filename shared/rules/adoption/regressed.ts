import { defineRule } from '../../engine/rule';
import { stageIndex } from '../../sheets/kinds/adoption';
import type { AdoptionStage } from '../../ground/adoption';
import { noOptions, day } from '../util';
import { subject } from './adoptionUtil';
import { cellOf } from '../../sheets/table';

export const regressed = defineRule({
  meta: {
    id: 'adoption/regressed',
    category: 'adoption',
    defaultSeverity: 'warning',
    description: "A person's latest recorded stage change for a change moved them back to an earlier stage.",
    docs:
      'Sliding back, from trying a new practice to doubting it, or from habit back to trial, is normal ' +
      'and worth catching early: something got in the way (a bad first experience, no time, a manager who ' +
      'stopped asking), and a conversation now is cheaper than starting over. The rule reads the stage-change ' +
      'history sheet (a sheet with Person, Change, From and To columns, and a Date or Changed on column) and ' +
      'reports each adoption row whose latest recorded move went to an earlier stage, pointing at that move. ' +
      'A move without a From stage is compared with the move before it. Without a history sheet the rule ' +
      'has nothing to read and reports nothing.',
    options: noOptions,
  },
  create(context) {
    return {
      adoption: {
        row(row, table) {
          if (row.person === undefined || row.change === undefined) return;
          const moves = context.model.adoptionMoves(row.person, row.change);
          const latest = moves[moves.length - 1];
          if (!latest?.entry.to) return;
          const from: AdoptionStage | undefined = latest.entry.from ?? moves[moves.length - 2]?.entry.to;
          if (from === undefined || stageIndex(latest.entry.to) >= stageIndex(from)) return;
          const when = latest.entry.date === undefined ? '' : ` on ${day(latest.entry.date)}`;
          context.report({
            row,
            location: cellOf(table, row, 'stage'),
            message:
              `${subject(row)} moved back from ${from} to ${latest.entry.to}${when}; ` +
              `expected stages of change to move forward: find out what got in the way`,
            related: [{ location: cellOf(latest.table, latest.entry, 'to'), message: 'The move back' }],
          });
        },
      },
    };
  },
});
