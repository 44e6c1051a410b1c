import type { Highlight, SpreadsheetHost } from '../shared/host';
import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../shared/ground/types';
import { cellLocation, columnLetter, columnNumber } from '../shared/ground/address';
import { localDateText } from '../shared/ground/values';
import {
  allRead,
  ASSUMED_BYTES_PER_CELL,
  isPayloadTooLarge,
  nextSlices,
  payloadBytes,
  READ_BUDGET_BYTES,
  type UsedShape,
} from './readPlan';
import { MARK_STYLE, MAX_ADDRESS_CHARS } from './marks';
import { isMarkFormula, markFormula, markRules } from '../shared/marks';

/** Excel's own A1 form of one cell, without the sheet (the worksheet object says which sheet). */
function a1(location: CellLocation): string {
  return `${columnLetter(location.column)}${location.row}`;
}

/** Pads a block read from the used range so that row 0, column 0 is A1, as the core expects. */
function placeAt<T>(rows: T[][], rowIndex: number, columnIndex: number, filler: T): T[][] {
  const pad = new Array<T>(columnIndex).fill(filler);
  const shifted = columnIndex ? rows.map((r) => pad.concat(r)) : rows;
  return new Array<T[]>(rowIndex).fill([]).concat(shifted);
}

/** The used range's place and size, or no rows for a sheet with nothing in it. */
function shapeOf(used: Excel.Range): UsedShape {
  if (used.isNullObject) return { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  return { rowIndex, columnIndex, rowCount, columnCount };
}

/** One sheet's cells as read so far, block after block, in row order. */
interface SheetCells {
  values: CellValue[][];
  formats: string[][];
  formulas: (string | null)[][];
}

/**
 * Reads every sheet, or the named ones: one request for the sheets (none when named), one for all their used ranges, then their cells,
 * as many rows per request as `budget` holds. The first request is sized at an assumed weight per
 * cell (a small workbook is then read whole, in one), the next ones at the heaviest weight measured
 * so far. A request Excel finds too large is tried again with blocks a quarter the size.
 */
async function readAllSheets(
  context: Excel.RequestContext,
  budget: number,
  names?: readonly string[],
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  // Sheets asked for by name need no request to list them first.
  if (!names) {
    worksheets.load('items');
    await context.sync();
  }
  const sheets = names ? names.map((name) => worksheets.getItem(name)) : worksheets.items;
  const used = sheets.map((sheet) => {
    sheet.load('name');
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return range;
  });
  await context.sync();
  const shapes = used.map(shapeOf);
  const cells: SheetCells[] = sheets.map(() => ({ values: [], formats: [], formulas: [] }));
  const read = shapes.map(() => 0);
  let bytesPerCell = ASSUMED_BYTES_PER_CELL;
  let measured = 0;
  while (!allRead(shapes, read)) {
    const slices = nextSlices(shapes, read, measured || bytesPerCell, budget);
    const blocks = slices.map(({ sheet, start, rows }) => {
      const shape = shapes[sheet];
      const block = sheets[sheet].getRangeByIndexes(
        shape.rowIndex + start,
        shape.columnIndex,
        rows,
        shape.columnCount,
      );
      block.load(['values', 'numberFormat', 'formulas']);
      return block;
    });
    try {
      await context.sync();
    } catch (error) {
      // One row too large is beyond any block size; anything else is not a size problem.
      if (!isPayloadTooLarge(error) || slices.every((s) => s.rows === 1)) throw error;
      bytesPerCell = Math.max(bytesPerCell, measured) * 4;
      measured = 0;
      continue;
    }
    let bytes = 0;
    let count = 0;
    slices.forEach((slice, i) => {
      const block = blocks[i];
      const into = cells[slice.sheet];
      into.values.push(...(block.values as CellValue[][]));
      into.formats.push(...(block.numberFormat as string[][]));
      into.formulas.push(...(block.formulas as unknown[][]).map((r) => r.map((f) => formulaOf(f) ?? null)));
      bytes += payloadBytes(block.values, block.numberFormat, block.formulas);
      count += slice.rows * shapes[slice.sheet].columnCount;
      read[slice.sheet] += slice.rows;
    });
    measured = Math.max(measured, bytes / count);
  }
  return { sheets: sheets.map((sheet, i) => sheetSnapshot(sheet.name, shapes[i], cells[i])) };
}

function sheetSnapshot(
  name: string,
  shape: UsedShape,
  { values, formats, formulas }: SheetCells,
): SheetSnapshot {
  if (!shape.rowCount) return { name, values: [] };
  return {
    name,
    values: placeAt(values, shape.rowIndex, shape.columnIndex, null),
    numberFormats: placeAt(formats, shape.rowIndex, shape.columnIndex, null as string | null),
    formulas: placeAt(formulas, shape.rowIndex, shape.columnIndex, null as string | null),
  };
}

/** Excel's `formulas` holds the formula of a computed cell and the value itself of any other. */
function formulaOf(formula: unknown): string | undefined {
  return typeof formula === 'string' && formula.startsWith('=') ? formula : undefined;
}

function cellState(value: CellValue, formula: unknown): CellState {
  const f = formulaOf(formula);
  return f ? { value, formula: f } : { value };
}

/** The top-left cell of an address Excel reports ("D4", "B2:C9"). */
function topLeft(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(address.split('!').pop() ?? '');
  const column = m && columnNumber(m[1].toUpperCase());
  return m && column ? { row: Number(m[2]), column } : undefined;
}

/** A worksheet's name from the id an event carries. */
async function sheetName(worksheetId: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId);
    sheet.load('name');
    await context.sync();
    return sheet.name;
  });
}

/**
 * Registers an Office.js event handler and returns the function that removes it, from the same
 * request context, as Office.js requires. A removal asked for before the registration has synced
 * waits for it.
 */
function listen<T>(
  events: (context: Excel.RequestContext) => OfficeExtension.EventHandlers<T>,
  handler: (args: T) => Promise<void>,
): () => void {
  const registration = Excel.run(async (context) => {
    const result = events(context).add(handler);
    await context.sync();
    return result;
  });
  return () =>
    void registration.then((result) =>
      Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      }),
    );
}

/**
 * Every conditional format of every sheet that is one of Pipelint's marks, found by its formula's
 * tag: one request for the sheets, one for their conditional formats.
 */
async function findMarks(context: Excel.RequestContext): Promise<Excel.ConditionalFormat[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  await context.sync();
  const collections = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return formats;
  });
  await context.sync();
  return collections.flatMap((formats) =>
    formats.items.filter((f) => f.type === 'Custom' && isMarkFormula(f.customOrNullObject.rule.formula)),
  );
}

/** Queues the conditional formats that mark the given cells (Office.js applies them at the next sync). */
function addMarks(context: Excel.RequestContext, marks: readonly Highlight[]): void {
  for (const { sheet, severity, areas } of markRules(marks, MAX_ADDRESS_CHARS)) {
    const format = context.workbook.worksheets
      .getItem(sheet)
      .getRanges(areas.join(','))
      .conditionalFormats.add('Custom');
    const style = MARK_STYLE[severity];
    format.custom.rule.formula = markFormula(severity);
    format.custom.format.fill.color = style.fill;
    const edge = format.custom.format.borders.getItem('EdgeBottom');
    edge.style = 'Continuous';
    edge.color = style.edge;
  }
}

/**
 * Selects a cell on its sheet. Activating a sheet and selecting on it go in one request; where
 * Excel refuses the selection because the sheet was not active yet when it came to it (seen on
 * the web), the sheet is activated first and the selection asked for again.
 */
async function selectCell(context: Excel.RequestContext, location: CellLocation): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  sheet.activate();
  sheet.getRange(a1(location)).select();
  try {
    await context.sync();
  } catch {
    sheet.activate();
    await context.sync();
    sheet.getRange(a1(location)).select();
    await context.sync();
  }
}

export interface ExcelHostOptions {
  /** Bytes a read request aims to stay under; see `READ_BUDGET_BYTES`. */
  readBudget?: number;
}

/** The Excel side of the host interface, over Office.js. */
export function createExcelHost({ readBudget = READ_BUDGET_BYTES }: ExcelHostOptions = {}): SpreadsheetHost {
  return {
    readWorkbook: () => Excel.run((context) => readAllSheets(context, readBudget)),

    readSheets: (names) =>
      Excel.run(async (context) => (await readAllSheets(context, readBudget, names)).sheets),

    readCells: (locations) =>
      Excel.run(async (context) => {
        const ranges = locations.map((l) => context.workbook.worksheets.getItem(l.sheet).getRange(a1(l)));
        for (const r of ranges) r.load(['values', 'formulas']);
        await context.sync();
        return ranges.map((r) => cellState(r.values[0][0] as CellValue, r.formulas[0][0] as unknown));
      }),

    // However many edits: one Excel.run and one sync, since each round trip is the slow part.
    writeCells: (edits: CellEdit[]) =>
      Excel.run(async (context) => {
        for (const edit of edits) {
          const range = context.workbook.worksheets.getItem(edit.location.sheet).getRange(a1(edit.location));
          range.values = [[edit.value instanceof Date ? localDateText(edit.value) : edit.value]];
        }
        await context.sync();
      }),

    addSheet: (name) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),

    // Only a sheet with nothing in it goes: what someone typed there since it was added stays.
    removeSheet: (name) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        const used = sheet.getUsedRangeOrNullObject(true);
        await context.sync();
        if (sheet.isNullObject || !used.isNullObject) return false;
        sheet.delete();
        await context.sync();
        return true;
      }),

    select: (location) => Excel.run((context) => selectCell(context, location)),

    // Conditional formats (ExcelApi 1.6) over multi-area ranges (getRanges, 1.9): the new marks go
    // in the same request that deletes the old ones.
    highlight: (marks) =>
      Excel.run(async (context) => {
        for (const old of await findMarks(context)) old.delete();
        addMarks(context, marks);
        await context.sync();
      }),

    clearHighlights: () =>
      Excel.run(async (context) => {
        for (const old of await findMarks(context)) old.delete();
        await context.sync();
      }),

    // Worksheet collection events: ExcelApi 1.9, declared in the manifest's requirements.
    onSelectionChanged: (listener) =>
      listen(
        (context) => context.workbook.worksheets.onSelectionChanged,
        async (args) => {
          const cell = topLeft(args.address);
          if (cell) listener(cellLocation(await sheetName(args.worksheetId), cell.row, cell.column));
        },
      ),

    // Cells edited, and sheets added (pasted in, copied): either way the next live lint reads them.
    onChanged: (listener) => {
      const stops = [
        listen(
          (context) => context.workbook.worksheets.onChanged,
          async (args) => listener([await sheetName(args.worksheetId)]),
        ),
        listen(
          (context) => context.workbook.worksheets.onAdded,
          async (args) => listener([await sheetName(args.worksheetId)]),
        ),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}

export const excelHost: SpreadsheetHost = createExcelHost();
