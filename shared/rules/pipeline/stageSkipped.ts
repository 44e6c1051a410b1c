import { defineRule } from '../../engine/rule';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { day, noOptions, orList } from '../util';
import { cellOf } from '../../sheets/table';
import { nameKey } from '../../ground/keys';
import { historyByDeal } from '../../analyses/history';
import { changeCell } from '../../sheets/kinds/pipelineHistory';

export const stageSkipped = defineRule({
  meta: {
    id: 'pipeline/stage-skipped',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: 'The pipeline history shows a deal moving past a stage the config marks as required.',
    docs:
      'Some stages are gates, not labels: a deal that jumps from Discovery straight to Proposal has ' +
      'skipped the demo or the qualification call that makes the proposal worth sending, and such jumps ' +
      'are where forecasts go wrong. Mark those stages `"required": true` in the config. The rule reads ' +
      "the workbook's pipeline history sheets (the change log `--snapshot` writes) and reports each " +
      "recorded stage change of a deal that went forward past one or more required stages, on the deal's " +
      'stage cell, with the history row as related. A move to a lost stage is not a skip. Without a ' +
      'history, or without required stages, there is nothing to judge and the rule stays silent.',
    options: noOptions,
    columns: { pipeline: { onlyWith: ['deal', 'stage'] } },
  },
  create(context) {
    const { stages } = context.model;
    const pipelineHistories = context.model.tables('pipeline-history');
    const required = stages.stages.filter((s) => s.required === true);
    const moves =
      required.length && pipelineHistories.length ? historyByDeal(pipelineHistories, 'stage') : new Map();
    // Nothing to judge: keep the per-deal hot path free of this rule.
    if (moves.size === 0) return {};
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.id === undefined) return;
          for (const move of moves.get(nameKey(deal.id)) ?? []) {
            const from = stages.resolve(move.entry.fromText);
            const to = stages.resolve(move.entry.toText);
            if (!from || !to || to.closed === 'lost' || to.index <= from.index) continue;
            const skipped = required.filter((s) => s.index > from.index && s.index < to.index);
            if (skipped.length === 0) continue;
            const when = move.entry.at === undefined ? '' : ` on ${day(move.entry.at)}`;
            const names = orList(skipped.map((s) => s.name)).replace(/ or ([^,]+)$/, ' and $1');
            context.report({
              row: deal,
              location: cellOf(table, deal, 'stage'),
              message:
                `Moved from ${from.name} to ${to.name}${when}, skipping ${names}; ` +
                `${skipped.length === 1 ? 'that stage is' : 'those stages are'} required, so a deal should pass through ${skipped.length === 1 ? 'it' : 'them'}`,
              related: [
                {
                  location: changeCell(move.table, move.entry),
                  message: `The move from ${from.name} to ${to.name}`,
                },
              ],
            });
          }
        },
      },
    };
  },
});
