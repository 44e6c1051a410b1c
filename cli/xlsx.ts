/**
 * Reads an .xlsx or .xlsm file as a stream, so a workbook of a million rows is read without the
 * whole of it in memory: each worksheet is inflated a chunk at a time (by yauzl) and its XML read
 * element by element (`xlsxXml.ts`) straight into rows of plain values.
 *
 * The snapshot is the one ExcelJS's full `Workbook.xlsx.load` gave, the reader this replaced
 * (`test/cli/xlsxStream.test.ts` compares the two): the workbook's small parts (sheet list,
 * relationships, styles, shared strings) are read by ExcelJS's own parsers, and a worksheet's cells
 * follow the rules of ExcelJS's cell parser, which the comments below point to where they matter.
 * Where the full load lost or misread data, this reads what Excel shows instead: a row without its
 * `r` attribute, a sheet named "History", a formula's cached 0 or FALSE, a shared formula without
 * its first cell, an inline string with a phonetic reading, an empty cell holding only a hyperlink.
 */
import { close, open, read } from 'fs';
import { createRequire } from 'module';
import type { Readable } from 'stream';
import { promisify } from 'util';
import type ExcelJS from 'exceljs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { CellValue, SheetSnapshot } from '../shared';
import { XmlScanner } from './xlsxXml';

/** Why a file is not a workbook that can be read; `cli/read.ts` names the file. */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const MS_PER_DAY = 86_400_000;
/** Excel's serial for 1970-01-01 in the 1900 date system, the one the core reads serials in. */
const EPOCH_SERIAL = 25569;
/** What the 1904 date system (old Mac workbooks) adds to a day's serial. */
const DAYS_1904 = 1462;
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Excel's own limits; an address beyond them is a broken file, not a sheet to allocate. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Sheets in workbook order, each as Excel's `range.values` gives it, with number formats where any.
 * Throws XlsxError for a file that is not a readable workbook, and the file system's own errors.
 */
export async function readXlsxSheets(file: string): Promise<SheetSnapshot[]> {
  try {
    const zipfile = await openZip(file);
    try {
      return await readWorkbookParts(await zipParts(zipfile));
    } finally {
      await closeZip(zipfile);
    }
  } catch (e) {
    if (e instanceof XlsxError || (e as NodeJS.ErrnoException).syscall) throw e;
    throw new XlsxError((e as { message?: string }).message ?? String(e));
  }
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

// ---- Values as the full load gave them ------------------------------------------------------

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

/** ExcelJS's `utils.isDateFmt`: a format with a date or time part, outside quotes and brackets. */
export function isDateFormatCode(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The largest instant a JavaScript Date holds, in milliseconds either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * A value stored in a date-formatted cell as the serial the full load gave: ExcelJS's
 * `utils.excelToDate` (the instant, to the millisecond) and back with `serialFromUtcDate`, same
 * arithmetic, without the Date. Like ExcelJS, applied to whatever a date-formatted formula cached:
 * text and errors are no instant, and read as empty.
 */
export function dateSerial(stored: Plain, date1904: boolean): number | null {
  const ms = Math.round((Number(stored) - EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 24 * 3600 * 1000);
  return Math.abs(ms) <= MAX_DATE_MS ? ms / MS_PER_DAY + EPOCH_SERIAL : null;
}

/** ExcelJS's `utils.xmlDecode`, which it applies to `t="str"` text on top of the XML parser's own decoding. */
function xmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}
const XML_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&apos;': "'",
  '&quot;': '"',
};

/** `_x000D_` and the like: how .xlsx escapes characters XML cannot hold, in shared and rich text. */
function unescapeText(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/**
 * Text as the snapshot keeps it. The XML parser hands over text that may be a slice of the chunk it
 * was read from, which would keep every chunk of the sheet alive: copy it out. Short text repeats in
 * a pipeline (owners, stages, products), so each is kept once.
 */
function textKeeper(): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    if (text.length > 48) return own(text);
    let same = kept.get(text);
    if (same === undefined) {
      same = own(text);
      if (kept.size < 200_000) kept.set(same, same);
    }
    return same;
  };
}

/** A copy of `text` that shares no memory with the string it came from. */
function own(text: string): string {
  // V8 keeps strings shorter than 13 characters as copies already; a longer substring is a view.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

// ---- The zip container -------------------------------------------------------------------------

/*
 * yauzl reads the zip from its central directory at the end of the file, as JSZip read it for
 * ExcelJS's full load: every part is found by name whatever order the writer put them in, and each
 * is then inflated as a stream of its own, one at a time, never held whole. (A streaming zip walk,
 * such as unzipper under ExcelJS's WorkbookReader, meets the parts in file order, and a worksheet
 * met before the styles and shared strings it needs would have to be set aside.)
 *
 * Names are decoded with yauzl's own functions rather than its `decodeStrings`, which refuses the
 * whole file for a name with a leading `/`: some writers put one there, and the full load read
 * those parts without it. yauzl's other checks on names still apply.
 */
const ZIP_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  validateEntrySizes: true,
  decodeStrings: false,
};
const STORED = 0;
const DEFLATED = 8;
/**
 * Zip bomb limits, on the sizes the zip directory declares: with `validateEntrySizes`, yauzl fails
 * a part whose data inflates to more than that, so what is declared is the most that is read. A
 * worksheet of a million rows is about 0.5 GB and compresses 5 to 15 times; the most repetitive
 * sheet XML a writer makes (empty styled cells without addresses) under 200 times. Deflate itself
 * goes up to about 1,030.
 */
const MAX_PART_BYTES = 4 * 1024 ** 3;
const MAX_RATIO = 500;
/** Parts that unpack to less than this are too small to matter, whatever their ratio. */
const RATIO_GRACE = 1024 ** 2;

const CUT_SHORT = 'it is cut short or damaged: the zip directory at its end is missing';

const openFd = promisify(open);
const readFd = promisify(read);
const closeFd = promisify(close);

/**
 * The zip `file`, once its first bytes say it is one. yauzl reads it from the descriptor opened for
 * that check (`yauzl.open` is `fs.open` and `fromFd`); from then on the descriptor is yauzl's, and
 * `closeZip` closes it.
 */
async function openZip(file: string): Promise<ZipFile> {
  const fd = await openFd(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await readFd(fd, head, 0, head.length, 0);
    // An encrypted workbook and an old .xls are both OLE containers; a zip reader would only say "corrupt".
    if (startsWith(head.subarray(0, bytesRead), OLE_MAGIC))
      throw new XlsxError(
        'it is password-protected or an old .xls file; save it as .xlsx without a password',
      );
    if (!startsWith(head.subarray(0, bytesRead), ZIP_MAGIC)) throw new XlsxError('it is not a zip archive');
    return await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromFd(fd, ZIP_OPTIONS, (e, zipfile) => (e ? reject(zipError(e)) : resolve(zipfile))),
    );
  } catch (e) {
    await closeFd(fd);
    throw e;
  }
}

/** Closes the zip's file: at once, as every part's stream is closed before the next is opened. */
function closeZip(zipfile: ZipFile): Promise<void> {
  return new Promise((resolve) => {
    zipfile.once('close', resolve).once('error', () => resolve());
    zipfile.close();
  });
}

interface Zip {
  /** The parts by name, without a leading `/`, in directory order; the first of a name wins. */
  parts: Map<string, Entry>;
  /** `use` given part `name`'s text as it inflates; the part's stream is closed when `use` is done. */
  read<T>(name: string, use: (text: AsyncIterable<string>) => Promise<T>): Promise<T>;
}

/** The zip's parts, from its directory, and a reader for them. */
async function zipParts(zipfile: ZipFile): Promise<Zip> {
  const parts = await readDirectory(zipfile).catch((e: unknown) => {
    throw zipError(e);
  });
  // What the parts read so far unpack to. Records that point at the same data (overlapping
  // entries) pass the checks one by one, however many there are; together they do not.
  let unpacked = 0;
  const read = async <T>(name: string, use: (text: AsyncIterable<string>) => Promise<T>): Promise<T> => {
    const entry = parts.get(name)!;
    if (entry.isEncrypted()) throw new XlsxError(`it is password-protected (${name} is encrypted)`);
    const method = entry.compressionMethod;
    if (method !== STORED && method !== DEFLATED)
      throw new XlsxError(`${name} is compressed in a way .xlsx files are not (method ${method})`);
    const size = entry.uncompressedSize;
    if (size > MAX_PART_BYTES)
      throw new XlsxError(
        `it looks like a zip bomb: ${name} would unpack to ${gigabytes(size)}, more than the ${gigabytes(MAX_PART_BYTES)} a part may have`,
      );
    if (size > RATIO_GRACE && size > MAX_RATIO * entry.compressedSize)
      throw new XlsxError(
        `it looks like a zip bomb: ${name} would unpack to over ${MAX_RATIO} times its compressed size`,
      );
    unpacked += size;
    if (unpacked > Math.max(RATIO_GRACE, MAX_RATIO * zipfile.fileSize))
      throw new XlsxError(
        `it looks like a zip bomb: its parts would unpack to over ${MAX_RATIO} times the size of the file`,
      );
    const stream = await new Promise<Readable>((resolve, reject) =>
      zipfile.openReadStream(entry, (e, opened) => (e ? reject(partError(name, e)) : resolve(opened))),
    );
    try {
      return await use(textOf(stream, name));
    } finally {
      // A parser that stops at its closing tag leaves the rest unread.
      stream.destroy();
    }
  };
  return { parts, read };
}

/** The zip directory's records by part name. */
function readDirectory(zipfile: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const parts = new Map<string, Entry>();
    zipfile.on('entry', (entry: Entry) => {
      const flags = entry.generalPurposeBitFlag;
      const decoded = yauzl.getFileNameLowLevel(flags, entry.fileNameRaw, entry.extraFields, false);
      const name = decoded.startsWith('/') ? decoded.slice(1) : decoded;
      const unsafe = yauzl.validateFileName(name);
      if (unsafe !== null) return reject(new Error(unsafe));
      if (!parts.has(name)) parts.set(name, entry);
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve(parts));
    // Left on once the directory is read, so that an error yauzl reports later is not thrown.
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
}

/** What is wrong with the zip as a whole, from yauzl's error (a plain Error: the message says). */
function zipError(e: unknown): unknown {
  if (e instanceof XlsxError || (e as NodeJS.ErrnoException).syscall) return e;
  const { message = String(e) } = e as { message?: string };
  if (
    message.startsWith('End of central directory record signature not found') ||
    message === 'unexpected EOF'
  )
    return new XlsxError(CUT_SHORT);
  if (message.startsWith('Invalid comment length'))
    return new XlsxError('it is damaged: there are stray bytes after the zip directory at its end');
  if (message.startsWith('strong encryption')) return new XlsxError('it is password-protected');
  return new XlsxError(`it is damaged: its zip directory is broken (${message})`);
}

/** What is wrong with part `name`, from the error yauzl gave as it opened the part. */
function partError(name: string, e: Error): unknown {
  if ((e as NodeJS.ErrnoException).syscall) return e;
  if (e.message.startsWith('invalid local file header signature') || e.message === 'unexpected EOF')
    return new XlsxError(`it is damaged: ${name} is not where the zip directory says`);
  if (e.message.startsWith('file data overflows file bounds')) return new XlsxError(CUT_SHORT);
  return new XlsxError(`it is damaged: ${name} cannot be read (${e.message})`);
}

/** What is wrong with part `name`, from an error in its stream: zlib's, or yauzl's size check. */
function streamError(name: string, e: unknown): unknown {
  if ((e as NodeJS.ErrnoException).syscall) return e;
  const { message = String(e) } = e as { message?: string };
  if (/^(too many|not enough) bytes in the stream/.test(message))
    return new XlsxError(`it is damaged: ${name} does not unpack to the size the zip directory says`);
  return new XlsxError(`it is damaged: ${name} cannot be unpacked (${message})`);
}

function gigabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
}

/** A part's bytes as text, decoded across chunk boundaries: a character split between two chunks stays whole. */
async function* textOf(stream: Readable, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) yield decoder.decode(chunk as Buffer, { stream: true });
  } catch (e) {
    throw streamError(name, e);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

// ---- The workbook's parts ----------------------------------------------------------------------

/** ExcelJS's parsers for the small parts, the ones `Workbook.xlsx.load` uses. Untyped internals. */
interface PartParser<M> {
  parseStream(chunks: AsyncIterable<string>): Promise<M>;
}
interface Relationship {
  Id: string;
  Target: string;
}
interface SheetDef {
  name?: string;
  id: number;
  rId: string;
}
interface WorkbookPart {
  sheets?: SheetDef[];
  properties?: { date1904?: boolean };
}
interface StylesPart extends PartParser<unknown> {
  getStyleModel(id: number): { numFmt?: string } | null;
}
interface SharedStringsPart extends PartParser<unknown> {
  values: ExcelJS.CellValue[];
}

function partParsers() {
  // Only these parsers are loaded, not the whole of ExcelJS.
  const load = createRequire(require.resolve('exceljs'));
  const xform = (name: string) => load(`./lib/xlsx/xform/${name}`) as new () => unknown;
  return {
    relationships: xform('core/relationships-xform') as new () => PartParser<Relationship[] | undefined>,
    workbook: xform('book/workbook-xform') as new () => PartParser<WorkbookPart | undefined>,
    styles: xform('style/styles-xform') as new () => StylesPart,
    sharedStrings: xform('strings/shared-strings-xform') as new () => SharedStringsPart,
  };
}

/** What reading a worksheet needs from the rest of the workbook. */
interface BookContext {
  /** Shared strings as plain values; undefined when the workbook has none. */
  strings: Plain[] | undefined;
  styles: StylesPart | undefined;
  date1904: boolean;
}

/** A worksheet part's name, as ExcelJS's full load picks them out of the zip. */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

async function readWorkbookParts(zip: Zip): Promise<SheetSnapshot[]> {
  const parsers = partParsers();
  const part = async <M>(name: string, parser: PartParser<M>): Promise<M | undefined> =>
    zip.parts.has(name) ? zip.read(name, (text) => parser.parseStream(text)) : undefined;
  const rels = (await part('xl/_rels/workbook.xml.rels', new parsers.relationships())) ?? [];
  const book = (await part('xl/workbook.xml', new parsers.workbook())) ?? {};
  const styles = zip.parts.has('xl/styles.xml') ? new parsers.styles() : undefined;
  if (styles) await part('xl/styles.xml', styles);
  const sharedStrings = zip.parts.has('xl/sharedStrings.xml') ? new parsers.sharedStrings() : undefined;
  if (sharedStrings) await part('xl/sharedStrings.xml', sharedStrings);
  const context: BookContext = {
    strings: sharedStrings?.values.map((value) => {
      const plain = plainValue(value);
      return typeof plain === 'string' ? own(plain) : plain;
    }),
    styles,
    date1904: book.properties?.date1904 === true,
  };

  const sheets: SheetSnapshot[] = [];
  for (const { def, name } of worksheetsInOrder(zip.parts, book.sheets ?? [], rels)) {
    const data = await zip.read(name, (text) => readWorksheet(text, context, name));
    sheets.push(snapshotOf(def.name ?? `sheet${def.id}`, data));
  }
  if (sheets.length === 0) throw new XlsxError('it has no worksheets');
  return sheets;
}

/**
 * The workbook's worksheets in its own order, as the full load names and orders them: each sheet
 * of `workbook.xml` whose relationship points at a worksheet part (chart sheets have none), one per
 * part and one per sheet id, the later winning.
 */
function worksheetsInOrder(parts: Map<string, Entry>, defs: SheetDef[], rels: Relationship[]) {
  const targets = new Map(rels.map((rel) => [rel.Id, rel.Target]));
  const defOfPart = new Map<string, SheetDef>();
  for (const def of defs) {
    const target = targets.get(def.rId);
    if (target !== undefined) defOfPart.set(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`, def);
  }
  const byId = new Map<number, { def: SheetDef; name: string }>();
  for (const name of parts.keys()) {
    const def = defOfPart.get(name);
    if (def && WORKSHEET_PART.test(name) && Number.isInteger(def.id) && def.id >= 1)
      byId.set(def.id, { def, name });
  }
  const order = (id: number) => defs.findIndex((def) => def.id === id);
  return [...byId.values()].sort((a, b) => order(a.def.id) - order(b.def.id));
}

// ---- A worksheet --------------------------------------------------------------------------------

/** Rows as read, before they are made dense: holes are cells the file does not have. */
interface SheetData {
  rows: (Plain[] | undefined)[];
  /** Per row, the number formats of its number cells; undefined for a row with none. */
  formats: (readonly (string | null)[] | undefined)[];
  merges: string[];
}

/** What a cell's style says about its numbers. */
interface StyleFormat {
  numFmt: string | undefined;
  isDate: boolean;
}

/** The cell being read, as ExcelJS's cell parser collects it. One object, reused cell after cell. */
interface CellDraft {
  ref: string | undefined;
  column: number;
  type: string | undefined;
  styleId: number | undefined;
  /** The text of `<v>` or `<is><t>`. */
  text: string | undefined;
  /** Rich text runs, once an `<r>` is seen. */
  runs: { text?: string }[] | undefined;
  formula: string | undefined;
  /** `<f t="shared">`, `t="array"`...: a formula even without text of its own (a shared formula's copies). */
  formulaKind: string | undefined;
  /** Set when the value went through the date conversion. */
  date: boolean;
}

/**
 * One worksheet's rows, read as its XML streams past. Only `<sheetData>` and `<mergeCells>`
 * matter; everything else (columns, views, hyperlinks, drawings) is skipped: in the full load, a
 * cell's number format was its own style's, never its column's, and a hyperlink's text is its value.
 */
async function readWorksheet(
  text: AsyncIterable<string>,
  book: BookContext,
  part: string,
): Promise<SheetData> {
  const data: SheetData = { rows: [], formats: [], merges: [] };
  const styleFormats = new Map<number, StyleFormat | null>();
  const styleOf = (id: number | undefined): StyleFormat | null => {
    if (!id || !book.styles) return null; // style 0 is no style, as in ExcelJS
    let style = styleFormats.get(id);
    if (style === undefined) {
      const model = book.styles.getStyleModel(id);
      style = model && { numFmt: model.numFmt, isDate: isDateFormatCode(model.numFmt) };
      styleFormats.set(id, style);
    }
    return style;
  };

  let section: 'sheetData' | 'mergeCells' | undefined;
  let rowNumber = 0;
  let row: Plain[] | undefined;
  let rowFormats: (string | null)[] | undefined;
  let lastFormats: readonly (string | null)[] | undefined;
  let inCell = false;
  const cell: CellDraft = {
    ref: undefined,
    column: 0,
    type: undefined,
    styleId: undefined,
    text: undefined,
    runs: undefined,
    formula: undefined,
    formulaKind: undefined,
    date: false,
  };
  let previousColumn = 0;
  /** Where text goes: a cell's `<f>` or its `<v>`/`<t>`. */
  let into: 'f' | 'v' | undefined;
  let run: { text?: string } | undefined;
  let runText: string[] | undefined;
  /** Inside `<rPh>`: a phonetic reading (furigana), which is not the cell's text. */
  let phonetic = false;

  const xml: XmlScanner = new XmlScanner({ open, text: onText, close }, part);
  const attribute = (name: string) => xml.attribute(name);

  function open(name: string): void {
    if (inCell) {
      if (run) {
        // Inside a rich text run: only its `<t>` holds text (the run's font is skipped).
        if (name === 't') runText = [];
        return;
      }
      if (phonetic) return;
      switch (name) {
        case 'f':
          into = 'f';
          cell.formulaKind = attribute('t');
          return;
        case 'v':
        case 't':
          into = 'v';
          return;
        case 'r':
          run = {};
          runText = undefined;
          into = undefined;
          return;
        case 'rPh':
          phonetic = true;
          into = undefined;
          return;
        default:
          return;
      }
    }
    switch (section) {
      case undefined:
        if (name === 'sheetData' || name === 'mergeCells') section = name;
        return;
      case 'mergeCells': {
        const ref = name === 'mergeCell' ? attribute('ref') : undefined;
        if (ref) data.merges.push(ref);
        return;
      }
      case 'sheetData':
        if (name === 'row') {
          // A row without its number is the one after the last, as Excel reads it.
          const number = attribute('r');
          const r = number === undefined ? NaN : parseInt(number, 10);
          rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
          if (rowNumber < 1 || rowNumber > MAX_ROWS) throw new XlsxError(`row ${number} is out of range`);
          row = [];
          rowFormats = undefined;
          previousColumn = 0;
        } else if (name === 'c' && row) {
          const ref = attribute('r');
          const column = ref === undefined ? previousColumn + 1 : columnOf(ref);
          if (column < 1 || column > MAX_COLUMNS) throw new XlsxError(`Invalid Address: ${ref}`);
          previousColumn = column;
          const s = attribute('s');
          inCell = true;
          cell.ref = ref;
          cell.column = column;
          cell.type = attribute('t');
          cell.styleId = s ? parseInt(s, 10) : undefined;
          cell.text = cell.runs = cell.formula = cell.formulaKind = undefined;
          cell.date = false;
          into = undefined;
          phonetic = false;
        }
        return;
    }
  }

  function onText(text: string): void {
    if (!inCell || phonetic) return;
    if (run) {
      runText?.push(text);
      return;
    }
    if (into === 'f') cell.formula = cell.formula ? cell.formula + text : text;
    // Text after rich text runs is dropped, as ExcelJS drops it.
    else if (into === 'v' && !cell.runs) cell.text = cell.text ? cell.text + text : text;
  }

  function close(name: string): void {
    if (inCell) {
      if (run) {
        if (name === 't' && runText) {
          run.text = unescapeText(runText.join(''));
          runText = undefined;
        } else if (name === 'r') {
          // Runs after plain text are dropped (ExcelJS fails on them).
          if (cell.text === undefined) (cell.runs ??= []).push(run);
          run = undefined;
        }
        return;
      }
      if (name === 'rPh') phonetic = false;
      else if (phonetic) return;
      else if (name === 'c') {
        inCell = false;
        finishCell();
      } else if (name === 'f' || name === 'v' || name === 't' || name === 'is') into = undefined;
      return;
    }
    if (section === 'sheetData') {
      if (name === 'row' && row) finishRow();
      else if (name === 'sheetData') section = undefined;
    } else if (section && name === section) section = undefined;
  }

  const keep = textKeeper();

  function finishCell(): void {
    const cells = row!;
    const at = cell.column - 1;
    const style = styleOf(cell.styleId);
    const value = cellValue(cell, style, book);
    if (value === MERGE) return; // a valueless, styleless cell: ExcelJS adds no cell at all
    if (value === NULL) {
      // A styled empty cell is no value; it replaces one read earlier at the same address.
      if (at < cells.length) {
        delete cells[at];
        if (rowFormats) delete rowFormats[at];
      }
      return;
    }
    // Shared strings are kept once already.
    cells[at] = typeof value === 'string' && cell.type !== 's' ? keep(value) : value;
    // Number formats only matter on numbers: they tell a date serial from an amount.
    let format: string | undefined;
    if (typeof value === 'number') {
      format = style?.numFmt;
      if (!format || format === 'General') format = cell.date ? DEFAULT_DATE_FORMAT : undefined;
    }
    if (format) (rowFormats ??= [])[at] = format;
    else if (rowFormats && at < rowFormats.length) delete rowFormats[at];
  }

  function finishRow(): void {
    const index = rowNumber - 1;
    const cells = row!;
    row = undefined;
    cells.length = lastCell(cells) + 1;
    // A row repeated replaces the first; a row with no value in it is no row (until a merge covers it).
    if (cells.length === 0) {
      data.rows[index] = data.formats[index] = undefined;
      return;
    }
    data.rows[index] = cells;
    let formats: readonly (string | null)[] | undefined;
    if (rowFormats) {
      // Rows of one table have the same formats: they share one array rather than a million copies.
      formats = lastFormats && sameFormats(lastFormats, rowFormats) ? lastFormats : denseFormats(rowFormats);
      if (formats.length) lastFormats = formats;
      else formats = undefined;
    }
    data.formats[index] = formats;
  }

  for await (const chunk of text) xml.write(chunk);
  xml.end();
  return data;
}

/** A cell with neither value nor style: ExcelJS's "merge" cell, which its rows leave out. */
const MERGE = Symbol('no cell');
/** A styled cell with no value: there, but empty. */
const NULL = Symbol('empty cell');

/**
 * A cell's value as ExcelJS's cell parser and its reconcile step make it (`xlsx/xform/sheet/cell-xform.js`),
 * then as `plainValue` turns it: a formula's cached result typed by `t`, shared strings looked up,
 * numbers in a date format as date serials (and `c.date` set).
 */
function cellValue(
  c: CellDraft,
  style: StyleFormat | null,
  book: BookContext,
): Plain | typeof MERGE | typeof NULL {
  const isDate = style !== null && style.isDate;
  if (c.runs) {
    if (c.formula || c.formulaKind) return null;
    return c.runs.map((run) => run.text ?? '').join('');
  }
  const text = c.text;
  if (c.formula || c.formulaKind) {
    // A formula never calculated (no result) reads as empty, as in Excel.
    if (!text) return null;
    const result =
      c.type === 'str'
        ? xmlDecode(text)
        : c.type === 'b'
          ? parseInt(text, 10) !== 0
          : c.type === 'e'
            ? text
            : parseFloat(text);
    if (!isDate) return result;
    c.date = true;
    return dateSerial(result, book.date1904);
  }
  if (text === undefined) return c.styleId ? NULL : MERGE;
  switch (c.type) {
    case 's': {
      const index = parseInt(text, 10);
      // With no shared strings part, ExcelJS leaves the index itself as the value.
      if (!book.strings) return index;
      if (!(index in book.strings))
        throw new XlsxError(`cell ${c.ref ?? ''} refers to shared string ${text}, which the workbook lacks`);
      return book.strings[index];
    }
    case 'str':
      return xmlDecode(text);
    case 'inlineStr':
      return text;
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return text;
    default: {
      const number = parseFloat(text);
      if (!isDate) return number;
      c.date = true;
      return dateSerial(number, book.date1904);
    }
  }
}

/** The column number of an address such as `AB12` (`$` signs allowed), as ExcelJS decodes it. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 48 && code <= 57) break;
  }
  return column;
}

/** Row and column of an address such as `B3`; 0 where a part is missing. */
function addressOf(ref: string): { row: number; column: number } {
  const digits = /\d+/.exec(ref);
  return { row: digits ? parseInt(digits[0], 10) : 0, column: columnOf(ref) };
}

/** A row's formats without holes, ending at its last format; frozen, as rows may share it. */
function denseFormats(formats: readonly (string | null | undefined)[]): readonly (string | null)[] {
  return Object.freeze(Array.from({ length: formatsLength(formats) }, (_, i) => formats[i] ?? null));
}

/** Up to the last format: a null in a row's formats is a cell without one. */
function formatsLength(formats: readonly (string | null | undefined)[]): number {
  let end = formats.length;
  while (end > 0 && formats[end - 1] == null) end--;
  return end;
}

/** Whether a row's formats, holes read as null and trailing holes dropped, are `dense`. */
function sameFormats(dense: readonly (string | null)[], formats: (string | null)[]): boolean {
  if (formatsLength(formats) !== dense.length) return false;
  for (let i = 0; i < dense.length; i++) if ((formats[i] ?? null) !== dense[i]) return false;
  return true;
}

/**
 * The sheet as the core takes it: merged cells other than a range's first are empty (in ExcelJS
 * they repeat the first's value; in Excel they are empty), and rows and cells are dense.
 */
function snapshotOf(name: string, data: SheetData): SheetSnapshot {
  const { rows, formats } = data;
  for (const ref of data.merges) {
    const [from, to = from] = ref.split(':').map(addressOf);
    const top = Math.min(from.row, to.row);
    const bottom = Math.min(Math.max(from.row, to.row), MAX_ROWS);
    const left = Math.min(from.column, to.column);
    const right = Math.min(Math.max(from.column, to.column), MAX_COLUMNS);
    if (top < 1 || left < 1 || (top === bottom && left === right)) continue;
    for (let r = top; r <= bottom; r++) {
      // A row a merge covers is a row, even with nothing in it.
      const cells = (rows[r - 1] ??= []);
      const rowFormats = formats[r - 1] ? [...formats[r - 1]!] : undefined;
      for (let c = r === top ? left + 1 : left; c <= right; c++) {
        if (c - 1 < cells.length) delete cells[c - 1];
        if (rowFormats && c - 1 < rowFormats.length) delete rowFormats[c - 1];
      }
      cells.length = lastCell(cells) + 1;
      if (rowFormats) {
        const dense = denseFormats(rowFormats);
        formats[r - 1] = dense.length ? dense : undefined;
      }
    }
  }
  rows.length = lastCell(rows) + 1;
  const values: CellValue[][] = Array.from(rows, (cells) => {
    if (cells === undefined) return [];
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    return cells;
  });
  const sheet: SheetSnapshot = { name, values };
  if (formats.some((f) => f !== undefined)) {
    const none: readonly (string | null)[] = Object.freeze([]);
    sheet.numberFormats = Array.from(values, (_, i) => (formats[i] ?? none) as (string | null)[]);
  }
  return sheet;
}

/** The index of the last element present, or -1. */
function lastCell(items: readonly unknown[]): number {
  let i = items.length - 1;
  while (i >= 0 && items[i] === undefined) i--;
  return i;
}
