import type { CellValue, SheetSnapshot } from '../../ground/types';
import { cellText } from '../../ground/values';
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
}

/** A list of known products, accounts or people kept in the workbook itself: "Product | Series | Price". */
export interface LookupTable extends Table<LookupKey, LookupRow> {
  key: LookupKey;
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
  const key = keyOf(headerTexts(sheet.values, headerIndex))!;
  const table = readTable(lookupKind, sheet, headerIndex, context, {
    isRow: () => true,
    read: (row, cells, columns) => {
      const record: LookupRow = { row, cells };
      const column = columns[key];
      const value = column === undefined ? undefined : cellText(cells[column - 1]);
      if (value !== undefined) record.value = value;
      return record;
    },
  });
  return { ...table, key };
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
  needs: 'a Product, Account or Owner column first',
  anchor: LOOKUP_KEYS,
  match: matchLookup,
  read: readLookup,
});
