import { defineRule } from '../../engine/rule';
import { isOpen } from '../../sheets/kinds/pipeline';
import { hasProblem, noOptions, pastFirstStage } from '../util';
import { cellOf } from '../../sheets/table';

export const missingAmount = defineRule({
  meta: {
    id: 'pipeline/missing-amount',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'An open deal past the first stage, or a won deal, has no amount.',
    docs:
      'Early prospects often have no value yet, and that is fine. Once a deal has moved past the first stage ' +
      'it is part of the forecast, and a won deal is revenue: without an amount, both are counted as zero in ' +
      'pipeline coverage, required pipeline and quota attainment.',
    options: noOptions,
    columns: { pipeline: { requires: ['amount', 'stage'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (deal.amount !== undefined || hasProblem(deal, 'amount')) return;
          const won = deal.stage?.closed === 'won';
          const first = context.model.firstStageIndex();
          if (!won && !(isOpen(deal) && pastFirstStage(deal, first))) return;
          const firstName = first === undefined ? 'the first stage' : context.model.stages.stages[first].name;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'amount'),
            message: won
              ? 'Amount is empty for a won deal; won revenue needs a value'
              : `Amount is empty for a deal in ${deal.stage!.name}; deals past ${firstName} need a value to count in the forecast`,
          });
        },
      },
    };
  },
});
