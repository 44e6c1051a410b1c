/**
 * How texts are compared across sheets. A header is matched by its words alone; a name (a person,
 * a deal id, a product, a change, a sheet) the way a spreadsheet lookup matches it.
 */

/** Lowercase with everything but letters and digits removed: "Opportunity_ID" → "opportunityid". */
export function normalizeHeader(text: string): string {
  let key = NORMALIZED.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(text, key);
  }
  return key;
}

/**
 * Stages, statuses and headers repeat down a sheet, so each distinct text is normalised once: a
 * lookup instead of a lowercase copy and a Unicode regex for every row. Bounded, so a column of
 * all-different texts costs a lookup more, never memory.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 10_000;

/**
 * Whether a header names an id rather than a name: "Owner ID", "OwnerId", "rep_id",
 * "ASSIGNED_BY_ID", "Deal number", "Account code". An id column and a name column of the same thing
 * are two columns, not one written twice.
 */
export function isIdHeader(header: string): boolean {
  const text = header.split('\n')[0].trim();
  return ID_SUFFIX.test(text) || CAMEL_ID.test(text) || NUMBER_SUFFIX.test(text);
}

const ID_SUFFIX = /(?:^|[^\p{L}\p{N}])id(?:\s*18)?$/iu;
const CAMEL_ID = /\p{Ll}I[dD](?:18)?$/u;
const NUMBER_SUFFIX = /(?:^|[^\p{L}\p{N}])(?:no\.?|nr\.?|num|number|#|code|key|uuid|guid)$/iu;

/** Whitespace other than a single plain space: only then does collapsing runs change anything. */
const ODD_SPACING = /[^\S ]| {2}/;

/**
 * The key two names are matched by: case and extra spaces do not count, spelling does, as in a
 * spreadsheet lookup. Called for every deal id; most hold no odd spacing, so the rewrite is skipped
 * then. Upper case, not lower: ids are mostly upper case already, and then no new string is made.
 */
export function nameKey(text: string): string {
  const trimmed = text.trim();
  return (ODD_SPACING.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toUpperCase();
}

/** Whether two names are the same by `nameKey`. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
