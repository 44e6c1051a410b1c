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
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
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

/** Amounts: numbers as they are; text like "$12,000", "12k", "1.2M", "(500)" or "1.200,50" by locale. */
export function parseAmount(
  cell: CellValue,
  decimal: DecimalSeparator,
  isDateFormatted = false,
): Parsed<number> {
  const value = present(cell);
  if (value === undefined) return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(`${value} is not a finite amount`);
    if (isDateFormatted) return fail(`${value} is formatted as a date, not an amount`);
    return ok(value);
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

/** Which orders a numeric date like 03/04/2017 fits; both for an ambiguous one. */
export function numericDateOrders(text: string): DateOrder[] | undefined {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const orders: DateOrder[] = [];
  if (first >= 1 && first <= 12 && second >= 1 && second <= 31) orders.push('MDY');
  if (second >= 1 && second <= 12 && first >= 1 && first <= 31) orders.push('DMY');
  return orders;
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

function parseDateText(text: string, order: DateOrder): Date | undefined {
  if (ISO_LIKE.test(text)) {
    const date = parseISO(text);
    if (isValid(date)) return date;
    if (!YMD.test(text)) return undefined;
  }
  if (YMD.test(text)) {
    const date = parse(text.replace(/[/.]/g, '-'), 'yyyy-M-d', REFERENCE_DATE);
    return isValid(date) ? date : undefined;
  }
  if (NUMERIC_DATE.test(text)) return parseNumericDate(text, order);
  for (const pattern of NAMED_MONTH_FORMATS) {
    const date = parse(text, pattern, REFERENCE_DATE);
    if (isValid(date)) return date;
  }
  return undefined;
}

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
 * over many rows, and date parsing is the costliest step of a lint.
 */
export class DateReader {
  private readonly cache = new Map<string, Parsed<DayNumber>>();

  constructor(private readonly order: DateOrder) {}

  read(cell: CellValue): Parsed<DayNumber> {
    const value = present(cell);
    if (value === undefined) return EMPTY;
    if (typeof value === 'number') {
      if (value < MIN_SERIAL || value > MAX_SERIAL || !Number.isFinite(value)) {
        return fail(`${value} is not a date`);
      }
      return ok(dayFromSerial(value));
    }
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
    const date = parseDateText(text, this.order);
    if (!date) return fail(`"${text}" is not a date`);
    const year = date.getFullYear();
    if (year < 1900 || year > 9999) return fail(`"${text}" is outside the years 1900 to 9999`);
    return ok(dayFromDate(date));
  }
}
