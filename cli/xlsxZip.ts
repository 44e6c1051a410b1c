/**
 * The zip container of an .xlsx file, read the way JSZip reads it for ExcelJS's full load: from
 * its central directory at the end of the file, so every part is found by name whatever order the
 * writer put them in, and each part is then streamed and inflated on its own, never held whole.
 *
 * A streaming zip walk (unzipper, under ExcelJS's WorkbookReader) meets the parts in file order:
 * a worksheet before the styles and shared strings it needs must be set aside on disk, and on
 * small workbooks the walk can stop before the last parts (`xl/workbook.xml` in files ExcelJS
 * writes). Reading the directory first has neither problem.
 */
import { createReadStream } from 'fs';
import type { FileHandle } from 'fs/promises';
import { pipeline, Readable } from 'stream';
import { createInflateRaw } from 'zlib';

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** By name, without a leading `/`, in directory order. */
  entries: Map<string, ZipEntry>;
  /** The entry's bytes, inflated, as a stream. */
  open(entry: ZipEntry): Promise<Readable>;
}

/** Something wrong with the zip itself; the message says what, for "not a valid .xlsx file (...)". */
class ZipError extends Error {
  override name = 'ZipError';
}

const CUT_SHORT = 'it is cut short or damaged: the zip directory at its end is missing';

/** The directory of the zip `file`, open as `handle`. */
export async function openZip(file: string, handle: FileHandle): Promise<ZipDirectory> {
  const { size } = await handle.stat();
  const tailSize = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, size - tailSize, tailSize);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError(CUT_SHORT);
  let count = tail.readUInt16LE(at + 10);
  let directorySize = tail.readUInt32LE(at + 12);
  let directoryOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // Zip64: the real figures are in a record the locator just before the EOCD points at.
    const locatorAt = at - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw new ZipError(CUT_SHORT);
    const record = await readAt(handle, safeNumber(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError(CUT_SHORT);
    count = safeNumber(record.readBigUInt64LE(32));
    directorySize = safeNumber(record.readBigUInt64LE(40));
    directoryOffset = safeNumber(record.readBigUInt64LE(48));
  }
  if (directoryOffset + directorySize > size) throw new ZipError(CUT_SHORT);
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_HEADER)
      throw new ZipError('it is damaged: its zip directory is broken');
    const flags = directory.readUInt16LE(p + 8);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    let compressedSize = directory.readUInt32LE(p + 20);
    let uncompressedSize = directory.readUInt32LE(p + 24);
    let localHeaderOffset = directory.readUInt32LE(p + 42);
    const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
    const extra = directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const length = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        // The zip64 sizes and offset, each present only when its 32-bit field is full.
        let q = e + 4;
        const next = () => {
          const value = q + 8 <= e + 4 + length ? safeNumber(extra.readBigUInt64LE(q)) : undefined;
          q += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? localHeaderOffset;
      }
      e += 4 + length;
    }
    const entry = {
      name: name.startsWith('/') ? name.slice(1) : name,
      method: directory.readUInt16LE(p + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      localHeaderOffset,
    };
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, open: (entry) => openEntry(file, handle, entry, size) };
}

async function openEntry(file: string, handle: FileHandle, entry: ZipEntry, size: number): Promise<Readable> {
  if (entry.encrypted) throw new ZipError(`it is password-protected (${entry.name} is encrypted)`);
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ZipError(`${entry.name} is compressed in a way .xlsx files are not (method ${entry.method})`);
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER)
    throw new ZipError(`it is damaged: ${entry.name} is not where the zip directory says`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > size) throw new ZipError(CUT_SHORT);
  if (entry.compressedSize === 0) return Readable.from([]);
  // A stream of its own per part: destroying a stream closes its descriptor.
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === STORED) return raw;
  // Either end failing or being destroyed ends the other: no read is left pending on the file.
  return pipeline(raw, createInflateRaw({ chunkSize: 64 * 1024 }), () => undefined);
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  const { bytesRead } = await handle.read(bytes, 0, length, position);
  return bytes.subarray(0, bytesRead);
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError('it is damaged: a zip size is out of range');
  return Number(value);
}
