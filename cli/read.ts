/**
 * Turns what the user named on the command line into a WorkbookSnapshot, the same shape the
 * Excel add-in hands the core: cell values as Excel's `range.values` gives them. Only reads.
 */
import { promises as fs, type Dirent } from 'fs';
import path from 'path';
import Papa from 'papaparse';
import type { SheetSnapshot, WorkbookSnapshot } from '../shared';
import { readXlsxSheets, XlsxError } from './xlsx';

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

// ---- .xlsx ----------------------------------------------------------------------------------

async function readXlsx(file: string): Promise<LoadedWorkbook> {
  let sheets: SheetSnapshot[];
  try {
    sheets = await readXlsxSheets(file);
  } catch (e) {
    if (e instanceof XlsxError) throw new InputError(`${file}: not a valid .xlsx file (${e.message})`);
    if ((e as NodeJS.ErrnoException).syscall) throw fileError(file, e as NodeJS.ErrnoException);
    throw e;
  }
  return {
    path: file,
    workbook: { sheets },
    sheetFiles: Object.fromEntries(sheets.map((s) => [s.name, file])),
  };
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
