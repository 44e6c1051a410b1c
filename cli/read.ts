/**
 * Turns what the user named on the command line into a WorkbookSnapshot, the same shape the
 * Excel add-in hands the core: cell values as Excel's `range.values` gives them. Only reads.
 */
import { promises as fs, type Dirent } from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../shared';

/** A problem with an input the user can fix; the message names the input and is shown as is. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface LoadedWorkbook {
  /** As given by the user. */
  path: string;
  workbook: WorkbookSnapshot;
  /** Sheet name → the file it came from (for a folder, each sheet's CSV). */
  sheetFiles: Record<string, string>;
}

const SUPPORTED = 'supported inputs are .xlsx, .xlsm and .csv files, or a folder of .csv files';

export async function readWorkbook(input: string): Promise<LoadedWorkbook> {
  const stat = await fs.stat(input).catch((e: NodeJS.ErrnoException) => {
    throw fileError(input, e);
  });
  if (stat.isDirectory()) return readCsvFolder(input);
  const ext = path.extname(input).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(input);
  if (ext === '.csv') return readCsvFile(input);
  throw new InputError(
    `${input}: cannot read ${ext ? `${ext} files` : 'a file without an extension'}; ${SUPPORTED}`,
  );
}

/** Errors from the file system, in words; `no such file or folder` is by far the most common. */
function fileError(input: string, e: NodeJS.ErrnoException): InputError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError(`no such file or folder: ${input}`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${input}: permission denied`);
    case 'EISDIR':
      return new InputError(`${input}: is a folder, not a file`);
    default:
      return new InputError(`${input}: cannot read (${e.code ?? e.message})`);
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw fileError(file, e as NodeJS.ErrnoException);
  }
}

function stem(file: string): string {
  return path.basename(file, path.extname(file));
}

// ---- .xlsx ---------------------------------------------------------------------------------

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system, the one the core reads serials in. */
const EPOCH_SERIAL = 25569;
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function readXlsx(file: string): Promise<LoadedWorkbook> {
  const bytes = await readBytes(file);
  // An encrypted workbook and an old .xls are both OLE containers; ExcelJS would only say "corrupted zip".
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(
      `${file}: not a valid .xlsx file (it is password-protected or an old .xls file; save it as .xlsx without a password)`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new InputError(`${file}: not a valid .xlsx file (it is not a zip archive)`);
  // Loaded only for .xlsx input: it takes a quarter of a second, which CSV runs and --help need not pay.
  const { Workbook } = (await import('exceljs')).default;
  const excel = new Workbook();
  try {
    // ExcelJS's types ask for its own Buffer flavour; a Node Buffer is what it reads.
    await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError(`${file}: not a valid .xlsx file (${(e as Error).message})`);
  }
  if (excel.worksheets.length === 0)
    throw new InputError(`${file}: not a valid .xlsx file (it has no worksheets)`);
  const sheets = excel.worksheets.map(sheetFromWorksheet);
  return {
    path: file,
    workbook: { sheets },
    sheetFiles: Object.fromEntries(sheets.map((s) => [s.name, file])),
  };
}

/** ExcelJS hands dates over as UTC instants; Excel stores the serial, which is what range.values gives. */
export function serialFromUtcDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + EPOCH_SERIAL;
}

type Plain = Exclude<CellValue, Date | undefined>;

/** A cell's value as Excel's `range.values` would give it; dates as serials. */
export function plainValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialFromUtcDate(value);
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A formula's cached result; a formula never calculated (no result) reads as empty, as in Excel.
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result ?? null);
  // Hyperlink text may itself be rich text when the link is styled.
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

function isDateValue(value: ExcelJS.CellValue): boolean {
  if (value instanceof Date) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    ('formula' in value || 'sharedFormula' in value) &&
    value.result instanceof Date
  );
}

/** Number formats only matter on numbers: they tell a date serial from an amount. */
function numberFormat(cell: ExcelJS.Cell, value: Plain): string | null {
  if (typeof value !== 'number') return null;
  const format = cell.numFmt;
  if (format && format !== 'General') return format;
  return isDateValue(cell.value) ? DEFAULT_DATE_FORMAT : null;
}

function sheetFromWorksheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range's other cells report the master's value in ExcelJS; in Excel they are empty.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = plainValue(cell.value);
      rowValues[colNumber - 1] = value;
      const format = numberFormat(cell, value);
      if (format) {
        rowFormats[colNumber - 1] = format;
        anyFormat = true;
      }
    });
    values[rowNumber - 1] = dense(rowValues, () => null);
    formats[rowNumber - 1] = dense(rowFormats, () => null);
  });
  const sheet: SheetSnapshot = { name: worksheet.name, values: dense(values, () => []) };
  if (anyFormat) sheet.numberFormats = dense(formats, () => []);
  return sheet;
}

/** Sparse arrays become dense: rules index rows and cells directly and a hole would read as undefined. */
function dense<T>(items: T[], fill: () => T): T[] {
  return Array.from(items, (item) => (item === undefined ? fill() : item));
}

// ---- .csv ----------------------------------------------------------------------------------

/**
 * CSV bytes as text. Excel saves "CSV UTF-8" with a BOM, "Unicode text" as UTF-16, and plain
 * "CSV" in the Windows code page, so fall back to Windows-1252 when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/**
 * The delimiter papaparse guesses when blank lines are left out of the guess: counted in, the
 * blank line that ends most files makes it give up on a short `;` or tab file and fall back to `,`.
 */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, { delimiter: '', skipEmptyLines: true, preview: 1 }).meta.delimiter;
}

/** Rows exactly as written: strings only, blank lines kept so row numbers match the file. */
export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
  });
  const rows = parsed.data;
  // The line break that ends the file is not a row of its own.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

async function readCsvSheet(file: string): Promise<SheetSnapshot> {
  return { name: stem(file), values: parseCsv(decodeText(await readBytes(file))) };
}

async function readCsvFile(file: string): Promise<LoadedWorkbook> {
  const sheet = await readCsvSheet(file);
  return { path: file, workbook: { sheets: [sheet] }, sheetFiles: { [sheet.name]: file } };
}

async function readCsvFolder(folder: string): Promise<LoadedWorkbook> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (e) {
    throw fileError(folder, e as NodeJS.ErrnoException);
  }
  const files = entries
    .filter((e) => !e.isDirectory() && path.extname(e.name).toLowerCase() === '.csv')
    .map((e) => e.name)
    .sort();
  if (files.length === 0) throw new InputError(`folder has no .csv files: ${folder}`);
  const sheetFiles: Record<string, string> = {};
  const sheets: SheetSnapshot[] = [];
  for (const f of files) {
    const file = path.join(folder, f);
    const sheet = await readCsvSheet(file);
    sheets.push(sheet);
    sheetFiles[sheet.name] = file;
  }
  return { path: folder, workbook: { sheets }, sheetFiles };
}
