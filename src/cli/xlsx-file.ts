/**
 * The .xlsx writer of the command line for large workbooks: the parts of src/xlsx/parts.ts deflated
 * one after the other into a zip held in memory, a sheet's XML never whole at once. The file's bytes
 * are a few megabytes for a hundred thousand rows; the cells themselves are never objects.
 */
import { createRequire } from 'node:module';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { type SheetPlan } from '../plans/types.js';
import type { ProtectionMode } from '../plans/protection.js';
import { xlsxParts, type XlsxPart } from '../xlsx/parts.js';
import type { XlsxResult } from '../xlsx/writer.js';

/** Options of {@link writeXlsxStreamed}. */
export interface StreamedXlsxOptions {
  /** Author written in the document properties, default "Prométhée". */
  readonly creator?: string;
  /** How the sheets are protected, as writeXlsx's option. */
  readonly protection?: ProtectionMode | readonly ProtectionMode[];
  /** Time written in the document properties and the zip entries; default now. */
  readonly created?: Date;
}

/** Office's default theme, as ExcelJS ships it (the default font of the styles refers to it). */
const THEME = themeXml(createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js'));

function themeXml(theme: unknown): string {
  if (typeof theme !== 'string') throw new Error('exceljs/lib/xlsx/xml/theme1.js is not the theme part any more');
  return theme;
}
/** Text of a part handed to the compressor at once. */
const BATCH_CHARACTERS = 1 << 16;

/**
 * Writes plans as a new .xlsx file, charts included, a row at a time.
 * @param plans - the plans, in the order their sheets are added
 * @param options - author, protection, time
 * @returns the bytes, the work counted, the final sheet names
 * @example (await writeXlsxStreamed([buildKpiPlan({ language: 'fr' })])).sheetNames // ["KPI acquisition"]
 */
export async function writeXlsxStreamed(plans: readonly SheetPlan[], options: StreamedXlsxOptions = {}): Promise<XlsxResult> {
  const created = options.created ?? new Date();
  const described = xlsxParts(plans, { theme: THEME, created, ...(options.creator === undefined ? {} : { creator: options.creator }), ...(options.protection === undefined ? {} : { protection: options.protection }) });
  const data = await zipParts(described.parts, created);
  return { data, stats: described.stats, sheetNames: described.sheetNames };
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly offset: number;
}

/**
 * A zip archive of the parts, each deflated as a stream (APPNOTE 6.3: local headers, central
 * directory, end record; UTF-8 names; no zip64, the file stays far below 4 GB).
 * @param parts - the parts, read in order
 * @param time - the entries' modification time
 * @returns the archive's bytes
 */
export async function zipParts(parts: Iterable<XlsxPart>, time: Date): Promise<Uint8Array> {
  const output: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  const { dosTime, dosDate } = dosDateTime(time);
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const deflated = await deflate(part.chunks());
    const entry: Entry = { name, crc: deflated.crc, size: deflated.size, compressedSize: deflated.compressedSize, offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(header, 4, entry, dosTime, dosDate);
    output.push(header, name, ...deflated.data);
    entries.push(entry);
    offset += header.length + name.length + deflated.compressedSize;
  }
  const directoryStart = offset;
  for (const entry of entries) {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    writeEntryFields(record, 6, entry, dosTime, dosDate);
    record.writeUInt32LE(entry.offset, 42);
    output.push(record, entry.name);
    offset += record.length + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  output.push(end);
  return new Uint8Array(Buffer.concat(output));
}

/**
 * The fields a local header and its central directory record share, in the same order (APPNOTE
 * 4.3.7 and 4.3.12): version needed 2.0, UTF-8 names, deflate, time, date, CRC-32, sizes, name length.
 */
function writeEntryFields(buffer: Buffer, at: number, entry: Entry, dosTime: number, dosDate: number): void {
  buffer.writeUInt16LE(20, at);
  buffer.writeUInt16LE(0x0800, at + 2);
  buffer.writeUInt16LE(8, at + 4);
  buffer.writeUInt16LE(dosTime, at + 6);
  buffer.writeUInt16LE(dosDate, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.compressedSize, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(entry.name.length, at + 22);
}

/** A part's text deflated as it comes, batch after batch, with its CRC-32 and sizes. */
async function deflate(chunks: Iterable<string>): Promise<{ data: Buffer[]; crc: number; size: number; compressedSize: number }> {
  const stream = createDeflateRaw({ level: 6 });
  const data: Buffer[] = [];
  let compressedSize = 0;
  stream.on('data', (chunk: Buffer) => {
    data.push(chunk);
    compressedSize += chunk.length;
  });
  const ended = once(stream, 'end');
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async (): Promise<void> => {
    if (pendingLength === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!stream.write(bytes)) await once(stream, 'drain');
  };
  for (const chunk of chunks) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength >= BATCH_CHARACTERS) await flush();
  }
  await flush();
  stream.end();
  await ended;
  return { data, crc, size, compressedSize };
}

/** The MS-DOS time and date of the zip headers (in UTC, as JSZip writes and reads them; two-second steps, from 1980). */
function dosDateTime(time: Date): { dosTime: number; dosDate: number } {
  const year = Math.max(time.getUTCFullYear(), 1980);
  return {
    dosTime: (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | Math.floor(time.getUTCSeconds() / 2),
    dosDate: ((year - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate(),
  };
}
