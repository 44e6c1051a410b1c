import type { CellValue, SheetSnapshot } from '../../ground/types';
import { normalizeHeader } from '../../ground/keys';
import { DateReader, cellText, isBlank, type DayNumber } from '../../ground/values';
import { countFields, defineKind, type ReadContext, type Table } from '../kind';
import { readTable } from '../table';

export const ACTIVITY_FIELDS = ['owner', 'date', 'type', 'count'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** One row of an activity log: who, which day, and the row's cells for measures to read. */
export interface ActivityRow {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  owner?: string;
  day?: DayNumber;
}

/**
 * An activity log (calls, meetings, joint calls with a manager) that Path measures count from. Its
 * columns are found by header text, so a measure can name any of them: `SUM(Activities[Calls])`.
 */
export type ActivitiesTable = Table<ActivityField, ActivityRow>;

/** The 1-based column a measure's `[Name]` refers to: same header words, case and spacing aside. */
export function columnByHeader(headers: readonly string[], name: string): number | undefined {
  const key = normalizeHeader(name);
  if (!key) return undefined;
  const index = headers.findIndex((h) => normalizeHeader(h) === key);
  return index < 0 ? undefined : index + 1;
}

function readActivities(sheet: SheetSnapshot, headerIndex: number, context: ReadContext): ActivitiesTable {
  const dates = new DateReader(context.dateOrder);
  return readTable(activitiesKind, sheet, headerIndex, context, {
    isRow: (cells) => cells.some((v) => !isBlank(v)),
    read: (row, cells, columns) => {
      const record: ActivityRow = { row, cells };
      const owner = columns.owner === undefined ? undefined : cellText(cells[columns.owner - 1])?.trim();
      if (owner) record.owner = owner;
      const day = columns.date === undefined ? undefined : dates.read(cells[columns.date - 1]);
      if (day?.ok === true) record.day = day.value;
      return record;
    },
  });
}

/**
 * An activity log: who did what on which day, either one row per activity (a Type column) or one
 * row per rep and day or week with a column per activity. Measures read its other columns by name;
 * `count` only lists the usual activity columns so the sheet is recognised.
 */
export const activitiesKind = defineKind({
  id: 'activities',
  fields: ACTIVITY_FIELDS,
  synonyms: {
    owner: ['owner', 'rep', 'salesrep', 'salesagent', 'seller', 'salesperson', 'person', 'who'],
    date: [
      'date',
      'activitydate',
      'day',
      'week',
      'weekof',
      'weekstarting',
      'weekbeginning',
      'when',
      'loggedon',
    ],
    type: ['type', 'activity', 'activitytype'],
    count: [
      'calls',
      'meetings',
      'emails',
      'demos',
      'visits',
      'jointcalls',
      'dials',
      'connects',
      'touches',
      'proposals',
      'referrals',
    ],
  },
  labels: { owner: 'Owner', date: 'Date', type: 'Type', count: 'Count' },
  repeatable: ['count'],
  needs: 'Owner and Date columns, and a Type column or activity counts (Calls, Meetings...)',
  anchor: ['owner'],
  match: countFields((f) => f.has('owner') && f.has('date') && (f.has('type') || f.has('count'))),
  read: readActivities,
  ownerOf: (row: ActivityRow) => row.owner,
});
