/**
 * The pipeline read the plain way, as the reference the fast reader is checked against: one
 * object per row, every cell through the full parse (no short cut for plain numbers), listings
 * found with a `Map` and a scan of the earlier rows. It shares with the reader it checks the
 * table-level decisions (which column is which field, how text dates are ordered, the decimal sign)
 * and what a status cell says, and nothing else.
 */
import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import type { ReadContext } from '../../../shared/sheets/kind';
import {
  DATE_FIELDS,
  type ConflictField,
  type Deal,
  type Listing,
  type PipelineField,
  type PipelineTable,
  type ValueProblem,
  statusOf,
} from '../../../shared/sheets/kinds/pipeline';
import { lineColumns } from '../../../shared/sheets/kinds/dealListings';
import { DEAL_LEVEL_FIELDS } from '../../../shared/sheets/kinds/deal';
import { settleDateOrders } from '../../../shared/sheets/dates';
import { ignoreList } from '../../../shared/sheets/table';
import { nameKey, normalizeHeader } from '../../../shared/ground/keys';
import {
  DateReader,
  cellText,
  isBlank,
  isDateFormat,
  isErrorValue,
  parseAmount,
  parsePercent,
  type Parsed,
} from '../../../shared/ground/values';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type PlainDeal = Mutable<Deal>;

const TEXT_FIELDS: [PipelineField, 'id' | 'owner' | 'nextStep' | 'source' | 'product' | 'account'][] = [
  ['deal', 'id'],
  ['owner', 'owner'],
  ['nextStep', 'nextStep'],
  ['source', 'source'],
  ['product', 'product'],
  ['account', 'account'],
];

/** The deals of a sheet the fast reader has read into `table`, read again one object per row. */
export function referenceDeals(sheet: SheetSnapshot, table: PipelineTable, context: ReadContext): Deal[] {
  const { columns } = table;
  const cell = (cells: CellValue[], field: PipelineField) =>
    columns[field] === undefined ? undefined : cells[columns[field]! - 1];
  const dateReaders = new Map(
    DATE_FIELDS.filter((f) => columns[f] !== undefined).map((f) => [
      f,
      new DateReader(
        context.dateOrder,
        settleDateOrders(sheet.values, table.headerRow, columns[f]!, context).bySeparator,
      ),
    ]),
  );
  const deals: PlainDeal[] = [];
  for (let i = table.headerRow; i < sheet.values.length; i++) {
    const cells = sheet.values[i];
    if (cells === undefined || isLabel(cells, cell(cells, 'stage'))) continue;
    const deal: PlainDeal = { row: i + 1, cells };
    const problems: ValueProblem[] = [];
    const store = (field: PipelineField, parsed: Parsed<number>) => {
      if (parsed.ok === true) (deal as Record<string, unknown>)[field] = parsed.value;
      else if (parsed.ok === false) problems.push({ column: columns[field]!, field, reason: parsed.reason });
    };
    const read = (field: PipelineField, use: (v: CellValue) => void) => {
      if (columns[field] === undefined) return;
      const v = cell(cells, field);
      if (isErrorValue(v))
        problems.push({ column: columns[field]!, field, reason: `the cell holds the error ${v}` });
      else use(v);
    };
    for (const [field, key] of TEXT_FIELDS) read(field, (v) => (deal[key] = cellText(v)));
    read('stage', (v) => {
      deal.stageText = cellText(v);
      if (deal.stageText !== undefined) deal.stage = context.stages.resolve(deal.stageText);
    });
    const amountFormat = sheet.numberFormats?.[i]?.[columns.amount! - 1];
    read('amount', (v) => store('amount', parseAmount(v, table.decimal, isDateFormat(amountFormat))));
    read('probability', (v) => store('probability', parsePercent(v)));
    for (const [field, reader] of dateReaders) read(field, (v) => store(field, reader.read(v)));
    read('ignore', (v) => (deal.ignore = ignoreList(v)));
    const hasStatus = ['status', 'isWon', 'isClosed'].some((f) => columns[f as PipelineField] !== undefined);
    if (hasStatus && deal.stage && !deal.stage.closed) {
      const kind = statusOf(cell(cells, 'status'), cell(cells, 'isWon'), cell(cells, 'isClosed'));
      const closedAs =
        kind === 'won' || kind === 'lost' ? context.stages.stages.find((s) => s.closed === kind) : undefined;
      if (closedAs) deal.stage = closedAs;
    }
    const readColumns = new Set(Object.values(columns).map((c) => c! - 1));
    cells.forEach((v, c) => {
      if (isErrorValue(v) && !readColumns.has(c))
        problems.push({ column: c + 1, field: undefined, reason: `the cell holds the error ${v}` });
    });
    if (problems.length) deal.problems = problems;
    deals.push(deal);
  }
  markListings(deals, table);
  return deals;
}

/** A title or section label: one text repeated across the row, or alone with no stage beside it. */
function isLabel(cells: CellValue[], stage: CellValue): boolean {
  const filled = cells.filter((v) => !isBlank(v));
  if (filled.length === 0) return true;
  if (filled.some((v) => v !== filled[0])) return false;
  return typeof filled[0] === 'string' && (filled.length > 1 || isBlank(stage)) && !isErrorValue(filled[0]);
}

function levelValue(deal: Deal, field: ConflictField): string | number | undefined {
  if (field === 'owner' || field === 'account' || field === 'source')
    return deal[field] === undefined ? undefined : nameKey(deal[field]!);
  if (field === 'stage') {
    const text = deal.stage?.name ?? deal.stageText;
    return text === undefined ? undefined : normalizeHeader(text);
  }
  return deal[field];
}

const sameCell = (a: CellValue, b: CellValue) =>
  (isBlank(a) && isBlank(b)) ||
  a === b ||
  (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

function markListings(deals: PlainDeal[], table: PipelineTable) {
  const { columns } = table;
  if (columns.deal === undefined) return;
  const lines = lineColumns(table.headers, columns);
  if (columns.amount !== undefined && lines.length) lines.push(columns.amount - 1);
  const fields: ConflictField[] = lines.length ? [...DEAL_LEVEL_FIELDS] : [...DEAL_LEVEL_FIELDS, 'amount'];
  const byId = new Map<string, PlainDeal[]>();
  for (const deal of deals) {
    if (deal.id === undefined) continue;
    const earlier = byId.get(nameKey(deal.id));
    if (!earlier) {
      byId.set(nameKey(deal.id), [deal]);
      continue;
    }
    const first = earlier[0];
    const conflict = fields.find((f) => {
      const [a, b] = [levelValue(first, f), levelValue(deal, f)];
      return a !== undefined && b !== undefined && a !== b;
    });
    const repeats = earlier.find((e) => lines.every((c) => sameCell(e.cells[c], deal.cells[c])));
    const listing: Listing = {
      first,
      line: conflict === undefined && repeats === undefined && lines.length > 0,
    };
    if (conflict) listing.conflict = conflict;
    if (repeats) listing.repeats = repeats;
    deal.listing = listing;
    earlier.push(deal);
  }
}

/** A deal's fields as plain data, its listing by row numbers, to compare deals read two ways. */
export function plainDeal(deal: Deal) {
  const fields: Record<string, unknown> = {};
  for (const key of [
    'row',
    'cells',
    'id',
    'owner',
    'stageText',
    'stage',
    'amount',
    'created',
    'stageDate',
    'closeDate',
    'lastActivity',
    'nextStep',
    'source',
    'probability',
    'product',
    'account',
    'ignore',
    'problems',
  ] as const)
    if (deal[key] !== undefined) fields[key] = deal[key];
  if (deal.listing) {
    const { first, line, conflict, repeats } = deal.listing;
    fields.listing = { first: first.row, line, conflict, repeats: repeats?.row };
  }
  return fields;
}
