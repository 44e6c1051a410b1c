import { z } from 'zod';
import type { QuickFix } from '../../ground/types';
import type { StageModel } from '../../sheets/stages';
import type { Deal, PipelineField, PipelineTable } from '../../sheets/kinds/pipeline';
import { setCellFix } from '../../sheets/table';

export { plural, money, percent, figure } from '../../ground/words';
export { day, orList, quoted } from './messages';

/** For rules that take no options: accepts nothing but an empty object. */
export const noOptions = z.strictObject({}).prefault({});

/** "Mark as Lost", offered where a deal is open on paper but plainly dead; only with one lost stage. */
export function markLostFix(table: PipelineTable, deal: Deal, stages: StageModel): QuickFix[] {
  const lost = onlyLostStage(stages);
  return lost !== undefined && table.columns.stage !== undefined
    ? [setCellFix(table, deal, 'stage', lost.title, lost.name)]
    : [];
}

/** The one lost stage of a stage list and its fix's title; undefined when it has none or several. */
function onlyLostStage(stages: StageModel): { name: string; title: string } | undefined {
  if (!LOST_STAGE.has(stages)) {
    const lost = stages.stages.filter((s) => s.closed === 'lost');
    LOST_STAGE.set(
      stages,
      lost.length === 1 ? { name: lost[0].name, title: `Mark as ${lost[0].name}` } : undefined,
    );
  }
  return LOST_STAGE.get(stages);
}

/** Asked for every stalled or overdue deal, of a stage list that does not change: worked out once. */
const LOST_STAGE = new WeakMap<StageModel, { name: string; title: string } | undefined>();

/** Whether a deal has got past the first stage, where value and close date start to matter. */
export function pastFirstStage(deal: Deal, firstStage: number | undefined): boolean {
  return deal.stage !== undefined && firstStage !== undefined && deal.stage.index > firstStage;
}

export function hasProblem(deal: Deal, field: PipelineField): boolean {
  return deal.problems?.some((p) => p.field === field) ?? false;
}
