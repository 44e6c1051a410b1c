import type { CellValue, SheetSnapshot } from '../../ground/types';
import type { ResolvedConfig } from '../../engine/config';
import { activityFieldOf, normalizeHeader, type ActivityField, type HeaderGuess } from '../headers';
import { DateReader, cellText, isBlank, type DayNumber } from '../../ground/values';
import { headerTexts, mapColumns } from './pipeline';

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
export interface ActivitiesTable {
  sheet: string;
  headerRow: number;
  headers: string[];
  /** 1-based columns of the rep and the date. */
  ownerColumn?: number;
  dateColumn?: number;
  rows: ActivityRow[];
}

/** The 1-based column a measure's `[Name]` refers to: same header words, case and spacing aside. */
export function columnByHeader(headers: readonly string[], name: string): number | undefined {
  const key = normalizeHeader(name);
  if (!key) return undefined;
  const index = headers.findIndex((h) => normalizeHeader(h) === key);
  return index < 0 ? undefined : index + 1;
}

export function buildActivitiesTable(
  sheet: SheetSnapshot,
  header: HeaderGuess,
  config: Pick<ResolvedConfig, 'dateOrder'>,
): ActivitiesTable {
  const headers = headerTexts(sheet, header);
  const { columns } = mapColumns<ActivityField>(headers, activityFieldOf, {});
  const ownerColumn = columns.owner;
  const dateColumn = columns.date;
  const dates = new DateReader(config.dateOrder);
  const rows: ActivityRow[] = [];
  for (let i = header.headerIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i] ?? [];
    if (!cells.some((v) => !isBlank(v))) continue;
    const row: ActivityRow = { row: i + 1, cells };
    const owner = ownerColumn === undefined ? undefined : cellText(cells[ownerColumn - 1])?.trim();
    if (owner) row.owner = owner;
    const day = dateColumn === undefined ? undefined : dates.read(cells[dateColumn - 1]);
    if (day?.ok === true) row.day = day.value;
    rows.push(row);
  }
  return { sheet: sheet.name, headerRow: header.headerIndex + 1, headers, ownerColumn, dateColumn, rows };
}
