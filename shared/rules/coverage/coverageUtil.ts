import { type CoverageRow, type CoverageTable, type Lever } from '../../sheets/kinds/coverage';
import type { RelatedLocation } from '../../ground/types';
import { quoted } from '../util';
import { cellOf } from '../../sheets/table';

/** Marks that say "yes" without saying how; anything longer is worth quoting in a message. */
const BARE_MARK = /^(?:x|y|yes|true|✓|✔|✔️|☑|☑️|1)$/i;

/** `compensation ("Quarterly SPIF")`, or just `coaching` when the cell holds a bare tick. */
export function leverPhrase(row: CoverageRow, lever: Lever): string {
  const value = row.levers[lever];
  return value === undefined || BARE_MARK.test(value.trim()) ? lever : `${lever} (${quoted(value, 40)})`;
}

/** "enablement", "enablement and coaching", "coaching, compensation and recognition" */
export function andList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "coaching", "compensation or recognition" */
export function orWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function hasColumn(table: CoverageTable, levers: readonly Lever[]): boolean {
  return levers.some((l) => table.columns[l] !== undefined);
}

/** `Priority "Run joint calls"` */
export function subject(text: string): string {
  return `Priority ${quoted(text)}`;
}

/** Where each lever that backs the priority stands, for the panel to point at. */
export function leverCells(
  table: CoverageTable,
  row: CoverageRow,
  levers: readonly Lever[],
): RelatedLocation[] {
  return levers.map((l) => ({
    location: cellOf(table, row, l),
    message: `The ${l} that backs it`,
  }));
}
