/**
 * Dates between Google Sheets and the core. Apps Script hands a date cell over as a Date: the
 * moment that day (and time) begins in the spreadsheet's own time zone. The script runs in another
 * zone (Etc/UTC, set in appsscript.json), so reading that Date's day with getDate() gives the day
 * before for every spreadsheet east of Greenwich: 1 May in Berlin is 30 April 22:00 UTC. Each Date
 * is read in the spreadsheet's zone instead, the Apps Script way (Utilities.formatDate), and handed
 * on as the serial Excel holds for the same cell, so both hosts give the core the same numbers.
 */
import type { CellValue } from '../shared/ground/types';
import type { DayNumber } from '../shared/ground/values';
import { serialFromDay } from '../shared/ground/values';

/** Utilities.formatDate's signature, passed in so the conversion is testable outside Apps Script. */
export type FormatDate = (date: Date, timeZone: string, pattern: string) => string;

/** Utilities.formatDate, looked up when called: the global exists only inside Apps Script. */
export const formatInSheets: FormatDate = (date, timeZone, pattern) =>
  Utilities.formatDate(date, timeZone, pattern);

/** A day and time of day as the spreadsheet's clock shows them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = 'yyyy-MM-dd HH:mm:ss';
const WALL = /^(-?\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The spreadsheet's clock at a moment. Milliseconds are the same in every zone, so they are kept. */
export function wallClock(date: Date, timeZone: string, format: FormatDate): WallClock {
  const m = WALL.exec(format(date, timeZone, PATTERN));
  if (!m) throw new Error(`Unexpected date text from Utilities.formatDate for ${date.toISOString()}`);
  const [year, month, day, hours, minutes, seconds] = m.slice(1).map(Number);
  return { year, month, day, hours, minutes, seconds: seconds + date.getMilliseconds() / 1000 };
}

/** The core's day number of a wall-clock day, whatever zone the script runs in. */
export function dayOf(wall: WallClock): DayNumber {
  return Math.round(Date.UTC(wall.year, wall.month - 1, wall.day) / MS_PER_DAY);
}

/** The Excel serial of a wall-clock moment: the day's serial plus the fraction of the day gone by. */
export function serialOf(wall: WallClock): number {
  const time = (wall.hours * 3600 + wall.minutes * 60 + wall.seconds) / 86_400;
  return serialFromDay(dayOf(wall)) + time;
}

/**
 * Reads Dates as serials in the spreadsheet's zone. A pipeline repeats the same few thousand dates
 * over its rows, so each distinct moment is formatted once: a 100,000-row read asks Utilities
 * for a few thousand dates, not 200,000.
 */
export function serialReader(timeZone: string, format: FormatDate): (date: Date) => number | null {
  const seen = new Map<number, number>();
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return null;
    let serial = seen.get(time);
    if (serial === undefined) seen.set(time, (serial = serialOf(wallClock(date, timeZone, format))));
    return serial;
  };
}

/** Every Date in a grid replaced by its serial, in place (a 100,000-row grid is not copied). */
export function serialsInPlace(grid: unknown[][], toSerial: (date: Date) => number | null): CellValue[][] {
  for (const row of grid)
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v instanceof Date) row[c] = toSerial(v);
    }
  return grid as CellValue[][];
}

/** A Date whose local day is the wall-clock day: what `loadConfig(raw, today)` and date-fns expect. */
export function localDate(wall: WallClock): Date {
  return new Date(wall.year, wall.month - 1, wall.day, wall.hours, wall.minutes, Math.floor(wall.seconds));
}

/** Today in the spreadsheet's zone, as the core counts days. */
export function todayIn(timeZone: string, format: FormatDate, now = new Date()): DayNumber {
  return dayOf(wallClock(now, timeZone, format));
}

/** A moment as the spreadsheet's clock shows it, as text Sheets reads back as that date and time. */
export function wallText(date: Date, timeZone: string, format: FormatDate): string {
  return format(date, timeZone, PATTERN);
}
