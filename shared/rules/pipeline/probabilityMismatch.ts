import { z } from 'zod';
import { defineRule } from '../../engine/rule';
import type { CellValue } from '../../ground/types';
import { isFurtherLine, type Deal } from '../../sheets/kinds/pipeline';
import type { StageInfo } from '../../sheets/stages';
import { hasProblem, percent } from '../util';
import { cellOf, rawCell, setCellFix } from '../../sheets/table';

/** The probability a deal's stage implies: certain for closed stages, the configured one for open ones. */
function expected(stage: StageInfo, configured: boolean): number | undefined {
  if (stage.closed === 'won') return 1;
  if (stage.closed === 'lost') return 0;
  return configured ? stage.probability : undefined;
}

/** The contradiction, in words, or undefined when the probability fits the stage. */
function mismatch(deal: Deal, configured: boolean, tolerance: number): string | undefined {
  const p = deal.probability!;
  const stage = deal.stage!;
  if (stage.closed === 'won' && p < 1) return `a won deal is certain, not ${percent(p)}`;
  if (stage.closed === 'lost' && p > 0) return `a lost deal has no chance left, not ${percent(p)}`;
  if (!stage.closed && (p === 0 || p === 1))
    return `an open deal in ${stage.name} is neither certain nor lost, yet it says ${percent(p)}`;
  const want = expected(stage, configured);
  if (!stage.closed && want !== undefined && Math.abs(p - want) > tolerance + 1e-9)
    return `${percent(p)} is far from the ${percent(want)} the config gives ${stage.name}`;
  return undefined;
}

/** The probability written the way the cell writes it: "70%", 70 or 0.7. */
function written(raw: CellValue, p: number): string | number {
  if (typeof raw === 'string' && raw.trim().endsWith('%')) return `${Math.round(p * 100)}%`;
  if (typeof raw === 'number' && raw > 1) return Math.round(p * 100);
  return p;
}

export const probabilityMismatch = defineRule({
  meta: {
    id: 'pipeline/probability-mismatch',
    category: 'pipeline',
    defaultSeverity: 'warning',
    description: "A deal's probability contradicts its stage.",
    docs:
      'The weighted pipeline multiplies each amount by its probability, so a probability that disagrees with ' +
      'the stage skews the forecast: a won deal below 100%, a lost one above 0%, an open deal at 0% or 100%, ' +
      'or, where the config gives a stage its probability, a deal further from it than `tolerance`. The fix ' +
      "sets the stage's probability.",
    options: z
      .strictObject({
        tolerance: z
          .number()
          .min(0)
          .max(1)
          .default(0.25)
          .describe("How far an open deal's probability may be from its configured stage probability."),
      })
      .prefault({}),
    columns: { pipeline: { onlyWith: ['probability', 'stage'] } },
  },
  create(context) {
    const configured = context.model.stages.configured;
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.probability === undefined || !deal.stage || hasProblem(deal, 'probability')) return;
          const fact = mismatch(deal, configured, context.options.tolerance);
          if (!fact) return;
          const want = expected(deal.stage, configured);
          const value = want === undefined ? undefined : written(rawCell(table, deal, 'probability'), want);
          context.report({
            row: deal,
            location: cellOf(table, deal, 'probability'),
            message: `Probability contradicts the stage: ${fact}`,
            fixes:
              value === undefined
                ? []
                : [setCellFix(table, deal, 'probability', `Set to ${percent(want!)}`, value)],
          });
        },
      },
    };
  },
});
