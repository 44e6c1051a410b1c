import type { Highlight, SpreadsheetHost } from '../shared/host';
import type {
  CellEdit,
  CellLocation,
  CellState,
  CellValue,
  Severity,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../shared/ground/types';
import { isBlank } from '../shared/ground/values';

/** A sheet as a read hands it out: a copy, so the reader can never change the workbook. */
function copyOf(s: SheetSnapshot): SheetSnapshot {
  return {
    name: s.name,
    values: s.values.map((r) => [...(r ?? [])]),
    ...(s.numberFormats && { numberFormats: s.numberFormats.map((r) => [...(r ?? [])]) }),
    ...(s.formulas && { formulas: s.formulas.map((r) => [...(r ?? [])]) }),
  };
}

/**
 * A spreadsheet held in memory, behaving as Excel and Google Sheets do behind the host interface:
 * reads hand out copies (so the pane can never edit the sheet except through writeCells), the
 * selected cell moves when the pane selects one, and whoever draws the grid is told of every
 * change. The playground runs the real pane over it; the browser tests also record what the pane
 * asked of it.
 */
export class MemoryHost implements SpreadsheetHost {
  readonly selections: CellLocation[] = [];
  readonly writes: CellEdit[][] = [];
  /** The sheets each `readSheets` asked for, for tests of what a live lint re-reads. */
  readonly sheetReads: string[][] = [];
  /** Makes the next readWorkbook fail with this message, as a host whose API call failed. */
  failNextRead?: string;
  /** The cell last selected, by the pane or by a click in the grid. */
  selected?: CellLocation;
  /** The cells the pane marked, by address: a layer over the cells, as conditional formats are. */
  readonly highlights = new Map<string, Severity>();
  private readonly listeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(location: CellLocation) => void>();
  private readonly changeListeners = new Set<(sheets: string[]) => void>();

  constructor(private readonly workbook: WorkbookSnapshot) {}

  /** The sheets as they are now, for drawing; not a copy, so never to be changed by the caller. */
  get sheets(): WorkbookSnapshot['sheets'] {
    return this.workbook.sheets;
  }

  /** Calls `listener` after every write and selection; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    if (this.failNextRead !== undefined) {
      const message = this.failNextRead;
      this.failNextRead = undefined;
      throw new Error(`${message}\n    at readWorkbook (memoryHost.ts:1:1)`);
    }
    return { sheets: this.workbook.sheets.map(copyOf) };
  }

  async readSheets(names: string[]): Promise<SheetSnapshot[]> {
    this.sheetReads.push(names);
    return names.flatMap((n) => this.workbook.sheets.filter((s) => s.name === n).map(copyOf));
  }

  async readCells(locations: CellLocation[]): Promise<CellState[]> {
    return locations.map((l) => {
      const formula = this.formula(l.sheet, l.row, l.column);
      return { value: this.get(l.sheet, l.row, l.column), ...(formula && { formula }) };
    });
  }

  /** The cell's formula, when it has one. */
  formula(sheet: string, row: number, column: number): string | undefined {
    return this.sheet(sheet).formulas?.[row - 1]?.[column - 1] || undefined;
  }

  async writeCells(edits: CellEdit[]): Promise<void> {
    this.writes.push(edits);
    for (const e of edits) this.put(e.location.sheet, e.location.row, e.location.column, e.value);
    this.changed([...new Set(edits.map((e) => e.location.sheet))]);
  }

  async addSheet(name: string): Promise<void> {
    if (this.workbook.sheets.some((s) => s.name === name))
      throw new Error(`There is already a sheet named ${name}`);
    this.workbook.sheets.push({ name, values: [] });
    this.changed();
  }

  async removeSheet(name: string): Promise<boolean> {
    const at = this.workbook.sheets.findIndex((s) => s.name === name);
    const sheet = this.workbook.sheets[at];
    if (!sheet || sheet.values.some((row) => row?.some((v) => !isBlank(v)))) return false;
    this.workbook.sheets.splice(at, 1);
    this.changed();
    return true;
  }

  /** Marks replace the last ones; like a format, they change no value and fire no change event. */
  async highlight(marks: Highlight[]): Promise<void> {
    this.highlights.clear();
    for (const m of marks) this.highlights.set(m.location.address, m.severity);
    this.changed();
  }

  async clearHighlights(): Promise<void> {
    this.highlights.clear();
    this.changed();
  }

  async select(location: CellLocation): Promise<void> {
    this.selections.push(location);
    this.selected = location;
    this.changed();
  }

  /** A click in the grid: the cell is selected, and the pane is told, as Excel's event tells it. */
  clickCell(location: CellLocation): void {
    this.selected = location;
    this.changed();
    for (const listener of this.selectionListeners) listener(location);
  }

  onChanged(listener: (sheets: string[]) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onSelectionChanged(listener: (location: CellLocation) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  get(sheet: string, row: number, column: number): CellValue {
    return this.sheet(sheet).values[row - 1]?.[column - 1];
  }

  /** Puts a formula in a cell, with the value it computes, as someone typing "=..." would. */
  setFormula(sheet: string, row: number, column: number, formula: string, value: CellValue): void {
    this.put(sheet, row, column, value);
    const target = this.sheet(sheet);
    target.formulas ??= [];
    while (target.formulas.length < row) target.formulas.push([]);
    (target.formulas[row - 1] ??= [])[column - 1] = formula;
    this.changed([sheet]);
  }

  /** Changes a cell as someone typing in the sheet would. */
  set(sheet: string, row: number, column: number, value: CellValue): void {
    this.put(sheet, row, column, value);
    this.changed([sheet]);
  }

  /** A written value replaces whatever formula the cell had, as typing over it does. */
  private put(sheet: string, row: number, column: number, value: CellValue): void {
    const { values, formulas } = this.sheet(sheet);
    while (values.length < row) values.push([]);
    values[row - 1] ??= [];
    values[row - 1][column - 1] = value;
    if (formulas?.[row - 1]?.[column - 1]) formulas[row - 1][column - 1] = undefined;
  }

  /** Grows with every change, for a view that redraws when it does. */
  version = 0;

  /** Redraws the grid; with sheet names, the cells changed, and change listeners are told too. */
  private changed(sheets: string[] = []): void {
    this.version++;
    for (const listener of this.listeners) listener();
    if (sheets.length) for (const listener of this.changeListeners) listener(sheets);
  }

  private sheet(name: string) {
    const sheet = this.workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}
