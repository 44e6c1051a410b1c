import { nameKey } from '../ground/keys';
import type { HistoryEntry, HistoryTable } from '../sheets/kinds/adoptionHistory';

export interface PersonHistory {
  table: HistoryTable;
  entry: HistoryEntry;
}

/**
 * The recorded moves of one person with one change, oldest first: by date, then by row (a log is
 * written top to bottom). Entries without a date keep their place after dated ones of earlier rows.
 */
export function historyOf(
  histories: readonly HistoryTable[],
  person: string,
  change: string,
): PersonHistory[] {
  const p = nameKey(person);
  const c = nameKey(change);
  const found: PersonHistory[] = [];
  for (const table of histories)
    for (const entry of table.rows)
      if (entry.person && entry.change && nameKey(entry.person) === p && nameKey(entry.change) === c)
        found.push({ table, entry });
  return found
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) =>
        (a.h.entry.date ?? -Infinity) - (b.h.entry.date ?? -Infinity) ||
        (a.h.table === b.h.table ? a.h.entry.row - b.h.entry.row : a.i - b.i),
    )
    .map(({ h }) => h);
}
