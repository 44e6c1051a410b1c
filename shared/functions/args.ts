import type { CellValue } from '../ground/types';
import {
  DateReader,
  isBlank,
  isErrorValue,
  parseAmount,
  parsePercent,
  type DayNumber,
} from '../ground/values';

/**
 * Arguments as both hosts hand them to a custom function: a range is a 2D array (Apps Script
 * gives a one-cell range as a plain value), a blank cell is "" or null, and an omitted optional
 * argument is null in Excel and undefined in Apps Script.
 */
export type Arg = CellValue | CellValue[][];

/** The error classes both hosts know; Excel shows #VALUE!, #NUM!, #N/A and #DIV/0! for them. */
export type FunctionErrorKind = 'VALUE' | 'NUM' | 'NA' | 'DIV0';

export class FunctionError extends Error {
  constructor(
    readonly kind: FunctionErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}

export const valueError = (message: string) => new FunctionError('VALUE', message);
export const numError = (message: string) => new FunctionError('NUM', message);

export function isOmitted(arg: Arg): boolean {
  return arg === null || arg === undefined || (typeof arg === 'string' && arg === '');
}

/** Every cell of a range (or the one value), row by row. */
export function cells(arg: Arg): CellValue[] {
  if (Array.isArray(arg)) return arg.flat();
  return [arg as CellValue];
}

function single(name: string, arg: Arg): CellValue {
  if (!Array.isArray(arg)) return arg;
  const all = arg.flat();
  if (all.length !== 1)
    throw valueError(`${name} must be a single value, not a range of ${all.length} cells`);
  return all[0];
}

export function requiredNumber(name: string, arg: Arg): number {
  const value = single(name, arg);
  if (isBlank(value)) throw valueError(`${name} is required`);
  const parsed = parseAmount(value, '.');
  if (parsed.ok !== true) throw valueError(`${name} must be a number: ${describe(value)}`);
  return parsed.value;
}

export function optionalNumber(name: string, arg: Arg, fallback: number): number {
  return isOmitted(single(name, arg)) ? fallback : requiredNumber(name, arg);
}

export function nonNegative(name: string, n: number): number {
  if (n < 0) throw valueError(`${name} cannot be negative (${n})`);
  return n;
}

export function positive(name: string, n: number): number {
  if (!(n > 0)) throw numError(`${name} must be more than 0 (${n})`);
  return n;
}

/** A rate as a share: 0.25 or "25%"; 25 is refused rather than guessed, since 25 and 25% differ 100-fold. */
export function rate(name: string, arg: Arg): number {
  const value = single(name, arg);
  if (isBlank(value)) throw valueError(`${name} is required`);
  const n =
    typeof value === 'string' && value.trim().endsWith('%')
      ? percentText(name, value)
      : requiredNumber(name, value);
  if (!(n > 0 && n <= 1))
    throw numError(`${name} must be above 0% and at most 100% (got ${n}); write 25% as 0.25`);
  return n;
}

/** A probability: 0 to 1 inclusive, or "40%". */
export function share(name: string, arg: Arg): number {
  const value = single(name, arg);
  const n =
    typeof value === 'string' && value.trim().endsWith('%')
      ? percentText(name, value)
      : requiredNumber(name, value);
  if (!(n >= 0 && n <= 1)) throw numError(`${name} must be from 0 to 1 (got ${n}); write 40% as 0.4`);
  return n;
}

function percentText(name: string, text: string): number {
  const parsed = parsePercent(text);
  if (parsed.ok !== true) throw valueError(`${name} must be a percentage: ${describe(text)}`);
  return parsed.value;
}

export function text(arg: Arg): string {
  const value = Array.isArray(arg) ? arg.flat()[0] : arg;
  return isBlank(value) ? '' : String(value).trim();
}

/** Amounts in a range; blanks are skipped, anything else unreadable names its position. */
export function amounts(name: string, arg: Arg): number[] {
  const out: number[] = [];
  cells(arg).forEach((cell, i) => {
    if (isBlank(cell)) return;
    const parsed = parseAmount(cell, '.');
    if (parsed.ok !== true) throw valueError(`${name}: item ${i + 1} is not an amount: ${describe(cell)}`);
    out.push(parsed.value);
  });
  return out;
}

const dates = new DateReader('MDY');

/** A date as the hosts give it: a serial (Excel), a Date (Apps Script) or date text. */
export function day(name: string, value: CellValue): DayNumber {
  const parsed = dates.read(value);
  if (parsed.ok === true) return parsed.value;
  throw valueError(parsed.ok === 'empty' ? `${name} is required` : `${name}: ${parsed.reason}`);
}

export function optionalDay(name: string, arg: Arg, fallback: () => DayNumber): DayNumber {
  const value = single(name, arg);
  return isOmitted(value) ? fallback() : day(name, value);
}

export function describe(value: CellValue): string {
  if (isErrorValue(value)) return `the cell holds the error ${value}`;
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}
