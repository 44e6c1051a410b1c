import { numericDateOrders, numericDateSeparator, type DateOrder } from '../ground/values';
import type { CellValue } from '../ground/types';
import type { ReadContext } from './kind';

/** A numeric date pattern of one column whose day/month order its own values could not settle. */
export interface DateOrderNote {
  kind: 'ambiguous' | 'mixed';
  /** The pattern's separator, "/", "." or "-". */
  separator: string;
  /** Whether the column writes numeric dates with other separators too (then messages name this one). */
  otherPatterns: boolean;
  assumed: DateOrder;
  /** A row holding an example value (1-based). */
  row: number;
  example: string;
}

export interface SettledOrders {
  bySeparator: Map<string, DateOrder>;
  notes: DateOrderNote[];
}

/** A numeric date has its first separator at index 1 or 2 (after any space); ISO dates and words skip the set lookup. */
function mayBeNumericDate(text: string): boolean {
  if (text.charCodeAt(0) === 32) return true;
  const c1 = text.charCodeAt(1);
  const c2 = text.charCodeAt(2);
  return c1 === 47 || c1 === 46 || c1 === 45 || c2 === 47 || c2 === 46 || c2 === 45; // / . -
}

interface Evidence {
  MDY: number;
  DMY: number;
  both: number;
  example?: { row: number; text: string };
}

/**
 * Settles the day/month order of one column's text dates, separately for each separator. Real
 * exports put "02/05/2024" (day-first) and "05-02-2024" (month-first) in one column, because two
 * systems or two people wrote them, and each pattern is consistent within itself. A 25 in the first
 * place can only be a day; a pattern whose values all fit both orders follows the locale, and is
 * reported when the locale is only the default guess; a pattern with both shapes is reported mixed.
 */
export function settleDateOrders(
  rows: readonly (readonly CellValue[] | undefined)[],
  firstData: number,
  column: number,
  context: Pick<ReadContext, 'dateOrder' | 'dateOrderExplicit'>,
): SettledOrders {
  const patterns = new Map<string, Evidence>();
  const seen = new Set<string>();
  for (let i = firstData; i < rows.length; i++) {
    const v = rows[i]?.[column - 1];
    if (typeof v !== 'string' || !mayBeNumericDate(v) || seen.has(v)) continue;
    seen.add(v);
    const fits = numericDateOrders(v);
    if (!fits || fits.length === 0) continue;
    const separator = numericDateSeparator(v)!;
    let evidence = patterns.get(separator);
    if (!evidence) patterns.set(separator, (evidence = { MDY: 0, DMY: 0, both: 0 }));
    if (fits.length === 2) {
      evidence.both++;
      evidence.example ??= { row: i + 1, text: v };
    } else {
      evidence[fits[0]]++;
      if (fits[0] !== context.dateOrder) evidence.example = { row: i + 1, text: v };
    }
  }
  const bySeparator = new Map<string, DateOrder>();
  const notes: DateOrderNote[] = [];
  for (const [separator, evidence] of patterns) {
    const note = (kind: DateOrderNote['kind']) =>
      notes.push({
        kind,
        separator,
        otherPatterns: patterns.size > 1,
        assumed: context.dateOrder,
        row: evidence.example!.row,
        example: evidence.example!.text,
      });
    if (evidence.MDY && evidence.DMY) note('mixed');
    else if (evidence.MDY || evidence.DMY) bySeparator.set(separator, evidence.MDY ? 'MDY' : 'DMY');
    else if (!context.dateOrderExplicit) note('ambiguous');
  }
  return { bySeparator, notes };
}
