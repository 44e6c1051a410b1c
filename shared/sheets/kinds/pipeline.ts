import type { CellValue, SheetSnapshot } from '../../ground/types';
import {
  IGNORE_SYNONYMS,
  countFields,
  defineKind,
  type ReadContext,
  type SheetAt,
  type Table,
} from '../kind';
import { StageTally, kindOfStatus } from '../stageInference';
import type { StageInfo } from '../stages';
import { withLanguages } from '../languages';
import { settleDateOrders, type DateOrderNote } from '../dates';
import { markListings } from './dealListings';
import {
  PIPELINE_FIELDS,
  DATE_FIELDS,
  DealColumns,
  type DateField,
  type Deal,
  type DealNumberField,
  type DealTextField,
  type PipelineField,
} from './deal';
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
  /** The same deals as `rows`, column by column: for the passes that scan a whole column. */
  deals: DealColumns;
  dateNotes: DateColumnNote[];
  /** The currency symbol the amount column's number formats show, '' when they show none. */
  currency: string;
  /** The decimal sign the amount column's text amounts were read with: the config's, or the column's own. */
  decimal: DecimalSeparator;
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
  index: number;
  read(deals: DealColumns, at: number, value: CellValue, numberFormat: string | null | undefined): void;
}

/** Puts a parsed cell into its number column, or notes why it could not be read. */
function store(
  deals: DealColumns,
  at: number,
  column: number,
  field: DealNumberField,
  parsed: Parsed<number>,
) {
  if (parsed.ok === true) setNumber(deals, at, field, parsed.value);
  else if (parsed.ok === false) deals.addProblem(at, { column, field, reason: parsed.reason });
}

function setNumber(deals: DealColumns, at: number, field: DealNumberField, value: number) {
  if (field === 'amount' || field === 'probability') deals.setNumber(field, at, value);
  else deals.setDay(field, at, value);
}

/** The pipeline fields read as text, and the deal field each is. */
const TEXT_KEYS = {
  deal: 'id',
  owner: 'owner',
  stage: 'stageText',
  nextStep: 'nextStep',
  source: 'source',
  product: 'product',
  account: 'account',
} as const satisfies Partial<Record<PipelineField, DealTextField>>;
const NUMBER_FIELDS = ['amount', 'probability', ...DATE_FIELDS] as const;

/** The table the sheet's deals go into: only the columns the sheet has. */
function dealColumns(rows: CellValue[][], columns: Partial<Record<PipelineField, number>>, capacity: number) {
  const texts: Partial<Record<DealTextField, number>> = {};
  for (const [field, key] of Object.entries(TEXT_KEYS) as [keyof typeof TEXT_KEYS, DealTextField][]) {
    const column = columns[field];
    if (column !== undefined) texts[key] = column - 1;
  }
  const numbers = new Set(NUMBER_FIELDS.filter((f) => columns[f] !== undefined));
  return new DealColumns(rows, texts, numbers, capacity);
}

/**
 * One reader per column the sheet has, each writing its field's column of the table. Texts need no
 * reading, as a deal's text is its cell; their readers only note error values. The field is named,
 * not set through a callback: a closure per cell would be a million allocations on a big sheet.
 */
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
      index: column - 1,
      read: (t, at, v, fmt) =>
        isErrorValue(v)
          ? t.addProblem(at, { column, field, reason: `the cell holds the error ${v}` })
          : read(t, at, v, fmt),
    });
  };
  const noValue = () => {};
  // The stage is the one text read further: it is coded by spelling and named a stage below.
  for (const field of Object.keys(TEXT_KEYS) as (keyof typeof TEXT_KEYS)[])
    if (field !== 'stage') add(field, noValue);
  // Per stage spelling (its code), the stage it names, or null for none: each spelling resolved once.
  const stageOfSpelling: (StageInfo | null)[] = [];
  add('stage', (t, at, v) => {
    const code = typeof v === 'string' ? t.noteSpelling(at, v) : 0;
    if (code === 0) {
      const text = cellText(v);
      if (text !== undefined) t.setStage(at, context.stages.resolve(text));
      return;
    }
    let stage = stageOfSpelling[code];
    if (stage === undefined) {
      const text = t.text('stageText', at);
      stageOfSpelling[code] = stage = (text !== undefined && context.stages.resolve(text)) || null;
    }
    if (stage !== null) t.setStage(at, stage);
  });
  // Most amounts and dates are plain numbers: those skip the parse and its result object.
  add('amount', (t, at, v, fmt) => {
    const dated = isDateFormat(fmt);
    const amount = plainAmount(v, dated);
    if (amount !== undefined) t.setNumber('amount', at, amount);
    else store(t, at, columns.amount!, 'amount', parseAmount(v, decimal, dated));
  });
  add('probability', (t, at, v) => store(t, at, columns.probability!, 'probability', parsePercent(v)));
  for (const field of DATE_FIELDS) {
    const reader = new DateReader(context.dateOrder, orders.get(field));
    add(field, (t, at, v) => {
      const day = typeof v === 'number' ? serialDay(v) : undefined;
      if (day !== undefined) t.setDay(field, at, day);
      else store(t, at, columns[field]!, field, reader.read(v));
    });
  }
  add('ignore', (t, at, v) => {
    const ignore = ignoreList(v);
    if (ignore) t.setIgnore(at, ignore);
  });
  return readers;
}

/**
 * Error values in columns no reader looks at still deserve a word: the row's data is broken there.
 * `read` flags the columns a reader looks at; they are skipped before their cell is looked at.
 */
function unreadErrors(deals: DealColumns, at: number, cells: CellValue[], read: Uint8Array) {
  for (let i = 0; i < cells.length; i++) {
    if (read[i] !== 1 && isErrorValue(cells[i]))
      deals.addProblem(at, {
        column: i + 1,
        field: undefined,
        reason: `the cell holds the error ${cells[i]}`,
      });
  }
}

function readPipeline(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): PipelineTable {
  const rows = sheet.values;
  const headers = headerTexts(rows, headerIndex);
  const { columns, idColumns, duplicateHeaders, missingPins } = pipelineColumns(headers, context);
  const firstData = headerIndex + 1;
  const { orders, notes } = dateOrders(rows, firstData, columns, context);
  const deals = dealColumns(rows, columns, Math.max(rows.length - firstData, 0));
  const decimal = settleDecimal(rows, firstData, columns.amount, context);
  const readers = rowReaders(columns, context, orders, decimal);
  const readIndexes = new Uint8Array(Math.max(0, ...readers.map((r) => r.index + 1)));
  for (const r of readers) readIndexes[r.index] = 1;
  const closedBy = statusStages(columns, context);
  for (let i = firstData; i < rows.length; i++) {
    const cells = rows[i];
    // A missing row is a blank one, and a blank row is no deal.
    if (cells === undefined || isLabelRow(cells, columns)) continue;
    const formats = sheet.numberFormats?.[i];
    const at = deals.add(i + 1);
    for (const r of readers) r.read(deals, at, cells[r.index], formats?.[r.index]);
    if (closedBy) closeByStatus(deals, at, cells, columns, closedBy);
    unreadErrors(deals, at, cells, readIndexes);
  }
  const views = deals.deals();
  markListings(deals, views, headers, columns);
  return {
    kind: pipelineKind,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    columns,
    idColumns,
    headers,
    rows: views,
    deals,
    duplicateHeaders,
    dateNotes: notes,
    missingPins,
    currency: amountCurrency(sheet, firstData, columns.amount),
    decimal,
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
  deals: DealColumns,
  at: number,
  cells: CellValue[],
  columns: Partial<Record<PipelineField, number>>,
  closedBy: NonNullable<ReturnType<typeof statusStages>>,
) {
  const stage = deals.stage(at);
  if (!stage || stage.closed) return;
  const cell = (f: PipelineField) => (columns[f] === undefined ? undefined : cells[columns[f]! - 1]);
  const kind = statusOf(cell('status'), cell('isWon'), cell('isClosed'));
  if (kind === 'won' || kind === 'lost') deals.setStage(at, closedBy[kind] ?? stage);
}

/** Open, won or lost by a status cell, else by IsWon and IsClosed flags (as Salesforce exports them). */
export function statusOf(status: CellValue, isWon: CellValue, isClosed: CellValue) {
  const text = wordsOf(status);
  const byText = text === undefined ? undefined : kindOfStatus(text);
  if (byText) return byText;
  const won = yesOrNo(isWon);
  const closed = yesOrNo(isClosed);
  if (won === true) return 'won';
  if (closed === true) return won === false ? 'lost' : undefined;
  return closed === false ? 'open' : undefined;
}

/** Tells the tally what each deal row says about its stage: the stage cell, its probability, a status beside it. */
function tallyStages(at: SheetAt, context: ReadContext, tally: StageTally): void {
  const rows = at.sheet.values;
  const headers = headerTexts(rows, at.headerIndex);
  const { columns } = pipelineColumns(headers, context);
  if (columns.stage === undefined) return;
  const cell = (cells: CellValue[], column: number | undefined) =>
    column === undefined ? undefined : cells[column - 1];
  const hasStatus =
    columns.status !== undefined || columns.isWon !== undefined || columns.isClosed !== undefined;
  for (let i = at.headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells === undefined || isLabelRow(cells, columns)) continue;
    const text = wordsOf(cells[columns.stage - 1]);
    if (text === undefined) continue;
    const p = columns.probability === undefined ? undefined : parsePercent(cells[columns.probability - 1]);
    const status = hasStatus
      ? statusOf(cell(cells, columns.status), cell(cells, columns.isWon), cell(cells, columns.isClosed))
      : undefined;
    tally.add(text, p?.ok === true ? p.value : undefined, status);
  }
}

/** With no stages in the config, the stages every pipeline sheet of the workbook uses. */
function learnStages(sheets: readonly SheetAt[], context: ReadContext): Partial<ReadContext> {
  if (context.stages.configured) return {};
  const tally = new StageTally();
  for (const at of sheets) tallyStages(at, context, tally);
  const inferred = tally.infer();
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
