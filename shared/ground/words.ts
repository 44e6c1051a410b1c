/**
 * How counts, numbers and shares read wherever Pipelint writes them: rule messages, the CLI's
 * report and the panel all use these, so "$250,000" never reads "250,000" somewhere else.
 */

/** 8800 → "8,800"; written out rather than `toLocaleString` so every host prints the same. */
export function groupDigits(n: number): string {
  // Day counts and row numbers, most of what messages count, have nothing to group.
  if (n > -1000 && n < 1000 && Number.isInteger(n)) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** "1 error", "3 errors", "8,800 rows", "2 fixes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

// Made once: n.toLocaleString('en-US', {...}) builds a new formatter on every call (~20 µs).
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** At most two decimals, digits grouped: 1234.5 → "1,234.5". */
export function money(n: number): string {
  return TWO_DECIMALS.format(n);
}

/** 0.35 → "35%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A share as percentage points to one decimal, as a person types it: 0.125 → 12.5. */
export function percentPoints(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** What a number counts: money, things, or plain numbers. */
export type FigureUnit = 'amount' | 'count' | 'number';

/**
 * 12, 6.5, $250,000: a measured number as it reads. Amounts are whole and carry the workbook's own
 * currency symbol when its number formats show one (see `currencyOf`), else none.
 */
export function figure(n: number, unit: FigureUnit, currency = ''): string {
  if (unit === 'amount') return `${currency}${money(Math.round(n))}`;
  return ONE_DECIMAL.format(n);
}

/** `"$"#,##0.00`, `$#,##0`, `[$€-407] #,##0`, `#,##0 "€"`: the currency symbol a number format shows. */
const CURRENCY_IN_FORMAT = /\[\$([^\]-]+)(?:-[^\]]*)?\]|"([$€£¥₹]|[A-Z]{3})"|([$€£¥₹])/;

/** The currency symbol the first number format to show one uses; '' when none does. */
export function currencyOf(formats: Iterable<string | null | undefined>): string {
  for (const format of formats) {
    const m = format ? CURRENCY_IN_FORMAT.exec(format) : null;
    if (m) return m[1] ?? m[2] ?? m[3];
  }
  return '';
}

/**
 * The same text, stored in one piece. A message built from a template is a tree of the pieces it
 * joined (about 360 bytes for a 100-character message), which lives as long as the diagnostic; one
 * piece is about 140. A lint of a million rows keeps a quarter of a million messages. Reading a
 * character makes V8 join the tree in place, so the text is the same value, only smaller.
 */
export function flatText(text: string): string {
  if (text.length > 0) text.charCodeAt(text.length - 1);
  return text;
}
