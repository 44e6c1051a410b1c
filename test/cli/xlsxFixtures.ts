/**
 * Workbooks for the .xlsx reader's tests: hand-written parts zipped in the order given, so a test
 * can hold exactly the XML it is about (parts in any order, attributes writers leave out, cells
 * no writer of ours makes).
 */
import { writeFileSync } from 'fs';
import { crc32, deflateRawSync } from 'zlib';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ZipOptions {
  /** Leave the parts uncompressed. */
  stored?: boolean;
  /** The directory's figures and each part's offset in the zip64 records, as a writer must past 4 GB. */
  zip64?: boolean;
  /** The name each part has in the zip (default: its own). */
  rename?: (name: string) => string;
  /** Per part, what its directory record says instead of the truth. */
  records?: Record<string, DirectoryRecord>;
  /** Further directory records, each pointing at an earlier part's data: overlapping entries. */
  overlaps?: [name: string, dataOf: string][];
}

export interface DirectoryRecord {
  /** The uncompressed size (in the zip64 field past 32 bits). */
  size?: number;
  encrypted?: boolean;
  method?: number;
}

/** Where a part's data is, and what it is. */
interface Placed {
  offset: number;
  crc: number;
  compressedSize: number;
  size: number;
  method: number;
}

/** A zip of `parts` in their order. */
export function zip(parts: [name: string, text: string | Buffer][], options: ZipOptions = {}): Buffer {
  const {
    stored = false,
    zip64 = false,
    rename = (name: string) => name,
    records = {},
    overlaps = [],
  } = options;
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const placed = new Map<string, Placed>();
  let offset = 0;
  for (const [name, content] of parts) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = stored ? raw : deflateRawSync(raw);
    const fileName = Buffer.from(rename(name), 'utf8');
    const at = {
      offset,
      crc: crc32(raw),
      compressedSize: data.length,
      size: raw.length,
      method: stored ? 0 : 8,
    };
    placed.set(name, at);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(at.method, 8);
    local.writeUInt32LE(at.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    central.push(directoryRecord(fileName, at, records[name] ?? {}, zip64));
    offset += local.length + fileName.length + data.length;
  }
  for (const [name, dataOf] of overlaps)
    central.push(directoryRecord(Buffer.from(rename(name), 'utf8'), placed.get(dataOf)!, {}, zip64));
  const count = parts.length + overlaps.length;
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  if (!zip64) return Buffer.concat([...locals, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}

/** A part's record in the zip directory, with a zip64 field for the figures too big for theirs. */
function directoryRecord(fileName: Buffer, at: Placed, record: DirectoryRecord, zip64: boolean): Buffer {
  const size = record.size ?? at.size;
  // The zip64 field holds, in this order, each figure whose own field is left full.
  const big = [size > 0xffffffff ? size : undefined, zip64 ? at.offset : undefined].filter(
    (value) => value !== undefined,
  );
  const extra = Buffer.alloc(big.length ? 4 + 8 * big.length : 0);
  if (big.length) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * big.length, 2);
    big.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  }
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800 | (record.encrypted ? 1 : 0), 8);
  header.writeUInt16LE(record.method ?? at.method, 10);
  header.writeUInt32LE(at.crc, 16);
  header.writeUInt32LE(at.compressedSize, 20);
  header.writeUInt32LE(size > 0xffffffff ? 0xffffffff : size, 24);
  header.writeUInt16LE(fileName.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(zip64 ? 0xffffffff : at.offset, 42);
  return Buffer.concat([header, fileName, extra]);
}

export interface SheetPart {
  name: string;
  /** What goes inside `<worksheet>`: `<sheetData>` and the rest. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
  /** The relationship's target (default `worksheets/sheetN.xml`). */
  target?: string;
}

export interface BookParts {
  sheets: SheetPart[];
  /** `<si>` elements, or none for a workbook without a shared strings part. */
  sharedStrings?: string[];
  /** `<numFmt>` elements and `<xf>` elements for cellXfs (the first is style 0). */
  numFmts?: string[];
  cellXfs?: string[];
  /** Omit styles.xml altogether. */
  noStyles?: boolean;
  date1904?: boolean;
  /** Part names in the order they go into the zip (default: workbook first, sheets last). */
  order?: (parts: string[]) => string[];
  /** Extra parts, e.g. a chart sheet. */
  extra?: [string, string][];
  /** How the parts are zipped (default: deflated, as they are). */
  zip?: ZipOptions;
  /** Extra `<sheet>` and `<Relationship>` elements. */
  extraSheets?: string;
  extraRels?: string;
}

/** An .xlsx made of the given parts, written to `file`. */
export function writeBook(file: string, book: BookParts): void {
  const parts = new Map<string, string>();
  parts.set(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  const sheetList = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetList}${book.extraSheets ?? ''}</sheets></workbook>`,
  );
  const rels = book.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`,
    )
    .join('');
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${book.extraRels ?? ''}</Relationships>`,
  );
  if (!book.noStyles) {
    const numFmts = book.numFmts ?? [];
    const xfs = book.cellXfs ?? ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
    parts.set(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">` +
        (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
    );
  }
  if (book.sharedStrings)
    parts.set(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings.join('')}</sst>`,
    );
  book.sheets.forEach((s, i) =>
    parts.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${s.xml}</worksheet>`,
    ),
  );
  for (const [name, text] of book.extra ?? []) parts.set(name, text);
  const names = book.order ? book.order([...parts.keys()]) : [...parts.keys()];
  writeFileSync(
    file,
    zip(
      names.map((name) => [name, parts.get(name)!]),
      book.zip,
    ),
  );
}

/** `zipped` with the first bytes of part `name`'s compressed data overwritten: a damaged deflate stream. */
export function damage(zipped: Buffer, name: string): Buffer {
  const copy = Buffer.from(zipped);
  const at = copy.indexOf(Buffer.from(name, 'utf8')) + name.length;
  copy.fill(0xff, at, at + 8);
  return copy;
}
