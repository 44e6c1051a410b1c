import type { SpreadsheetHost } from '../shared/host';
import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../shared/ground/types';
import { cellLocation, columnLetter, columnNumber } from '../shared/ground/address';

/** Office.js refuses very large payloads; reading in blocks of about this many cells stays well inside. */
const CELLS_PER_READ = 200_000;

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

async function readSheet(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<SheetSnapshot> {
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, values: [] };
  const blockRows = Math.max(1, Math.floor(CELLS_PER_READ / used.columnCount));
  const blocks: Excel.Range[] = [];
  for (let start = 0; start < used.rowCount; start += blockRows) {
    const rows = Math.min(blockRows, used.rowCount - start);
    const block = sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, rows, used.columnCount);
    block.load(['values', 'numberFormat', 'formulas']);
    blocks.push(block);
  }
  await context.sync();
  const values = blocks.flatMap((b) => b.values as CellValue[][]);
  const formats = blocks.flatMap((b) => b.numberFormat as string[][]);
  const formulas = blocks.flatMap((b) =>
    (b.formulas as unknown[][]).map((r) => r.map((f) => formulaOf(f) ?? null)),
  );
  return {
    name: sheet.name,
    values: placeAt(values, used.rowIndex, used.columnIndex, null),
    numberFormats: placeAt(formats, used.rowIndex, used.columnIndex, null as string | null),
    formulas: placeAt(formulas, used.rowIndex, used.columnIndex, null as string | null),
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

/** The Excel side of the host interface, over Office.js. */
export const excelHost: SpreadsheetHost = {
  readWorkbook: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items');
      await context.sync();
      const snapshot: WorkbookSnapshot = { sheets: [] };
      for (const sheet of sheets.items) snapshot.sheets.push(await readSheet(context, sheet));
      return snapshot;
    }),

  readCells: (locations) =>
    Excel.run(async (context) => {
      const ranges = locations.map((l) => context.workbook.worksheets.getItem(l.sheet).getRange(a1(l)));
      for (const r of ranges) r.load(['values', 'formulas']);
      await context.sync();
      return ranges.map((r) => cellState(r.values[0][0] as CellValue, r.formulas[0][0] as unknown));
    }),

  writeCells: (edits: CellEdit[]) =>
    Excel.run(async (context) => {
      for (const edit of edits) {
        const range = context.workbook.worksheets.getItem(edit.location.sheet).getRange(a1(edit.location));
        range.values = [[edit.value instanceof Date ? edit.value.toISOString() : edit.value]];
      }
      await context.sync();
    }),

  addSheet: (name) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }),

  select: (location) =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(a1(location)).select();
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

  onChanged: (listener) =>
    listen(
      (context) => context.workbook.worksheets.onChanged,
      async (args) => listener([await sheetName(args.worksheetId)]),
    ),
};
