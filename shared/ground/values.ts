import { isValid, parse, parseISO, format } from 'date-fns';
import type { CellValue } from './types';

/**
 * Cell values as people really type them. Dates are kept as day numbers (days since 1970-01-01),
 * so comparing two dates is a subtraction; date-fns does the parsing and formatting.
 */
export type DayNumber = number;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string } | { ok: 'empty' };

const EMPTY = { ok: 'empty' } as const;
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

const ERROR_VALUE =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|ERROR!|GETTING_DATA)$/;

/** Spreadsheet error values (#N/A, #REF!, ...) as both hosts hand them over: as text. */
export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && value.charCodeAt(0) === 35 && ERROR_VALUE.test(value);
}

export function isBlank(value: CellValue): boolean {
  if (typeof value !== 'string') return value === null || value === undefined;
  // Most texts start with a printable ASCII character, which no blank does: no trim to make.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

/** The value, or undefined for a blank cell (null, undefined or only spaces). */
function present(value: CellValue): NonNullable<CellValue> | undefined {
  return isBlank(value) ? undefined : (value as NonNullable<CellValue>);
}

/** Text of a cell for names, ids and stages; numbers keep their plain form. */
export function cellText(value: CellValue): string | undefined {
  if (isBlank(value)) return undefined;
  if (value instanceof Date) return isValid(value) ? format(value, 'yyyy-MM-dd') : undefined;
  return String(value).trim();
}

const YES = new Set(['yes', 'y', 'true', 'x', '1', '✓', 'sí', 'si', 'oui', 'ja']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non']);

/**
 * A yes/no cell as people fill one: TRUE/FALSE, 1/0, yes/no, y/n, a tick or an x, in a few
 * languages. Undefined for blanks and anything else, so a caller can say what a blank means.
 */
export function yesOrNo(value: CellValue): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return YES.has(text) ? true : NO.has(text) ? false : undefined;
}

/** A cell's text for a reader that takes words: undefined for a blank cell or an error value. */
export function wordsOf(value: CellValue): string | undefined {
  return isErrorValue(value) ? undefined : cellText(value) || undefined;
}

export function describeValue(value: CellValue): string {
  if (value instanceof Date) return isValid(value) ? format(value, 'yyyy-MM-dd') : 'an invalid date';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  return String(value);
}

export type DecimalSeparator = '.' | ',';

const CURRENCY = /^(?:[A-Z]{3}\s*)?[$€£¥₹]?\s*|\s*[$€£¥₹]?(?:\s*[A-Z]{3})?$/g;
const SCALE: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
const DOT_DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
const COMMA_DECIMAL = /^(?:\d{1,3}(?:[.\s\u00a0\u202f']\d{3})+|\d+)(?:,\d+)?$|^,\d+$/;

/**
 * A number that is an amount as it stands: finite, in a cell not formatted as a date. The cheap
 * path of `parseAmount`, for readers of many rows; undefined for anything `parseAmount` must judge.
 */
export function plainAmount(value: CellValue, isDateFormatted: boolean): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && !isDateFormatted ? value : undefined;
}

/** Amounts: numbers as they are; text like "$12,000", "12k", "1.2M", "(500)" or "1.200,50" by locale. */
export function parseAmount(
  cell: CellValue,
  decimal: DecimalSeparator,
  isDateFormatted = false,
): Parsed<number> {
  const value = present(cell);
  if (value === undefined) return EMPTY;
  if (typeof value === 'number') {
    const amount = plainAmount(value, isDateFormatted);
    if (amount !== undefined) return ok(amount);
    if (!Number.isFinite(value)) return fail(`${value} is not a finite amount`);
    return fail(`${value} is formatted as a date, not an amount`);
  }
  if (value instanceof Date) return fail(`${describeValue(value)} is a date, not an amount`);
  if (typeof value === 'boolean') return fail(`${value} is not an amount`);
  if (isErrorValue(value)) return fail(`the cell holds the error ${value}`);
  return parseAmountText(value.trim(), decimal);
}

/** Bare whole numbers, as CSV exports write amounts: the same in every locale, so read them directly. */
const PLAIN_NUMBER = /^-?\d{1,15}$/;

function parseAmountText(text: string, decimal: DecimalSeparator): Parsed<number> {
  if (PLAIN_NUMBER.test(text)) return ok(Number(text));
  let body = text;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  body = body.replace(CURRENCY, '');
  if (body.startsWith('-') || body.endsWith('-')) {
    sign = -sign;
    body = body.replace(/^-|-$/, '');
  }
  body = body.replace(CURRENCY, '');
  const scaleMatch = /\s*(k|mm|mn|m|bn|b)$/i.exec(body);
  const scale = scaleMatch ? SCALE[scaleMatch[1].toLowerCase()] : 1;
  if (scaleMatch) body = body.slice(0, scaleMatch.index);
  const plain =
    decimal === '.'
      ? toPlainNumber(body, DOT_DECIMAL, /,/g, '.')
      : toPlainNumber(body, COMMA_DECIMAL, /[.\s\u00a0\u202f']/g, ',');
  if (plain === undefined) {
    const hint =
      decimal === '.' && COMMA_DECIMAL.test(body) ? ' (it looks like a decimal comma: set "locale")' : '';
    return fail(`"${text}" is not an amount${hint}`);
  }
  return ok(sign * plain * scale);
}

function toPlainNumber(body: string, shape: RegExp, groups: RegExp, decimal: string): number | undefined {
  if (!shape.test(body)) return undefined;
  const n = Number(body.replace(groups, '').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Probabilities and rates: 0.25, 25 (read as 25%) or "25%"; always 0..1 on the way out. */
export function parsePercent(cell: CellValue): Parsed<number> {
  const value = present(cell);
  if (value === undefined) return EMPTY;
  if (typeof value === 'string' && isErrorValue(value)) return fail(`the cell holds the error ${value}`);
  let n: number;
  /** A bare 25 means 25%; "150%" is already a share (1.5), not 150 points to scale again. */
  let points = true;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(value.trim());
    if (!m) return fail(`"${value}" is not a percentage`);
    n = Number(m[1].replace(',', '.'));
    if (m[2]) {
      n /= 100;
      points = false;
    }
  } else return fail(`${describeValue(value)} is not a percentage`);
  if (points && n > 1 && n <= 100) n /= 100;
  if (!(n >= 0 && n <= 1)) return fail(`${describeValue(value)} is outside 0% to 100%`);
  return ok(n);
}

// ---- dates ---------------------------------------------------------------------------------

export type DateOrder = 'MDY' | 'DMY';

/** A BCP 47 locale tag as people write one: en-US, de, pt-BR, zh-Hant-TW. */
export const LOCALE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01; serials before 61 carry the 1900 leap-year bug. */
const EXCEL_EPOCH_OFFSET = 25569;
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465; // 9999-12-31

export function dayFromDate(date: Date): DayNumber {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

export function dayFromSerial(serial: number): DayNumber {
  const whole = Math.floor(serial);
  return whole - (whole < 61 ? EXCEL_EPOCH_OFFSET - 1 : EXCEL_EPOCH_OFFSET);
}

/** Day number of 1900-03-01, the first day whose serial is past Excel's phantom 1900-02-29 (serial 60). */
const FIRST_DAY_AFTER_PHANTOM = -25508;

export function serialFromDay(day: DayNumber): number {
  return day + (day < FIRST_DAY_AFTER_PHANTOM ? EXCEL_EPOCH_OFFSET - 1 : EXCEL_EPOCH_OFFSET);
}

/** A day as a local Date at midnight, for date-fns formatting. */
export function dateFromDay(day: DayNumber): Date {
  const utc = new Date(day * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/**
 * A Date as local ISO text, "2027-06-30" or "2027-06-30 14:05:00" when it has a time of day: what
 * a host writes for a date, since Excel and Sheets both read that text as the same day in any
 * locale and store it as a date.
 */
export function localDateText(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const [h, m, s] = [date.getHours(), date.getMinutes(), date.getSeconds()];
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** Messages name the same few thousand days over and over; date-fns formatting is the slow part. */
const FORMATTED_DAYS = new Map<DayNumber, string>();

export function formatDay(day: DayNumber): string {
  let text = FORMATTED_DAYS.get(day);
  if (text === undefined) {
    if (FORMATTED_DAYS.size >= 100_000) FORMATTED_DAYS.clear();
    FORMATTED_DAYS.set(day, (text = format(dateFromDay(day), 'yyyy-MM-dd')));
  }
  return text;
}

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}(?:[T ].*)?$/;
/** Year first with one separator throughout: 2027-1-5, 2027/01/05, 2027.1.5 (parseISO wants two-digit parts). */
const YMD = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/;
/**
 * A time of day after the date, as exports write timestamps: "T10:04:00Z", " 10:04:00.123456 UTC",
 * "T10:04+03:00", " 3:15 PM". The date is kept as written: converting the zone would move the day
 * by the machine's own time zone, and the person who typed or exported it saw the written day.
 */
const TIME_SUFFIX =
  /[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
const NAMED_MONTH_FORMATS = [
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'd MMM yyyy',
  'd MMMM yyyy',
  // Two-digit years first: 'yyyy' would read Excel's "30-Jun-27" as the year 27.
  'd-MMM-yy',
  'd-MMM-yyyy',
  'EEE, MMM d, yyyy',
];
const REFERENCE_DATE = new Date(2000, 0, 1);

/** The separator of a numeric date such as 03/04/2017 ("/", "." or "-"); undefined for any other text. */
export function numericDateSeparator(text: string): string | undefined {
  return NUMERIC_DATE.exec(dateOnly(text.trim()))?.[2];
}

/** Which orders a numeric date like 03/04/2017 fits; both for an ambiguous one. */
export function numericDateOrders(text: string): DateOrder[] | undefined {
  const m = NUMERIC_DATE.exec(dateOnly(text.trim()));
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const orders: DateOrder[] = [];
  if (first >= 1 && first <= 12 && second >= 1 && second <= 31) orders.push('MDY');
  if (second >= 1 && second <= 12 && first >= 1 && first <= 31) orders.push('DMY');
  return orders;
}

/** The text without a trailing time of day and zone. */
function dateOnly(text: string): string {
  const time = TIME_SUFFIX.exec(text);
  return time && time.index > 0 ? text.slice(0, time.index).trim() : text;
}

function parseNumericDate(text: string, order: DateOrder): Date | undefined {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return undefined;
  const sep = m[2];
  const year = m[4].length === 2 ? 'yy' : 'yyyy';
  const pattern = order === 'MDY' ? `M${sep}d${sep}${year}` : `d${sep}M${sep}${year}`;
  const date = parse(text, pattern, REFERENCE_DATE);
  return isValid(date) ? date : undefined;
}

function parseDateText(written: string, orderOf: (separator: string) => DateOrder): Date | undefined {
  const text = dateOnly(written);
  if (ISO_LIKE.test(text)) {
    const date = parseISO(text);
    if (isValid(date)) return date;
    if (!YMD.test(text)) return undefined;
  }
  if (YMD.test(text)) {
    const date = parse(text.replace(/[/.]/g, '-'), 'yyyy-M-d', REFERENCE_DATE);
    return isValid(date) ? date : undefined;
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return parseNumericDate(text, orderOf(numeric[2]));
  for (const pattern of NAMED_MONTH_FORMATS) {
    const date = parse(text, pattern, REFERENCE_DATE);
    if (isValid(date)) return date;
  }
  return undefined;
}

const EPOCH_DAY = 86_400;
/**
 * Numbers too big to be a date serial, as databases and CRM APIs export times: Unix time in
 * seconds, milliseconds, microseconds or nanoseconds (told apart by size: each unit's range covers
 * the years 1973 to 5138 and they do not overlap), or a date written as the digits yyyymmdd.
 */
function dayFromBigNumber(n: number): DayNumber | undefined {
  if (n >= 19_000_101 && n <= 99_991_231 && Number.isInteger(n)) {
    const year = Math.floor(n / 10_000);
    const month = Math.floor(n / 100) % 100;
    const day = n % 100;
    const date = new Date(Date.UTC(year, month - 1, day));
    const fits = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return fits ? Math.round(date.getTime() / MS_PER_DAY) : undefined;
  }
  for (const [from, perSecond] of EPOCH_UNITS) {
    if (n >= from && n < from * 1000) return Math.floor(n / perSecond / EPOCH_DAY);
  }
  return undefined;
}

const EPOCH_UNITS: ReadonlyArray<readonly [number, number]> = [
  [1e8, 1],
  [1e11, 1e3],
  [1e14, 1e6],
  [1e17, 1e9],
];

const EPOCH_TEXT = /^\d{8,20}(?:\.\d+)?$/;

/** Date formats that mark a number as a date serial (Excel's codes, minus quoted text and colours). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat) return false;
  // Asked once per amount cell, and a sheet uses a handful of formats.
  let dated = DATE_FORMATS.get(numberFormat);
  if (dated === undefined) {
    const code = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    dated = /[dy]/i.test(code) || /(^|[^h:])m{3,}/i.test(code);
    DATE_FORMATS.set(numberFormat, dated);
  }
  return dated;
}

const DATE_FORMATS = new Map<string, boolean>();

/**
 * Reads one column's dates. Text is cached because a pipeline repeats the same few hundred dates
 * over many rows, and date parsing is the costliest step of a lint. A column may write numeric
 * dates with several separators, each in its own order ("02/05/2024" day-first beside
 * "05-02-2024" month-first): `bySeparator` gives the order of each, `order` the rest.
 */
export class DateReader {
  private readonly cache = new Map<string, Parsed<DayNumber>>();
  private readonly orderOf: (separator: string) => DateOrder;

  constructor(order: DateOrder, bySeparator?: ReadonlyMap<string, DateOrder>) {
    this.orderOf = (separator) => bySeparator?.get(separator) ?? order;
  }

  read(cell: CellValue): Parsed<DayNumber> {
    const value = present(cell);
    if (value === undefined) return EMPTY;
    if (typeof value === 'number') return readNumber(value);
    if (value instanceof Date) {
      if (!isValid(value)) return fail('the cell holds an invalid date');
      const year = value.getFullYear();
      return year < 1900 || year > 9999
        ? fail(`${describeValue(value)} is outside the years 1900 to 9999`)
        : ok(dayFromDate(value));
    }
    if (typeof value === 'boolean') return fail(`${value} is not a date`);
    const text = value.trim();
    let parsed = this.cache.get(text);
    if (!parsed) {
      parsed = this.readText(text);
      this.cache.set(text, parsed);
    }
    return parsed;
  }

  private readText(text: string): Parsed<DayNumber> {
    if (isErrorValue(text)) return fail(`the cell holds the error ${text}`);
    if (EPOCH_TEXT.test(text)) {
      const day = dayFromBigNumber(Number(text));
      return day === undefined ? fail(`"${text}" is not a date`) : ok(day);
    }
    const date = parseDateText(text, this.orderOf);
    if (!date) return fail(`"${text}" is not a date`);
    const year = date.getFullYear();
    if (year < 1900 || year > 9999) return fail(`"${text}" is outside the years 1900 to 9999`);
    return ok(dayFromDate(date));
  }
}

/**
 * The day of a number that is an Excel date serial, as nearly every date cell of a workbook is;
 * undefined for any other number. The cheap path of `DateReader.read`, for readers of many rows.
 */
export function serialDay(value: number): DayNumber | undefined {
  return value >= MIN_SERIAL && value <= MAX_SERIAL ? dayFromSerial(value) : undefined;
}

/** A serial, or a Unix time or yyyymmdd number too big to be one. */
function readNumber(value: number): Parsed<DayNumber> {
  const serial = serialDay(value);
  if (serial !== undefined) return ok(serial);
  if (!Number.isFinite(value) || value < MIN_SERIAL) return fail(`${value} is not a date`);
  const day = dayFromBigNumber(value);
  return day === undefined ? fail(`${value} is not a date`) : ok(day);
}
