import type { CellValue } from '../ground/types';
import { normalizeHeader } from '../ground/keys';
import { isBlank } from '../ground/values';
import type { HeaderRow, KindPins, SheetKind } from './kind';

/**
 * What a sheet is for is read from its header row, never from its name: teams call their pipeline
 * "Deals", "Q3", "Sheet1". Detection scores the rows near the top against the kinds it is given
 * and knows none of them itself.
 */

/** Titles and blank rows may come first; the header is the best-scoring row near the top. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderGuess<K extends SheetKind = SheetKind> {
  kind: K;
  /** 0-based index into the sheet's rows. */
  headerIndex: number;
  score: number;
}

function textsOf(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => (isBlank(v) || v instanceof Date ? '' : String(v)));
}

/** The first row with two or more filled cells, after any title rows; else the first filled row. */
function firstTableRow(values: readonly (readonly CellValue[] | undefined)[], limit: number): number {
  for (let i = 0; i < limit; i++) {
    if ((values[i] ?? []).filter((v) => !isBlank(v)).length >= 2) return i;
  }
  return values.findIndex((row) => row?.some((v) => !isBlank(v)));
}

/** The fields whose pinned header text the row holds; a pin by column letter names no text. */
function pinnedFields(normalized: ReadonlySet<string>, pins: Readonly<Partial<Record<string, string>>> = {}) {
  const fields = new Set<string>();
  for (const [field, pin] of Object.entries(pins)) {
    const key = normalizeHeader(pin ?? '');
    if (key && normalized.has(key)) fields.add(field);
  }
  return fields;
}

/** The kind's fields a row names; a header the config pins to one of its fields counts as that field. */
function fieldsOf(kind: SheetKind, texts: readonly string[], pinned: ReadonlySet<string>) {
  const fields = new Set<string>();
  for (const t of texts) {
    const field = kind.fieldOf(t);
    if (field) fields.add(field);
  }
  for (const field of pinned) fields.add(field);
  return fields;
}

/** Every kind a row could be the header of, with its score, in the order the kinds are given. */
export function guessRow<K extends SheetKind>(
  values: readonly (readonly CellValue[] | undefined)[],
  index: number,
  kinds: readonly K[],
  pins: KindPins = {},
  tableRow = firstTableRow(values, Math.min(values.length, HEADER_SEARCH_ROWS)),
): HeaderGuess<K>[] {
  const texts = textsOf(values[index]);
  const normalized = new Set(texts.map(normalizeHeader));
  const pinnedByKind = new Map(kinds.map((k) => [k, pinnedFields(normalized, pins[k.id])]));
  const pinned = new Set(Object.values(pins).flatMap((p) => [...pinnedFields(normalized, p)]));
  const guesses: HeaderGuess<K>[] = [];
  for (const kind of kinds) {
    const row: HeaderRow = {
      index,
      texts,
      firstTableRow: index === tableRow,
      fields: fieldsOf(kind, texts, pinnedByKind.get(kind)!),
      pinned,
    };
    const score = kind.match(row);
    if (score !== undefined) guesses.push({ kind, headerIndex: index, score });
  }
  return guesses;
}

/**
 * The header row and kind of a sheet: the highest score wins; on a tie the earlier row, then the
 * kind given first (so the more specific kinds come first in the registry).
 */
export function findHeader<K extends SheetKind>(
  values: readonly (readonly CellValue[] | undefined)[],
  kinds: readonly K[],
  pins?: KindPins,
): HeaderGuess<K> | undefined {
  let best: HeaderGuess<K> | undefined;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const tableRow = firstTableRow(values, limit);
  for (let i = 0; i < limit; i++) {
    for (const guess of guessRow(values, i, kinds, pins, tableRow)) {
      if (!best || guess.score > best.score) best = guess;
    }
  }
  return best;
}
