import { z } from 'zod';
import type { QuickFix } from '../../ground/types';
import type { StageModel } from '../../sheets/stages';
import type { Deal, PipelineField, PipelineTable } from '../../sheets/kinds/pipeline';
import { setCellFix } from '../../sheets/table';

export { plural, money, percent, figure } from '../../ground/words';
export { day, orList, quoted } from './messages';

/** For rules that take no options: accepts nothing but an empty object. */
export const noOptions = z.strictObject({}).prefault({});

/**
 * `make`, worked out once for each distinct key and then remembered. On a big sheet the same
 * stage, product or misspelling comes up on thousands of rows: one message or verdict is made
 * for it and shared by every report about it.
 */
export function onceEach<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    // One lookup for a key already made: this runs for every row of a big sheet.
    let value = made.get(key);
    if (value === undefined && !made.has(key)) made.set(key, (value = make(key)));
    return value as V;
  };
}

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
