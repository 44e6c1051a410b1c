import type { SpreadsheetHost } from '../../shared/host';
import type { CellEdit, CellLocation, CellValue, WorkbookSnapshot } from '../../shared/ground/types';

/**
 * A spreadsheet held in memory, behaving as a host does: reads hand out copies (so the panel can
 * never edit the sheet except through writeCells), and every selection and write is recorded.
 */
export class MemoryHost implements SpreadsheetHost {
  readonly selections: CellLocation[] = [];
  readonly writes: CellEdit[][] = [];
  /** Makes the next readWorkbook fail with this message, as a host whose API call failed. */
  failNextRead?: string;

  constructor(private readonly workbook: WorkbookSnapshot) {}

  async readWorkbook(): Promise<WorkbookSnapshot> {
    if (this.failNextRead !== undefined) {
      const message = this.failNextRead;
      this.failNextRead = undefined;
      throw new Error(`${message}\n    at readWorkbook (memoryHost.ts:1:1)`);
    }
    return {
      sheets: this.workbook.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) })),
    };
  }

  async readCells(locations: CellLocation[]): Promise<CellValue[]> {
    return locations.map((l) => this.get(l.sheet, l.row, l.column));
  }

  async writeCells(edits: CellEdit[]): Promise<void> {
    this.writes.push(edits);
    for (const e of edits) this.set(e.location.sheet, e.location.row, e.location.column, e.value);
  }

  async select(location: CellLocation): Promise<void> {
    this.selections.push(location);
  }

  get(sheet: string, row: number, column: number): CellValue {
    return this.sheet(sheet).values[row - 1]?.[column - 1];
  }

  set(sheet: string, row: number, column: number, value: CellValue): void {
    const values = this.sheet(sheet).values;
    while (values.length < row) values.push([]);
    values[row - 1][column - 1] = value;
  }

  private sheet(name: string) {
    const sheet = this.workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}
