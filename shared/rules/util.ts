import { z } from 'zod';
import type { PipelineField } from '../sheets/headers';
import type { CellLocation, CellValue, QuickFix } from '../ground/types';
import type { Deal, PipelineTable } from '../sheets/kinds/pipeline';
import { fieldLocation } from '../sheets/kinds/pipeline';
import { formatDay, type DayNumber } from '../ground/values';
import type { StageModel } from '../sheets/stages';

/** For rules that take no options: accepts nothing but an empty object. */
export const noOptions = z.strictObject({}).prefault({});

/** How a field is named in messages and in a header a fix adds. */
export const FIELD_LABELS: Record<PipelineField, string> = {
  deal: 'Deal',
  owner: 'Owner',
  stage: 'Stage',
  amount: 'Amount',
  created: 'Created',
  stageDate: 'Stage date',
  closeDate: 'Close date',
  lastActivity: 'Last activity',
  nextStep: 'Next step',
  source: 'Source',
  probability: 'Probability',
  product: 'Product',
  account: 'Account',
  ignore: 'Lint ignore',
};

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

// The same as n.toLocaleString('en-US', {...}), which builds a new formatter on every call (~20 µs).
const MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function money(n: number): string {
  return MONEY.format(n);
}

export const day = (d: DayNumber): string => formatDay(d);

/** "Negotiation, Proposal or Won" */
export function orList(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max);
  const more = items.length > max ? `, ... (${items.length - max} more)` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}

export function cellOf(table: PipelineTable, deal: Deal, field: PipelineField): CellLocation {
  return fieldLocation(table, deal.row, field);
}

function rawCell(table: PipelineTable, deal: Deal, field: PipelineField): CellValue {
  const column = table.columns[field];
  return column === undefined ? undefined : deal.cells[column - 1];
}

/** A quick fix that writes one cell of the deal's row, remembering what it held for undo. */
export function setCellFix(
  table: PipelineTable,
  deal: Deal,
  field: PipelineField,
  title: string,
  value: string | number,
  preferred = false,
): QuickFix {
  const fix: QuickFix = {
    title,
    edits: [{ location: cellOf(table, deal, field), value, previous: rawCell(table, deal, field) ?? null }],
  };
  if (preferred) fix.preferred = true;
  return fix;
}

/** "Mark as Lost", offered where a deal is open on paper but plainly dead; only with one lost stage. */
export function markLostFix(table: PipelineTable, deal: Deal, stages: StageModel): QuickFix[] {
  const lost = stages.stages.filter((s) => s.closed === 'lost');
  return lost.length === 1 && table.columns.stage !== undefined
    ? [setCellFix(table, deal, 'stage', `Mark as ${lost[0].name}`, lost[0].name)]
    : [];
}

/** Whether a deal has got past the first stage, where value and close date start to matter. */
export function pastFirstStage(deal: Deal, firstStage: number | undefined): boolean {
  return deal.stage !== undefined && firstStage !== undefined && deal.stage.index > firstStage;
}

export function hasProblem(deal: Deal, field: PipelineField): boolean {
  return deal.problems?.some((p) => p.field === field) ?? false;
}
