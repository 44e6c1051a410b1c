import type { DayNumber } from '../ground/values';
import type { PipelineHistoryTable } from '../sheets/kinds/pipelineHistory';
import { historyByDeal } from '../analyses/history';

export interface StageSpell {
  stage: string;
  /** The day the deal entered the stage. */
  from: DayNumber;
  /** The day it left, or undefined while it is still there. */
  to?: DayNumber;
  /** Days in the stage: to the day it left, else to the as-of date. */
  days: number;
}

export interface DealTimeInStage {
  deal: string;
  spells: StageSpell[];
  /** Stage name → total days, for a deal that returned to a stage. */
  totals: Record<string, number>;
}

/**
 * From the history's stage changes, how long each deal spent in each stage it entered: from each
 * dated move to the next, and from the last one to `asOf`. Moves without a readable date are left
 * out. For the panel and for reports; pure.
 */
export function timeInStage(histories: readonly PipelineHistoryTable[], asOf: DayNumber): DealTimeInStage[] {
  const result: DealTimeInStage[] = [];
  for (const entries of historyByDeal(histories, 'stage').values()) {
    const dated = entries.filter((h) => h.entry.at !== undefined && h.entry.toText !== '');
    if (dated.length === 0) continue;
    const spells: StageSpell[] = dated.map((h, i) => {
      const from = h.entry.at!;
      const next = dated[i + 1]?.entry.at;
      const spell: StageSpell = { stage: h.entry.toText, from, days: Math.max(0, (next ?? asOf) - from) };
      if (next !== undefined) spell.to = next;
      return spell;
    });
    const totals: Record<string, number> = {};
    for (const s of spells) totals[s.stage] = (totals[s.stage] ?? 0) + s.days;
    result.push({ deal: entries[0].entry.deal!, spells, totals });
  }
  return result;
}
