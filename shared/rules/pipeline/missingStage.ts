import { defineRule } from '../../engine/rule';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { hasProblem, noOptions } from '../util';
import { cellOf } from '../../sheets/table';

export const missingStage = defineRule({
  meta: {
    id: 'pipeline/missing-stage',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'A deal has no stage.',
    docs:
      'Every check on open deals (stalled, overdue, missing amount or close date, next step) starts from the ' +
      'stage: a deal without one is neither open nor closed, so nothing judges it and it drops out of every ' +
      'count by stage. Fill in where the deal stands, or mark it won or lost.',
    options: noOptions,
    columns: { pipeline: { onlyWith: ['stage'] } },
  },
  create(context) {
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          // An error value in the cell is invalid-value's to report.
          if (deal.stageText !== undefined || hasProblem(deal, 'stage')) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'stage'),
            message:
              'Stage is empty, so no check on open deals can judge this one; say where the deal stands',
          });
        },
      },
    };
  },
});
