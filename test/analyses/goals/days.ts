import { parseISO } from 'date-fns';
import { dayFromDate, formatDay, type DayNumber } from '../../../shared/ground/values';

/** "2027-06-30" as a day number, and back, so expectations read as dates. */
export const day = (iso: string): DayNumber => dayFromDate(parseISO(iso));
export const iso = (dayNumber: DayNumber): string => formatDay(dayNumber);
