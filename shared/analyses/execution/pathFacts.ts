import type { ResolvedConfig } from '../../engine/config';
import type { WorkbookFacts } from '../model';
import { historyByDeal } from '../../sheets/kinds/pipelineHistory';
import type { StageInfo } from '../../sheets/stages';
import type { DayNumber } from '../../ground/values';
import { ownersOf, type MeasureSources } from './measure';
import { pathPaces } from './pace';
import { resolveMeasures } from '../../sheets/kinds/path';

/** Per deal, its dated moves into known stages, oldest first: what DEALS_REACHING counts from. */
function stageMoves(facts: WorkbookFacts): MeasureSources['stageMoves'] {
  const moves = new Map<string, { day: DayNumber; stage: StageInfo }[]>();
  for (const [deal, entries] of historyByDeal(facts.pipelineHistories, 'stage')) {
    const dated: { day: DayNumber; stage: StageInfo }[] = [];
    for (const { entry } of entries) {
      const stage = facts.stages.resolve(entry.toText);
      if (stage && entry.at !== undefined) dated.push({ day: entry.at, stage });
    }
    if (dated.length) moves.set(deal, dated);
  }
  return moves;
}

export function measureSources(facts: WorkbookFacts, config: ResolvedConfig, sheetNames: readonly string[]) {
  const sources: MeasureSources = {
    pipelines: facts.pipelines,
    activities: facts.activitySheets,
    sheetNames,
    stages: facts.stages,
    decimal: config.decimal,
    stageMoves: stageMoves(facts),
  };
  return sources;
}

/**
 * Once every sheet is read: checks each path step's measure against the workbook, gathers the
 * owners it names and works out every step's pace on the as-of date, for the rules to share.
 */
export function preparePaths(facts: WorkbookFacts, config: ResolvedConfig, sheetNames: readonly string[]) {
  if (facts.pathSheets.length === 0) return;
  const sources = measureSources(facts, config, sheetNames);
  const names = [
    ...facts.pipelines.flatMap((t) => t.deals.map((d) => d.owner)),
    ...facts.activitySheets.flatMap((t) => t.rows.map((r) => r.owner)),
  ];
  for (const [key, name] of ownersOf(names)) facts.owners.set(key, name);
  for (const table of facts.pathSheets) {
    resolveMeasures(table, sources);
    facts.pathPaces.set(table, pathPaces(table, config.asOf, facts.owners));
  }
}
