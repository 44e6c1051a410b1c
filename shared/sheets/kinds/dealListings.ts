import type { CellValue } from '../../ground/types';
import { nameKey, normalizeHeader } from '../../ground/keys';
import { isBlank } from '../../ground/values';
import {
  DEAL_LEVEL_FIELDS,
  type ConflictField,
  type Deal,
  type DealColumns,
  type Listing,
  type PipelineField,
} from './deal';

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
 * The first row of each deal id. A `Map` of a million ids cost more than reading the rows they
 * are on: an entry allocated per id, and its table copied each time it grows. This is one flat
 * table sized once, each slot a row and its id's hash side by side, so a probe costs one cache
 * miss, not two; only a matching hash looks at the earlier row's id again.
 */
class FirstRows {
  /** Per slot, 1 + the row at 2 × slot (0 when free: a new table is all free) and its key's hash after it. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** @param keyAt the key of a row already given to `firstOf` */
  constructor(
    capacity: number,
    private readonly keyAt: (at: number) => string,
  ) {
    // At most half full, so a probe seldom goes past a slot or two.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The first row with the key: an earlier row when one has it, else `at`, remembered as the first. */
  firstOf(key: string, at: number): number {
    const hash = hashOf(key);
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = slots[slot * 2] - 1;
      if (row === -1) {
        slots[slot * 2] = at + 1;
        slots[slot * 2 + 1] = hash;
        return at;
      }
      if (slots[slot * 2 + 1] === hash && this.keyAt(row) === key) return row;
    }
  }
}

/** FNV-1a over the text's UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * Gives every row whose deal id an earlier row of the same sheet already has its `listing`. Only
 * repeated ids cost anything beyond a slot in the id index.
 */
export function markListings(
  table: DealColumns,
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
  const keyAt = (at: number) => nameKey(table.text('id', at)!);
  const firsts = new FirstRows(table.size, keyAt);
  const earlier = new Map<number, Deal[]>();
  for (let at = 0; at < table.size; at++) {
    const id = table.text('id', at);
    if (id === undefined) continue;
    const firstAt = firsts.firstOf(nameKey(id), at);
    if (firstAt === at) continue;
    const first = deals[firstAt];
    const deal = deals[at];
    let before = earlier.get(firstAt);
    if (!before) earlier.set(firstAt, (before = [first]));
    const conflict = conflictOf(first, deal, levelFields);
    const repeats = before.find((b) => lines.every((i) => sameCell(b.cells[i], deal.cells[i])));
    const listing: Listing = {
      first,
      line: conflict === undefined && repeats === undefined && lines.length > 0,
    };
    if (conflict) listing.conflict = conflict;
    if (repeats) listing.repeats = repeats;
    table.setListing(at, listing);
    before.push(deal);
  }
}

/** A further line of a deal listed above: rules that judge the deal as a whole judge it on its first row. */
export function isFurtherLine(deal: Deal): boolean {
  return deal.listing?.line === true;
}
