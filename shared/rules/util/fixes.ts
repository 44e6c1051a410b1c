import type { QuickFix } from '../../ground/types';
import type { RowRecord, Table } from '../../sheets/kind';
import { cellOf, rawCell } from '../../sheets/table';

/**
 * A quick fix that writes one cell of a row, of any kind, remembering what the cell held so the
 * host can undo it (and refuse the fix if the cell changed since the lint).
 */
export function setCellFix<F extends string, R extends RowRecord>(
  table: Table<F, R>,
  row: R,
  field: F,
  title: string,
  value: string | number,
  preferred = false,
): QuickFix {
  const fix: QuickFix = {
    title,
    edits: [{ location: cellOf(table, row, field), value, previous: rawCell(table, row, field) ?? null }],
  };
  if (preferred) fix.preferred = true;
  return fix;
}
