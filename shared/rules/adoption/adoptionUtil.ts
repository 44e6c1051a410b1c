import { type AdoptionRow } from '../../sheets/kinds/adoption';
import type { WorkbookModel } from '../../analyses/model';
import { isOpen } from '../../sheets/kinds/pipeline';
import type { DayNumber } from '../../ground/values';
import { plural, quoted } from '../util';
import { nameKey } from '../../ground/keys';

/** `Maya Chen on "Log every call"`, or what the row has of the two. */
export function subject(row: AdoptionRow): string {
  if (row.person !== undefined && row.change !== undefined) return `${row.person} on ${quoted(row.change)}`;
  if (row.person !== undefined) return row.person;
  return row.change !== undefined ? `Change ${quoted(row.change)}` : 'This row';
}

export const days = (n: number) => plural(n, 'day');

/** Changes about keeping the pipeline sheet itself in order: "Keep the pipeline current", "Pipeline hygiene". */
const PIPELINE_WORD = /\bpipeline\b/i;
const UPKEEP_WORD =
  /\b(?:current|up[- ]?to[- ]?date|updat\w*|hygiene|clean\w*|keep\w*|maintain\w*|fresh|touch\w*|accurate|log\w*)\b/i;

export function namesPipeline(change: string | undefined): boolean {
  return change !== undefined && PIPELINE_WORD.test(change) && UPKEEP_WORD.test(change);
}

/**
 * Whether the pipeline itself shows the person doing the change: they own at least one open deal,
 * and every open deal they own was touched (last activity, else stage date) within `withinDays`.
 */
export function pipelineShowsUpkeep(
  model: WorkbookModel,
  person: string,
  asOf: DayNumber,
  withinDays: number,
): boolean {
  const key = nameKey(person);
  let open = 0;
  for (const table of model.tables('pipeline'))
    for (const deal of table.rows) {
      if (!isOpen(deal) || deal.owner === undefined || nameKey(deal.owner) !== key) continue;
      open++;
      const touched = deal.lastActivity ?? deal.stageDate;
      if (touched === undefined || asOf - touched > withinDays) return false;
    }
  return open > 0;
}
