import type { CellValue, SheetSnapshot } from '../../ground/types';
import {
  IGNORE_SYNONYMS,
  countFields,
  defineKind,
  type ReadContext,
  type SheetAt,
  type Table,
} from '../kind';
import { inferStages, kindOfStatus, type StageSighting } from '../stageInference';
import { withLanguages } from '../languages';
import { settleDateOrders, type DateOrderNote } from '../dates';
import { markListings } from './dealListings';
import { PIPELINE_FIELDS, DATE_FIELDS, newDeal, type DateField, type Deal, type PipelineField } from './deal';
import { headerTexts, ignoreList, mapColumns, pinsFor } from '../table';
import {
  DateReader,
  cellText,
  isBlank,
  isDateFormat,
  isErrorValue,
  parseAmount,
  parsePercent,
  plainAmount,
  serialDay,
  wordsOf,
  yesOrNo,
  type DateOrder,
  type DecimalSeparator,
  type Parsed,
} from '../../ground/values';
import { currencyOf } from '../../ground/words';

export {
  PIPELINE_FIELDS,
  DATE_FIELDS,
  isOpen,
  type PipelineField,
  type DateField,
  type Deal,
  type ValueProblem,
  type ConflictField,
  type Listing,
} from './deal';
export { isFurtherLine } from './dealListings';

/**
 * The pipeline: one row per deal, with its owner, stage, amount and dates. It is the kind most
 * sheets are and the one read most rows of, so it keeps a reader tuned for speed of its own.
 */
/** The header words that mean each field, normalised (see `normalizeHeader`). */
export const PIPELINE_SYNONYMS: Record<PipelineField, readonly string[]> = {
  deal: [
    'deal',
    'dealname',
    'dealid',
    'opportunity',
    'opportunityid',
    'opportunityname',
    'oppid',
    'name',
    'id',
    // Salesforce, HubSpot and Dynamics exports.
    'opportunityid18',
    'dealid18',
    'topic',
    'recordid',
    // Pipedrive.
    'dealtitle',
    // Order and quote sheets, one row per line.
    'order',
    'orderid',
    'ordernumber',
    'orderno',
    'salesorder',
    'salesorderid',
    'quoteid',
    'quotenumber',
  ],
  owner: [
    'owner',
    'dealowner',
    'rep',
    'salesrep',
    'salesagent',
    'agent',
    'salesperson',
    'accountexecutive',
    'ae',
    // Salesforce (OwnerId, Opportunity Owner), HubSpot (hubspot_owner_id), Bitrix (ASSIGNED_BY_ID).
    'ownerid',
    'repid',
    'salesrepid',
    'agentid',
    'salesagentid',
    'userid',
    'employeeid',
    'salespersonid',
    'ownername',
    'opportunityowner',
    'hubspotownerid',
    'assignedbyid',
    'assignedto',
    'responsible',
    // Banking and account-managed books.
    'relationshipmanager',
    'rm',
    'accountmanager',
    'banker',
  ],
  stage: [
    'stage',
    'dealstage',
    'salesstage',
    'pipelinestage',
    'stagename',
    'stageid',
    'opportunitystage',
    // Dynamics 365.
    'pipelinephase',
  ],
  // Open / Won / Lost beside the stage; a sheet whose only such column is "Status" keeps its stages there.
  status: ['status', 'dealstatus', 'opportunitystatus'],
  isWon: ['iswon', 'won'],
  isClosed: ['isclosed'],
  amount: [
    'amount',
    // Dynamics 365.
    'estrevenue',
    // Order and quote sheets: the line's amount.
    'linetotal',
    'lineamount',
    'totalprice',
    'extendedprice',
    'value',
    'closevalue',
    'dealsize',
    'dealvalue',
    'dealamount',
    'amountusd',
    'acv',
    'tcv',
    'arr',
    'estimatedvalue',
    'estimatedrevenue',
    'expectedrevenue',
    'opportunityamount',
    'salesamount',
    'totalamount',
  ],
  created: [
    'created',
    // Bitrix (DATE_CREATE), Pipedrive (Deal - Deal created), Zoho (Created Time).
    'datecreate',
    'dealdealcreated',
    'dealcreated',
    'createdtime',
    'createdat',
    'createddate',
    'createdon',
    'datecreated',
    'createdat',
    'opened',
    'opendate',
    'createdate',
  ],
  stageDate: [
    'engagedate',
    'engaged',
    'stagedate',
    'stageentered',
    'stageentereddate',
    'stagechanged',
    'instagesince',
  ],
  closeDate: [
    'closedate',
    // Dynamics 365 (Est. Close Date), Pipedrive (Deal - Expected close date).
    'estclosedate',
    'dealexpectedclosedate',
    'expectedclose',
    'expectedclosedate',
    'closingdate',
    'estimatedclose',
    'estimatedclosedate',
    'closeby',
    'closeddate',
    'dateclosed',
  ],
  lastActivity: [
    'lastactivity',
    // Pipedrive, Zoho.
    'deallastactivitydate',
    'lastactivitytime',
    'lastactivitydate',
    'lasttouch',
    'lasttouched',
    'lastcontact',
    'lastcontacted',
  ],
  nextStep: ['nextstep', 'nextsteps', 'nextaction'],
  source: ['source', 'leadsource', 'dealsource', 'channel'],
  probability: [
    'probability',
    'prob',
    'winprobability',
    'probabilitypct',
    'likelihood',
    'dealprobability',
    'dealstageprobability',
    'hsdealstageprobability',
  ],
  product: ['product', 'productname', 'productid', 'productcode'],
  account: [
    'account',
    'accountname',
    'company',
    'customer',
    'client',
    'accountid',
    'companyname',
    'customername',
    'customerid',
    'clientid',
    'companyid',
    // Pipedrive (Deal - Organization), Dynamics 365 (Potential Customer).
    'organization',
    'dealorganization',
    'potentialcustomer',
  ],
  ignore: IGNORE_SYNONYMS,
};

export interface DuplicateHeader {
  column: number;
  header: string;
  /** The column that is used instead. */
  keptColumn: number;
  field?: string;
}

/** A text date pattern of a column whose day/month order could not be settled from its own values. */
export interface DateColumnNote extends DateOrderNote {
  field: DateField;
  column: number;
}

export interface PipelineTable extends Table<PipelineField, Deal> {
  dateNotes: DateColumnNote[];
  /** The currency symbol the amount column's number formats show, '' when they show none. */
  currency: string;
}

/** A title or section label spanning the row ("Q3 deals"), not a deal: skipped, like a blank row. */
function isLabelRow(cells: CellValue[], columns: Partial<Record<PipelineField, number>>): boolean {
  let filled = 0;
  let first: CellValue;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (filled === 0) first = v;
    else if (v !== first) return false;
    filled++;
  }
  if (filled === 0) return true;
  const stage = columns.stage !== undefined ? cells[columns.stage - 1] : undefined;
  return typeof first === 'string' && (filled > 1 || isBlank(stage)) && !isErrorValue(first);
}

/** The day/month order of each text date column, per separator pattern, and what could not be settled. */
function dateOrders(
  rows: CellValue[][],
  firstData: number,
  columns: Partial<Record<PipelineField, number>>,
  context: Pick<ReadContext, 'dateOrder' | 'dateOrderExplicit'>,
) {
  const orders = new Map<DateField, Map<string, DateOrder>>();
  const notes: DateColumnNote[] = [];
  for (const field of DATE_FIELDS) {
    const column = columns[field];
    if (column === undefined) continue;
    const settled = settleDateOrders(rows, firstData, column, context);
    orders.set(field, settled.bySeparator);
    for (const note of settled.notes) notes.push({ field, column, ...note });
  }
  return { orders, notes };
}

/** How many distinct amount texts are looked at to tell a decimal comma from a decimal point. */
const DECIMAL_SAMPLE = 500;
/** The last separator of an amount, when three digits and nothing more numeric follow it. */
const THOUSANDS_LAST = /\d([.,])\d{3}(?![\d.,])\D*$/;

/**
 * The decimal sign of the amount column, when the config does not say: the sign more of its text
 * amounts speak for. A text that reads only one way ("12.500,00" only with a comma) speaks for
 * that sign; one that reads either way speaks for the other sign when its last separator has
 * three digits after it, as thousands do and money's decimals do not ("$27,144" is 27,144 dollars,
 * not 27.144; "1.200" is 1,200 euros). Numbers are no evidence; on a tie the config's default stands.
 */
function settleDecimal(
  rows: CellValue[][],
  firstData: number,
  column: number | undefined,
  context: ReadContext,
): DecimalSeparator {
  if (column === undefined || context.decimalExplicit) return context.decimal;
  const seen = new Set<string>();
  const reads = { '.': 0, ',': 0 };
  for (let i = firstData; i < rows.length && seen.size < DECIMAL_SAMPLE; i++) {
    const v = rows[i]?.[column - 1];
    if (typeof v !== 'string' || seen.has(v)) continue;
    seen.add(v);
    const dot = parseAmount(v, '.').ok === true;
    const comma = parseAmount(v, ',').ok === true;
    if (dot !== comma) reads[dot ? '.' : ',']++;
    else if (dot) {
      const thousands = THOUSANDS_LAST.exec(v)?.[1];
      if (thousands) reads[thousands === ',' ? '.' : ',']++;
    }
  }
  return reads[','] > reads['.'] ? ',' : reads['.'] > reads[','] ? '.' : context.decimal;
}

interface RowReader {
  field: PipelineField;
  index: number;
  read(deal: Deal, value: CellValue, numberFormat: string | null | undefined): void;
}

function problem(deal: Deal, column: number, field: PipelineField | undefined, reason: string) {
  (deal.problems ??= []).push({ column, field, reason });
}

/** The deal's number fields: an amount, a probability, the dates as day numbers. */
type NumberField = 'amount' | 'probability' | DateField;

/**
 * Puts a parsed cell into its field, or notes why it could not be read. The field is named, not
 * set through a callback: a closure per cell would be a million allocations on a big sheet.
 */
function store(deal: Deal, column: number, field: NumberField, parsed: Parsed<number>) {
  if (parsed.ok === true) deal[field] = parsed.value;
  else if (parsed.ok === false) problem(deal, column, field, parsed.reason);
}

const TEXT_FIELDS = ['deal', 'owner', 'nextStep', 'source', 'product', 'account'] as const;
const TEXT_KEYS: Record<
  (typeof TEXT_FIELDS)[number],
  'id' | 'owner' | 'nextStep' | 'source' | 'product' | 'account'
> = {
  deal: 'id',
  owner: 'owner',
  nextStep: 'nextStep',
  source: 'source',
  product: 'product',
  account: 'account',
};

function rowReaders(
  columns: Partial<Record<PipelineField, number>>,
  context: ReadContext,
  orders: Map<DateField, Map<string, DateOrder>>,
  decimal: DecimalSeparator,
): RowReader[] {
  const readers: RowReader[] = [];
  const add = (field: PipelineField, read: RowReader['read']) => {
    const column = columns[field];
    if (column === undefined) return;
    readers.push({
      field,
      index: column - 1,
      read: (deal, v, fmt) =>
        isErrorValue(v) ? problem(deal, column, field, `the cell holds the error ${v}`) : read(deal, v, fmt),
    });
  };
  for (const field of TEXT_FIELDS) {
    const key = TEXT_KEYS[field];
    add(field, (deal, v) => (deal[key] = cellText(v)));
  }
  add('stage', (deal, v) => {
    const text = cellText(v);
    deal.stageText = text;
    if (text !== undefined) deal.stage = context.stages.resolve(text);
  });
  // Most amounts and dates are plain numbers: those skip the parse and its result object.
  add('amount', (deal, v, fmt) => {
    const dated = isDateFormat(fmt);
    const amount = plainAmount(v, dated);
    if (amount !== undefined) deal.amount = amount;
    else store(deal, columns.amount!, 'amount', parseAmount(v, decimal, dated));
  });
  add('probability', (deal, v) => store(deal, columns.probability!, 'probability', parsePercent(v)));
  for (const field of DATE_FIELDS) {
    const reader = new DateReader(context.dateOrder, orders.get(field));
    add(field, (deal, v) => {
      const day = typeof v === 'number' ? serialDay(v) : undefined;
      if (day !== undefined) deal[field] = day;
      else store(deal, columns[field]!, field, reader.read(v));
    });
  }
  add('ignore', (deal, v) => {
    const ignore = ignoreList(v);
    if (ignore) deal.ignore = ignore;
  });
  return readers;
}

/** Error values in columns no reader looks at still deserve a word: the row's data is broken there. */
function unreadErrors(deal: Deal, cells: CellValue[], read: Set<number>) {
  for (let i = 0; i < cells.length; i++) {
    if (isErrorValue(cells[i]) && !read.has(i))
      problem(deal, i + 1, undefined, `the cell holds the error ${cells[i]}`);
  }
}

function readPipeline(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): PipelineTable {
  const rows = sheet.values;
  const headers = headerTexts(rows, headerIndex);
  const { columns, idColumns, duplicateHeaders, missingPins } = pipelineColumns(headers, context);
  const firstData = headerIndex + 1;
  const { orders, notes } = dateOrders(rows, firstData, columns, context);
  const readers = rowReaders(
    columns,
    context,
    orders,
    settleDecimal(rows, firstData, columns.amount, context),
  );
  const readIndexes = new Set(readers.map((r) => r.index));
  const closedBy = statusStages(columns, context);
  const deals: Deal[] = [];
  for (let i = firstData; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isLabelRow(cells, columns)) continue;
    const formats = sheet.numberFormats?.[i];
    const deal = newDeal(i + 1, cells);
    for (const r of readers) r.read(deal, cells[r.index], formats?.[r.index]);
    if (closedBy) closeByStatus(deal, cells, columns, closedBy);
    unreadErrors(deal, cells, readIndexes);
    deals.push(deal);
  }
  markListings(deals, headers, columns);
  return {
    kind: pipelineKind,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    columns,
    idColumns,
    headers,
    rows: deals,
    duplicateHeaders,
    dateNotes: notes,
    missingPins,
    currency: amountCurrency(sheet, firstData, columns.amount),
  };
}

/** How many rows' number formats are looked at for the amount column's currency. */
const CURRENCY_SAMPLE = 200;

function amountCurrency(sheet: SheetSnapshot, firstData: number, column: number | undefined): string {
  const formats = sheet.numberFormats;
  if (!formats || column === undefined) return '';
  const sample = formats.slice(firstData, firstData + CURRENCY_SAMPLE).map((row) => row?.[column - 1]);
  return currencyOf(sample);
}

/**
 * The pipeline's columns. A sheet whose stages are in a "Status" column and has no "Stage" column
 * keeps its stages there; beside a "Stage" column, "Status" says open, won or lost.
 */
function pipelineColumns(headers: string[], context: ReadContext) {
  const mapped = mapColumns(headers, pipelineKind.fieldOf, pinsFor(pipelineKind, context), pipelineKind);
  const { columns } = mapped;
  // Bitrix names the amount OPPORTUNITY; beside an ID and with no other amount, that is what it is.
  const opportunity = headers.findIndex((h) => h.trim() === 'OPPORTUNITY') + 1;
  if (opportunity && columns.amount === undefined && columns.deal !== opportunity)
    columns.amount = opportunity;
  if (columns.stage === undefined && columns.status !== undefined) {
    columns.stage = columns.status;
    delete columns.status;
  }
  return mapped;
}

/** The stages a won or lost status closes a deal into, when the sheet has a status column. */
function statusStages(columns: Partial<Record<PipelineField, number>>, context: ReadContext) {
  if (columns.status === undefined && columns.isWon === undefined && columns.isClosed === undefined)
    return undefined;
  const { stages } = context.stages;
  return { won: stages.find((s) => s.closed === 'won'), lost: stages.find((s) => s.closed === 'lost') };
}

/**
 * A deal whose status says won or lost is closed, whatever open stage it was left at: Pipedrive
 * and Salesforce keep the last stage of a lost deal and say "lost" beside it.
 */
function closeByStatus(
  deal: Deal,
  cells: CellValue[],
  columns: Partial<Record<PipelineField, number>>,
  closedBy: NonNullable<ReturnType<typeof statusStages>>,
) {
  if (!deal.stage || deal.stage.closed) return;
  const at = (f: PipelineField) => (columns[f] === undefined ? undefined : cells[columns[f]! - 1]);
  const kind = statusOf(at('status'), at('isWon'), at('isClosed'));
  if (kind === 'won' || kind === 'lost') deal.stage = closedBy[kind] ?? deal.stage;
}

/** Open, won or lost by a status cell, else by IsWon and IsClosed flags (as Salesforce exports them). */
function statusOf(status: CellValue, isWon: CellValue, isClosed: CellValue) {
  const text = wordsOf(status);
  const byText = text === undefined ? undefined : kindOfStatus(text);
  if (byText) return byText;
  const won = yesOrNo(isWon);
  const closed = yesOrNo(isClosed);
  if (won === true) return 'won';
  if (closed === true) return won === false ? 'lost' : undefined;
  return closed === false ? 'open' : undefined;
}

/** What each deal row says about its stage: the stage cell, its probability, a status beside it. */
function* stageSightings(at: SheetAt, context: ReadContext): Generator<StageSighting> {
  const rows = at.sheet.values;
  const headers = headerTexts(rows, at.headerIndex);
  const { columns } = pipelineColumns(headers, context);
  if (columns.stage === undefined) return;
  const cell = (cells: CellValue[], column: number | undefined) =>
    column === undefined ? undefined : cells[column - 1];
  for (let i = at.headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isLabelRow(cells, columns)) continue;
    const text = wordsOf(cells[columns.stage - 1]);
    if (text === undefined) continue;
    const sighting: StageSighting = { text };
    const p = columns.probability === undefined ? undefined : parsePercent(cells[columns.probability - 1]);
    if (p?.ok === true) sighting.probability = p.value;
    const status = statusOf(
      cell(cells, columns.status),
      cell(cells, columns.isWon),
      cell(cells, columns.isClosed),
    );
    if (status) sighting.status = status;
    yield sighting;
  }
}

/** With no stages in the config, the stages every pipeline sheet of the workbook uses. */
function learnStages(sheets: readonly SheetAt[], context: ReadContext): Partial<ReadContext> {
  if (context.stages.configured) return {};
  const inferred = inferStages(
    (function* () {
      for (const at of sheets) yield* stageSightings(at, context);
    })(),
  );
  return inferred ? { stages: inferred.model } : {};
}

/** The fields a header row needs, besides a stage, to be a pipeline's: any two of these. */
const PIPELINE_SIGNS: readonly PipelineField[] = [
  'deal',
  'owner',
  'amount',
  'closeDate',
  'stageDate',
  'created',
];

export const pipelineKind = defineKind({
  id: 'pipeline',
  fields: PIPELINE_FIELDS,
  synonyms: withLanguages('pipeline', PIPELINE_SYNONYMS),
  labels: {
    deal: 'Deal',
    owner: 'Owner',
    stage: 'Stage',
    status: 'Status',
    isWon: 'Is won',
    isClosed: 'Is closed',
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
  },
  needs: 'a Stage (or Status) column and two of Deal, Owner, Amount, Created, Stage date and Close date',
  anchor: [],
  keyedById: ['deal'],
  primary: true,
  match: countFields(
    (f) => (f.has('stage') || f.has('status')) && PIPELINE_SIGNS.filter((x) => f.has(x)).length >= 2,
  ),
  read: readPipeline,
  prepare: learnStages,
  ownerOf: (deal: Deal) => deal.owner,
  dealOf: (deal: Deal) => deal.id,
});
