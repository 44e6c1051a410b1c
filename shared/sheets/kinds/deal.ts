import type { CellValue } from '../../ground/types';
import { cellText, isErrorValue, type DayNumber } from '../../ground/values';
import type { StageInfo } from '../stages';

/**
 * A pipeline row: the deal record every pipeline rule reads. Kept apart from the pipeline's reader
 * so that what the reader builds on it (deal listings) can name it without a cycle.
 */
export const PIPELINE_FIELDS = [
  'deal',
  'owner',
  'stage',
  'status',
  'isWon',
  'isClosed',
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
] as const;
export type PipelineField = (typeof PIPELINE_FIELDS)[number];

/** A value that could not be read as its column's type. */
export interface ValueProblem {
  column: number;
  field?: PipelineField;
  reason: string;
}

export const DATE_FIELDS = ['created', 'stageDate', 'closeDate', 'lastActivity'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** One pipeline row, read once and shared by every rule. */
export interface Deal {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: CellValue[];
  readonly id?: string;
  readonly owner?: string;
  readonly stageText?: string;
  readonly stage?: StageInfo;
  readonly amount?: number;
  readonly created?: DayNumber;
  readonly stageDate?: DayNumber;
  readonly closeDate?: DayNumber;
  readonly lastActivity?: DayNumber;
  readonly nextStep?: string;
  readonly source?: string;
  readonly probability?: number;
  readonly product?: string;
  readonly account?: string;
  /** Rule ids listed in the row's "Lint ignore" cell; `*` silences every rule. */
  readonly ignore?: string[];
  readonly problems?: ValueProblem[];
  /** Set when an earlier row of the sheet has the same deal id: a further line, or a duplicate. */
  readonly listing?: Listing;
}

/** The deal fields held as text. */
export type DealTextField = 'id' | 'owner' | 'stageText' | 'nextStep' | 'source' | 'product' | 'account';
/** The deal fields held as numbers: an amount, a probability, the dates as day numbers. */
export type DealNumberField = 'amount' | 'probability' | DateField;

/** How a day column says "no date": day numbers are whole days between the years 1900 and 9999. */
const NO_DAY = -0x80000000;

/** The most distinct stage spellings a pipeline codes; rows past that are read from their cells. */
const MAX_CODES = 0xffff;

/**
 * The stage column's spellings: a pipeline has a dozen or so, down a million rows. Each distinct
 * cell text is read (and its stage looked up) once and each row keeps a two-byte code, so the
 * rules that ask every row how its stage is written read a small array, not the row's cells.
 */
class StageSpellings {
  /** Per row, 1 + the index of its text in `texts`; 0 when the row's cell is read as it is. */
  readonly codes: Uint16Array;
  /** Per code less one, the text (undefined for a blank cell). */
  readonly texts: (string | undefined)[] = [];
  private readonly index = new Map<string, number>();

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
  }

  /** Codes a row whose stage cell holds a string that is not an error value; 0 once there are too many. */
  note(at: number, cell: string): number {
    let code = this.index.get(cell);
    if (code === undefined) {
      if (this.texts.length >= MAX_CODES) return 0;
      code = this.texts.push(cellText(cell));
      this.index.set(cell, code);
    }
    this.codes[at] = code;
    return code;
  }
}

/**
 * The pipeline's deals, column by column. On a big sheet memory is time: every megabyte a lint
 * touches for the first time costs the system a page fault, and a million deals as objects of 19
 * fields were 180 MB. So only what a cell does not already say is kept: the sheet row, the amount
 * and probability as numbers, the dates as whole days, the stage as a small code; texts are read
 * from the cells when asked (a row's text is its cell, trimmed), and the rare extras (value
 * problems, "Lint ignore" lists, listings, ids renamed by a lookup list) are kept for the rows that
 * have them. A row is a two-field view over this (`Deal`), so rules still read `deal.amount`.
 */
export class DealColumns {
  size = 0;
  readonly rows: Int32Array;
  readonly amount?: Float64Array;
  readonly probability?: Float64Array;
  readonly created?: Int32Array;
  readonly stageDate?: Int32Array;
  readonly closeDate?: Int32Array;
  readonly lastActivity?: Int32Array;
  /** Per row, 1 + the index of its stage in `stageList`; 0 when it has none. */
  private readonly stageCodes: Uint16Array;
  private readonly stageList: StageInfo[] = [];
  private readonly stageCode = new Map<StageInfo, number>();
  private readonly problems = new RowExtras<ValueProblem[]>();
  private readonly ignores = new RowExtras<string[]>();
  private readonly listings = new RowExtras<Listing>();
  private readonly spellings?: StageSpellings;
  private renamed?: Map<DealTextField, Map<number, string>>;

  /**
   * @param values the sheet's rows, which the deals' cells are
   * @param textColumns per text field, its 0-based column in the sheet
   * @param numberFields the number fields the sheet has a column for
   */
  constructor(
    private readonly values: readonly CellValue[][],
    private readonly textColumns: Readonly<Partial<Record<DealTextField, number>>>,
    numberFields: ReadonlySet<DealNumberField>,
    capacity: number,
  ) {
    this.rows = new Int32Array(capacity);
    this.stageCodes = new Uint16Array(capacity);
    if (textColumns.stageText !== undefined) this.spellings = new StageSpellings(capacity);
    const self = this as { -readonly [F in DealNumberField]?: Float64Array | Int32Array };
    for (const field of numberFields)
      self[field] =
        field === 'amount' || field === 'probability'
          ? new Float64Array(capacity).fill(NaN)
          : new Int32Array(capacity).fill(NO_DAY);
  }

  /** A new row at the end, for the sheet's 1-based row; its fields all unset. */
  add(row: number): number {
    const at = this.size++;
    this.rows[at] = row;
    return at;
  }

  cells(at: number): CellValue[] {
    return this.values[this.rows[at] - 1];
  }

  /** A text field as `cellText` reads it; an error value is no text. */
  text(field: DealTextField, at: number): string | undefined {
    const renamed = this.renamed?.get(field)?.get(at);
    if (renamed !== undefined) return renamed;
    if (field === 'stageText' && this.spellings !== undefined) {
      const code = this.spellings.codes[at];
      if (code !== 0) return this.spellings.texts[code - 1];
    }
    const column = this.textColumns[field];
    if (column === undefined) return undefined;
    const value = this.values[this.rows[at] - 1][column];
    // Most texts are already trimmed, and then they are the cell itself: nothing to make.
    if (typeof value === 'string' && isPlainText(value)) return value;
    return isErrorValue(value) ? undefined : cellText(value);
  }

  /**
   * Codes a row's stage spelling, from its cell: a string that is not an error value. Returns the
   * code, 0 when the column has too many distinct texts to code (the cell is then read as it is).
   */
  noteSpelling(at: number, cell: string): number {
    return this.spellings?.note(at, cell) ?? 0;
  }

  /** Puts another name in a text field (an id a lookup list names). */
  rename(field: DealTextField, at: number, text: string): void {
    const renamed = (this.renamed ??= new Map());
    let names = renamed.get(field);
    if (!names) renamed.set(field, (names = new Map()));
    names.set(at, text);
  }

  number(field: 'amount' | 'probability', at: number): number | undefined {
    const n = this[field]?.[at];
    return n === undefined || Number.isNaN(n) ? undefined : n;
  }

  setNumber(field: 'amount' | 'probability', at: number, value: number): void {
    this[field]![at] = value;
  }

  day(field: DateField, at: number): DayNumber | undefined {
    const day = this[field]?.[at];
    return day === undefined || day === NO_DAY ? undefined : day;
  }

  setDay(field: DateField, at: number, day: DayNumber): void {
    this[field]![at] = day;
  }

  stage(at: number): StageInfo | undefined {
    const code = this.stageCodes[at];
    return code === 0 ? undefined : this.stageList[code - 1];
  }

  setStage(at: number, stage: StageInfo | undefined): void {
    if (stage === undefined) {
      this.stageCodes[at] = 0;
      return;
    }
    let code = this.stageCode.get(stage);
    if (code === undefined) {
      this.stageList.push(stage);
      this.stageCode.set(stage, (code = this.stageList.length));
    }
    this.stageCodes[at] = code;
  }

  problemsOf(at: number): ValueProblem[] | undefined {
    return this.problems.get(at);
  }

  addProblem(at: number, problem: ValueProblem): void {
    const problems = this.problems.get(at);
    if (problems) problems.push(problem);
    else this.problems.set(at, [problem], this.rows.length);
  }

  ignoreOf(at: number): string[] | undefined {
    return this.ignores.get(at);
  }

  setIgnore(at: number, ignore: string[]): void {
    this.ignores.set(at, ignore, this.rows.length);
  }

  listingOf(at: number): Listing | undefined {
    return this.listings.get(at);
  }

  setListing(at: number, listing: Listing): void {
    this.listings.set(at, listing, this.rows.length);
  }

  /** Every row as a `Deal`, in sheet order. */
  deals(): Deal[] {
    // Sized once: pushing a million would copy the array to a bigger one some thirty times.
    const deals = new Array<Deal>(this.size);
    for (let at = 0; at < this.size; at++) deals[at] = new DealRow(this, at);
    return deals;
  }
}

/**
 * Something only some rows have, kept for those rows. Rules ask every row (is it a further line?
 * has it value problems?), so the ask is an array read, not a `Map` lookup: a million lookups a rule
 * were a quarter of a second each.
 */
class RowExtras<T> {
  /** Per row, 1 + the index of its value in `values`; 0 when it has none. Made with the first value. */
  private slots?: Int32Array;
  private readonly values: T[] = [];

  get(at: number): T | undefined {
    const slot = this.slots === undefined ? 0 : this.slots[at];
    return slot === 0 ? undefined : this.values[slot - 1];
  }

  set(at: number, value: T, capacity: number): void {
    const slots = (this.slots ??= new Int32Array(capacity));
    if (slots[at] !== 0) this.values[slots[at] - 1] = value;
    else slots[at] = this.values.push(value);
  }
}

/**
 * A text that is its own `cellText`: printable ASCII at both ends, so nothing to trim, and no "#"
 * first, so no error value. Anything else takes the full read.
 */
function isPlainText(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && first !== 35 && last > 32 && last < 127;
}

/** A deal as the rules read it: one row of `DealColumns`, read field by field as asked. */
class DealRow implements Deal {
  constructor(
    private readonly columns: DealColumns,
    private readonly at: number,
  ) {}

  get row() {
    return this.columns.rows[this.at];
  }
  get cells() {
    return this.columns.cells(this.at);
  }
  get id() {
    return this.columns.text('id', this.at);
  }
  get owner() {
    return this.columns.text('owner', this.at);
  }
  get stageText() {
    return this.columns.text('stageText', this.at);
  }
  get stage() {
    return this.columns.stage(this.at);
  }
  get amount() {
    return this.columns.number('amount', this.at);
  }
  get created() {
    return this.columns.day('created', this.at);
  }
  get stageDate() {
    return this.columns.day('stageDate', this.at);
  }
  get closeDate() {
    return this.columns.day('closeDate', this.at);
  }
  get lastActivity() {
    return this.columns.day('lastActivity', this.at);
  }
  get nextStep() {
    return this.columns.text('nextStep', this.at);
  }
  get source() {
    return this.columns.text('source', this.at);
  }
  get probability() {
    return this.columns.number('probability', this.at);
  }
  get product() {
    return this.columns.text('product', this.at);
  }
  get account() {
    return this.columns.text('account', this.at);
  }
  get ignore() {
    return this.columns.ignoreOf(this.at);
  }
  get problems() {
    return this.columns.problemsOf(this.at);
  }
  get listing() {
    return this.columns.listingOf(this.at);
  }
}

export function isOpen(deal: Deal): boolean {
  return deal.stage !== undefined && deal.stage.closed === undefined;
}

/**
 * A deal id on several rows. Order exports and quote sheets list a deal once per product, so the
 * rows of one deal that agree on everything about the deal and differ in what was sold are one
 * deal with lines. A row that says something else about the deal (another owner, stage or close
 * date), or repeats a row whole, is a duplicate.
 */
export interface Listing {
  /** The deal's first row. */
  first: Deal;
  /** True when this row is a further line of the deal: only its line fields differ. */
  line: boolean;
  /** The first deal-level field this row and the first row fill in differently. */
  conflict?: ConflictField;
  /** An earlier row of the deal this one repeats in every line field. */
  repeats?: Deal;
}

/** What belongs to the deal, not to a line: two rows of one deal must agree on these. */
export const DEAL_LEVEL_FIELDS = [
  'owner',
  'stage',
  'closeDate',
  'created',
  'stageDate',
  'account',
  'source',
  'probability',
] as const;
export type ConflictField = (typeof DEAL_LEVEL_FIELDS)[number] | 'amount';
