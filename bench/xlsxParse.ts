/**
 * The .xlsx parse baseline for the CLI benchmark: ExcelJS's streaming WorkbookReader reading every
 * row of every worksheet and touching every cell's value, keeping nothing (shared strings and
 * styles cached, so that dates are told from numbers as the CLI tells them). The CLI reading,
 * linting and reporting the same file is measured against it.
 *
 * A baseline, not a reader: its zip walk meets parts in file order and, on small workbooks whose
 * sheets come before `xl/workbook.xml` (as ExcelJS's own full writer puts them), can stop before
 * the last parts. The CLI reads the zip's directory instead (with yauzl).
 */
import ExcelJS from 'exceljs';

export interface XlsxParseCounts {
  sheets: number;
  rows: number;
  cells: number;
}

export async function parseXlsxStreaming(file: string): Promise<XlsxParseCounts> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const counts: XlsxParseCounts = { sheets: 0, rows: 0, cells: 0 };
  for await (const worksheet of reader) {
    counts.sheets++;
    for await (const row of worksheet) {
      counts.rows++;
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Reading the value is the touch: a formula, date or rich text is built here.
        if (cell.value !== undefined) counts.cells++;
      });
    }
  }
  return counts;
}
