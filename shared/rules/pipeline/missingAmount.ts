import { defineRule } from '../../engine/rule';
import { isOpen } from '../../sheets/kinds/pipeline';
import { cellOf, hasProblem, noOptions, pastFirstStage } from '../util';

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
    requires: ['amount', 'stage'],
  },
  create(context) {
    return {
      deal(deal, table) {
        if (deal.amount !== undefined || hasProblem(deal, 'amount')) return;
        const won = deal.stage?.closed === 'won';
        const first = context.facts.firstStageIndex();
        if (!won && !(isOpen(deal) && pastFirstStage(deal, first))) return;
        const firstName = first === undefined ? 'the first stage' : context.facts.stages.stages[first].name;
        context.report({
          deal,
          location: cellOf(table, deal, 'amount'),
          message: won
            ? 'Amount is empty for a won deal; won revenue needs a value'
            : `Amount is empty for a deal in ${deal.stage!.name}; deals past ${firstName} need a value to count in the forecast`,
        });
      },
    };
  },
});
