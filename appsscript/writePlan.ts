/**
 * How a batch of cell edits is written with as few Sheets calls as will do: each call to the
 * Spreadsheet service is a round trip, and a settings sheet or a goal row is dozens of cells.
 * Neighbouring cells become one rectangle written with one setValues; single cells that get the
 * same value (a typo fixed in 200 rows) one RangeList written with one setValue.
 */
import type { CellEdit, CellValue } from '../shared/ground/types';
import { columnLetter } from '../shared/ground/address';

export type WriteStep =
  | { sheet: string; kind: 'block'; row: number; column: number; values: CellValue[][] }
  | { sheet: string; kind: 'cells'; a1: string[]; value: CellValue };

interface Cell {
  row: number;
  column: number;
  value: CellValue;
}

interface Run {
  row: number;
  left: number;
  values: CellValue[];
}

/** Cells of one row, in column order, as runs of neighbouring columns. */
function runsOf(cells: Cell[]): Run[] {
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.left + last.values.length === cell.column)
      last.values.push(cell.value);
    else runs.push({ row: cell.row, left: cell.column, values: [cell.value] });
  }
  return runs;
}

/** Runs over the same columns on consecutive rows, stacked into rectangles. */
function blocksOf(runs: Run[]): { row: number; column: number; values: CellValue[][] }[] {
  const blocks: { row: number; column: number; values: CellValue[][] }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const run of runs) {
    const key = `${run.left}:${run.values.length}`;
    const block = open.get(key);
    if (block && block.row + block.values.length === run.row) block.values.push(run.values);
    else {
      const fresh = { row: run.row, column: run.left, values: [run.values] };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}

/** Same value for setValue: 5 and "5" are different writes. */
const valueKey = (value: CellValue) => `${typeof value}\u0000${String(value)}`;

/**
 * The steps that write `edits`. When two edits name one cell the later wins, as it would had they
 * been written one by one.
 */
export function writePlan(edits: readonly CellEdit[]): WriteStep[] {
  const bySheet = new Map<string, Map<string, Cell>>();
  for (const { location, value } of edits) {
    let cells = bySheet.get(location.sheet);
    if (!cells) bySheet.set(location.sheet, (cells = new Map()));
    cells.set(`${location.row}:${location.column}`, { row: location.row, column: location.column, value });
  }
  const steps: WriteStep[] = [];
  for (const [sheet, cells] of bySheet) {
    const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column);
    const singles = new Map<string, { value: CellValue; a1: string[] }>();
    for (const block of blocksOf(runsOf(sorted))) {
      if (block.values.length > 1 || block.values[0].length > 1) {
        steps.push({ sheet, kind: 'block', ...block });
        continue;
      }
      const value = block.values[0][0];
      const key = valueKey(value);
      const group = singles.get(key) ?? { value, a1: [] };
      group.a1.push(`${columnLetter(block.column)}${block.row}`);
      singles.set(key, group);
    }
    for (const { value, a1 } of singles.values()) steps.push({ sheet, kind: 'cells', a1, value });
  }
  return steps;
}
