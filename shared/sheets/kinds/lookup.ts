import type { CellValue, SheetSnapshot } from '../../ground/types';
import { cellText } from '../../ground/values';
import { isIdHeader, normalizeHeader } from '../../ground/keys';
import { defineKind, type HeaderRow, type ReadContext, type Table } from '../kind';
import { headerTexts, readTable } from '../table';
import { pipelineKind } from './pipeline';

/** A lookup list is keyed by one of these, in its first column. */
export const LOOKUP_KEYS = ['product', 'account', 'owner'] as const;
export type LookupKey = (typeof LOOKUP_KEYS)[number];

/** One entry of a list of known products, accounts or people. */
export interface LookupRow {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  /** The key cell as written. */
  value?: string;
  /** In a list keyed by id, the name the id stands for. */
  name?: string;
}

/**
 * A list of known products, accounts or people kept in the workbook itself: "Product | Series |
 * Price", or keyed by id with the name beside it: "rep_id | Name | Region".
 */
export interface LookupTable extends Table<LookupKey, LookupRow> {
  key: LookupKey;
  /** The key column holds ids ("rep_id", "OwnerId"), not names. */
  byId: boolean;
}

/** Headers of a column that names what an id stands for (normalised). */
const NAME_WORDS = new Set([
  'name',
  'fullname',
  'displayname',
  'username',
  'employeename',
  'nombre',
  'nome',
  'nom',
  'vollständigername',
]);

/**
 * How a list keyed by id names each id: a Name column (or one that names the key's own thing, such
 * as "Sales rep" beside "rep_id"), else First name and Last name put together.
 */
function nameReader(headers: readonly string[], key: LookupKey, keyColumn: number) {
  const column = headers.findIndex((h, i) => {
    if (i === keyColumn - 1 || isIdHeader(h)) return false;
    const word = normalizeHeader(h.split('\n')[0]);
    return NAME_WORDS.has(word) || pipelineKind.fieldOf(h) === key || word.endsWith('name');
  });
  if (column >= 0) return (cells: CellValue[]) => cellText(cells[column]);
  const first = headers.findIndex((h) => ['firstname', 'givenname', 'vorname'].includes(normalizeHeader(h)));
  const last = headers.findIndex((h) =>
    ['lastname', 'surname', 'familyname', 'nachname'].includes(normalizeHeader(h)),
  );
  if (first < 0 || last < 0) return undefined;
  return (cells: CellValue[]) =>
    [cellText(cells[first]), cellText(cells[last])].filter(Boolean).join(' ') || undefined;
}

const isLookupKey = (field: string | undefined): field is LookupKey =>
  (LOOKUP_KEYS as readonly (string | undefined)[]).includes(field);

/** The key a header row's first filled cell names, when it names one. */
function keyOf(texts: readonly string[]): LookupKey | undefined {
  const first = texts.find((t) => t.trim() !== '');
  const field = first === undefined ? undefined : pipelineKind.fieldOf(first);
  return isLookupKey(field) ? field : undefined;
}

/**
 * A lookup list's header has too few known words to be told from a data row, so only the first row
 * with two or more cells may be one, it must start with a key word, and a row with a stage column
 * (by its words or by a pin) is a pipeline's. It scores below any other kind.
 */
function matchLookup(row: HeaderRow<LookupKey>): number | undefined {
  const stage = row.pinned.has('stage') || row.texts.some((t) => pipelineKind.fieldOf(t) === 'stage');
  if (!row.firstTableRow || stage) return undefined;
  return keyOf(row.texts) ? 0.5 : undefined;
}

function readLookup(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): LookupTable {
  const headers = headerTexts(sheet.values, headerIndex);
  const key = keyOf(headers)!;
  const keyColumn = headers.findIndex((t) => t.trim() !== '') + 1;
  const byId = isIdHeader(headers[keyColumn - 1]);
  const nameOf = byId ? nameReader(headers, key, keyColumn) : undefined;
  const table = readTable(lookupKind, sheet, headerIndex, context, {
    isRow: () => true,
    read: (row, cells) => {
      const record: LookupRow = { row, cells };
      const value = cellText(cells[keyColumn - 1]);
      if (value !== undefined) record.value = value;
      const name = nameOf?.(cells);
      if (name !== undefined) record.name = name;
      return record;
    },
  });
  // The key is the first column whatever the other headers say (a "Sales rep" name beside "rep_id").
  return { ...table, columns: { ...table.columns, [key]: keyColumn }, key, byId };
}

export const lookupKind = defineKind({
  id: 'lookup',
  fields: LOOKUP_KEYS,
  synonyms: {
    product: pipelineKind.synonyms.product,
    account: pipelineKind.synonyms.account,
    owner: pipelineKind.synonyms.owner,
  },
  labels: { product: 'Product', account: 'Account', owner: 'Owner' },
  needs: 'a Product, Account or Owner column (or its id column) first',
  anchor: LOOKUP_KEYS,
  match: matchLookup,
  read: readLookup,
});
