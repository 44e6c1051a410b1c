import type { CellValue } from '../../ground/types';
import { nameKey, normalizeHeader } from '../../ground/keys';
import { isBlank } from '../../ground/values';
import { DEAL_LEVEL_FIELDS, type ConflictField, type Deal, type Listing, type PipelineField } from './deal';

/** Headers of columns that describe a line of an order rather than the deal (normalised). */
const LINE_WORDS = new Set([
  'line',
  'lineitem',
  'lineitemid',
  'lineid',
  'linenumber',
  'lineno',
  'item',
  'itemname',
  'itemid',
  'sku',
  'productcode',
  'productid',
  'partnumber',
  'quantity',
  'qty',
  'units',
  'seats',
  'licenses',
  'unitprice',
  'listprice',
  'price',
  'salesprice',
  'discount',
  'linetotal',
  'lineamount',
  'totalprice',
  'cantidad',
  'producto',
  'quantidade',
  'produto',
  'quantite',
  'produit',
  'menge',
  'produkt',
  'artikel',
  'quantita',
  'prodotto',
]);

/** The columns (0-based) whose values tell one line of a deal from another. */
export function lineColumns(headers: readonly string[], columns: Partial<Record<PipelineField, number>>) {
  const found = new Set<number>();
  if (columns.product !== undefined) found.add(columns.product - 1);
  headers.forEach((h, i) => {
    if (LINE_WORDS.has(normalizeHeader(h.split('\n')[0]))) found.add(i);
  });
  return [...found];
}

/** A deal-level field's value, comparable across rows; undefined when the row leaves it blank. */
function levelValue(deal: Deal, field: ConflictField): string | number | undefined {
  switch (field) {
    case 'owner':
    case 'account':
    case 'source': {
      const text = deal[field];
      return text === undefined ? undefined : nameKey(text);
    }
    case 'stage': {
      const text = deal.stage?.name ?? deal.stageText;
      return text === undefined ? undefined : normalizeHeader(text);
    }
    default:
      return deal[field];
  }
}

/** The first deal-level field two rows both fill in and disagree on. */
function conflictOf(first: Deal, deal: Deal, fields: readonly ConflictField[]): ConflictField | undefined {
  for (const field of fields) {
    const a = levelValue(first, field);
    const b = levelValue(deal, field);
    if (a !== undefined && b !== undefined && a !== b) return field;
  }
  return undefined;
}

const sameCell = (a: CellValue, b: CellValue) =>
  (isBlank(a) && isBlank(b)) ||
  a === b ||
  (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * Marks every row whose deal id an earlier row of the same sheet already has with its `listing`.
 * Only repeated ids cost anything beyond one map entry.
 */
export function markListings(
  deals: readonly Deal[],
  headers: readonly string[],
  columns: Partial<Record<PipelineField, number>>,
): void {
  if (columns.deal === undefined) return;
  const lines = lineColumns(headers, columns);
  if (columns.amount !== undefined && lines.length) lines.push(columns.amount - 1);
  // Without line columns the amount is the deal's own: a second amount is a conflict.
  const levelFields: readonly ConflictField[] = lines.length
    ? DEAL_LEVEL_FIELDS
    : [...DEAL_LEVEL_FIELDS, 'amount'];
  const firsts = new Map<string, Deal>();
  const earlier = new Map<Deal, Deal[]>();
  for (const deal of deals) {
    if (deal.id === undefined) continue;
    const key = nameKey(deal.id);
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, deal);
      continue;
    }
    let before = earlier.get(first);
    if (!before) earlier.set(first, (before = [first]));
    const conflict = conflictOf(first, deal, levelFields);
    const repeats = before.find((b) => lines.every((i) => sameCell(b.cells[i], deal.cells[i])));
    const listing: Listing = {
      first,
      line: conflict === undefined && repeats === undefined && lines.length > 0,
    };
    if (conflict) listing.conflict = conflict;
    if (repeats) listing.repeats = repeats;
    deal.listing = listing;
    before.push(deal);
  }
}

/** A further line of a deal listed above: rules that judge the deal as a whole judge it on its first row. */
export function isFurtherLine(deal: Deal): boolean {
  return deal.listing?.line === true;
}
