/**
 * How the sidebar learns that someone edited the grid. Sheets tells a sidebar nothing of edits,
 * but the onEdit trigger sees each one: it stamps the edited sheet in the document's properties,
 * and the open sidebar asks for the stamps every few seconds, one small call, then lints again
 * the sheets whose stamp moved. Only a person's edits fire onEdit, so the pane's own writes (which
 * it lints after anyway) do not come back as a second lint.
 */

/** The document property holding the stamps: sheet name → the time of its last edit, in ms. */
export const EDIT_STAMPS_KEY = 'pipelint.edits';

/** Each sheet's last edit, as a number that only grows. */
export type EditStamps = Record<string, number>;

/**
 * A document property holds at most 9 KB, so only the sheets edited most recently are kept: a
 * sheet that drops out is one nobody has touched since many others were.
 */
const MAX_SHEETS = 100;

type Properties = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;

/** The stamps as stored; nothing (or something unreadable, never fatal) reads as no edits yet. */
export function editStamps(properties: Properties): EditStamps {
  try {
    const parsed: unknown = JSON.parse(properties.getProperty(EDIT_STAMPS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'),
    );
  } catch {
    return {};
  }
}

/**
 * Records an edit of each of `sheets`: the one a person typed in, and any the edit changed in turn
 * (a history row). Two edits in the same millisecond still move a stamp: it is at least one more
 * than the last.
 */
export function stampEdits(properties: Properties, sheets: readonly string[], now: number): void {
  const stamps = editStamps(properties);
  const fresh: EditStamps = {};
  for (const sheet of sheets) {
    fresh[sheet] = Math.max(now, (stamps[sheet] ?? 0) + 1);
    delete stamps[sheet];
  }
  const kept = Object.entries(stamps)
    .sort((a, b) => b[1] - a[1])
    .slice(0, Math.max(0, MAX_SHEETS - Object.keys(fresh).length));
  properties.setProperty(EDIT_STAMPS_KEY, JSON.stringify({ ...Object.fromEntries(kept), ...fresh }));
}

/** The sheets edited between two readings of the stamps. */
export function editedSince(before: EditStamps, after: EditStamps): string[] {
  return Object.keys(after).filter((sheet) => after[sheet] !== before[sheet]);
}
