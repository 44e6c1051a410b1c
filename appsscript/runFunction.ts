import { callFunction, type FunctionSpec } from '../shared/functions/catalog';
import { FunctionError, type Arg } from '../shared/functions/args';
import { dayFromDate, type DayNumber } from '../shared/ground/values';
import { formatInSheets, serialReader, todayIn } from './zone';

/**
 * The spreadsheet's clock: its time zone, asked for only when a date or "today" is needed. Outside
 * a spreadsheet (the bundle loaded in a test) there is none, and the script's own clock is used.
 */
function spreadsheetZone(): string | undefined {
  if (typeof SpreadsheetApp === 'undefined' || typeof Utilities === 'undefined') return undefined;
  return SpreadsheetApp.getActive()?.getSpreadsheetTimeZone();
}

/**
 * The arguments with every Date (alone or in a range) as the serial Excel would pass for the same
 * cell: Sheets hands a date cell over as the moment its day begins in the spreadsheet's zone, which
 * the script, running in Etc/UTC, would otherwise read as the day before east of Greenwich.
 */
export function sheetsArguments(
  args: unknown[],
  zone: () => string | undefined = spreadsheetZone,
): unknown[] {
  const hasDate = (a: unknown): boolean => a instanceof Date || (Array.isArray(a) && a.some(hasDate));
  if (!args.some(hasDate)) return args;
  const timeZone = zone();
  if (timeZone === undefined) return args;
  const toSerial = serialReader(timeZone, formatInSheets);
  const convert = (a: unknown): unknown =>
    a instanceof Date ? toSerial(a) : Array.isArray(a) ? a.map(convert) : a;
  return args.map(convert);
}

/** Today in the spreadsheet's zone, as a person looking at the sheet would say it. */
export function sheetsToday(zone: () => string | undefined = spreadsheetZone, now = new Date()): DayNumber {
  const timeZone = zone();
  return timeZone === undefined ? dayFromDate(now) : todayIn(timeZone, formatInSheets, now);
}

/**
 * Runs a catalog function for Google Sheets: a one-cell range arrives as a plain value and an
 * omitted optional as undefined, both of which the catalog accepts. Sheets shows a thrown
 * Error's message on the cell, so the error class goes into the text.
 */
export function runForSheets(name: FunctionSpec['name'], args: unknown[]): ReturnType<typeof callFunction> {
  try {
    return callFunction(name, sheetsArguments(args) as Arg[], { today: () => sheetsToday() });
  } catch (e) {
    if (e instanceof FunctionError) throw new Error(`${name}: ${e.message}`);
    throw e;
  }
}
