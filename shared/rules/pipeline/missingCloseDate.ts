import { defineRule } from '../../engine/rule';
import { isOpen, isFurtherLine } from '../../sheets/kinds/pipeline';
import { hasProblem, noOptions, pastFirstStage } from '../util';
import { cellOf } from '../../sheets/table';

export const missingCloseDate = defineRule({
  meta: {
    id: 'pipeline/missing-close-date',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'An open deal past the first stage has no expected close date.',
    docs:
      'A forecast is amounts placed in time. A deal that has moved past the first stage without an expected ' +
      'close date cannot be placed in any month or quarter, and it can never show up as slipping. Ask for a ' +
      'date as soon as the deal is qualified, even a rough one.',
    options: noOptions,
    columns: { pipeline: { requires: ['closeDate', 'stage'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.closeDate !== undefined || hasProblem(deal, 'closeDate') || !isOpen(deal)) return;
          const first = context.model.firstStageIndex();
          if (!pastFirstStage(deal, first)) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'closeDate'),
            message: `Expected close date is empty for a deal in ${deal.stage!.name}; deals past ${context.model.stages.stages[first!].name} need one to be forecast`,
          });
        },
      },
    };
  },
});
