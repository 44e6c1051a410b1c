import { resolveConfig, type PipelintConfig, type ResolvedConfig } from '../../../shared/engine/config';
import { readWorkbook as readModel } from '../../../shared/engine/engine';
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { RULES } from '../../../shared/rules';
import { day } from '../goals/days';

/** Every execution test reads the workbook on this day: a Friday, 51 days into a 92-day quarter. */
export const AS_OF = '2026-11-20';

export const QUARTER = { from: day('2026-10-01'), to: day('2026-12-31') };

export function config(raw: PipelintConfig = {}): ResolvedConfig {
  const resolved = resolveConfig({ asOf: AS_OF, ...raw }, RULES);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
  return resolved.config;
}

/** Reads the sheets the way the engine does, for the tables the execution path counts from. */
export function readWorkbook(sheets: SheetSnapshot[], raw: PipelintConfig = {}) {
  const resolved = config(raw);
  const model = readModel({ sheets }, resolved);
  return { config: resolved, model, sources: model.measureSources() };
}

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

/**
 * Q4 2026. Won: D2 (Bob, $5,000 written as text, 11-01) and D3 (ann, 3,000, 10-05). D4 is lost, D5
 * has no owner, D3 was created before the quarter.
 */
export const PIPELINE = sheet('Pipeline', [
  ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'In stage since', 'Close date', 'Product'],
  ['D1', 'Ann', 'Proposal', 1000, '2026-10-02', '2026-10-20', '2026-12-30', 'GTX Pro'],
  ['D2', 'Bob', 'Won', '$5,000', '2026-10-03', '2026-11-01', '2026-11-01', 'GTX Pro'],
  ['D3', 'ann', 'Won', 3000, '2026-09-03', '2026-10-05', '2026-10-05', 'GTX Basic'],
  ['D4', 'Bob', 'Lost', 2000, '2026-10-10', '2026-11-05', '2026-11-05', 'GTX Pro'],
  ['D5', null, 'Negotiation', 700, '2026-11-02', '2026-11-10', '2026-12-15', 'GTX Pro'],
]);

/**
 * Stage moves of the same deals: D1 reached Proposal before the quarter, D4 reached it and was
 * lost later, D2 went past Proposal straight to Negotiation. The amount change is not a stage move.
 */
export const HISTORY = sheet('History', [
  ['Timestamp', 'Deal', 'Field', 'From', 'To'],
  ['2026-09-15', 'D1', 'Stage', 'Qualification', 'Proposal'],
  ['2026-10-12', 'D4', 'Stage', 'Demo', 'Proposal'],
  ['2026-11-05', 'D4', 'Stage', 'Proposal', 'Lost'],
  ['2026-10-25', 'd2', 'Stage', 'Proposal', 'Negotiation'],
  ['2026-11-01', 'D2', 'Stage', 'Negotiation', 'Won'],
  ['2026-10-30', 'D3', 'Amount', '2000', '3000'],
]);

/** Calls in Q4: Ann 10 + 12 (a text "12"), Bob 30 (+ "lots", which is no number), nobody 7; one row undated. */
export const ACTIVITIES = sheet('Activities', [
  ['Date', 'Rep', 'Calls', 'Meetings', 'Type', 'Manager joined'],
  ['2026-11-02', 'Ann', 10, 2, 'Joint call', 'Yes'],
  ['2026-11-03', 'Bob', 30, null, 'Call', 'No'],
  ['2026-11-16', 'ann', '12', 1, 'joint call ', 'no'],
  ['2026-10-05', 'Bob', 'lots', 3, 'Meeting', null],
  ['someday', 'Ann', 100, 9, 'Call', null],
  ['2026-11-04', null, 7, 1, 'Call', null],
  [],
]);

/** A second activity log whose name needs quotes in a measure. */
export const TEAM_LOG = sheet("Team's log", [
  ['Week of', 'Seller', 'Demos'],
  ['2026-11-09', 'Bob', 4],
  ['2026-11-16', 'Cleo', 2],
]);

/** A sheet of no known kind. */
export const NOTES = sheet('Notes', [['Whatever'], ['we like']]);

export const WORKBOOK = [PIPELINE, ACTIVITIES, TEAM_LOG, NOTES];
