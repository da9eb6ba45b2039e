import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { refusals } from './spreadsheet-refusal.ts';

const inflate = promisify(inflateRaw) as (buffer: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/**
 * Limits for unpacking an uploaded XLSX in memory. A worksheet of 50,000 rows with a few
 * dozen columns inflates to well under 200 MB; an XLSX worksheet compresses roughly 5 to
 * 30 times. A zip bomb inflates a thousand times its size or more.
 */
export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of the uncompressed sizes of the entries that are read. */
  maxInflatedBytes: number;
  /** Uncompressed / compressed size, per entry, for entries above 1 MB uncompressed. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1_000, maxInflatedBytes: 200 * 1024 * 1024, maxRatio: 200 };

const RATIO_FLOOR = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/**
 * A zip archive held in memory. The central directory is read without inflating
 * anything, so the declared sizes can be checked first; `read` then inflates one entry
 * with a hard cap at its declared size, because declared sizes can lie.
 */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.entries = readCentralDirectory(bytes);
    if (this.entries.length > limits.maxEntries) throw refusals.unsafeZip(`${this.entries.length} entries`);
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }

  /** Refuses before inflating when the declared sizes of these entries exceed the limits. */
  checkDeclared(entries: ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
      if (entry.encrypted) throw refusals.unreadableXlsx('encrypted zip entry');
      if (entry.method !== 0 && entry.method !== 8) throw refusals.unreadableXlsx(`zip compression method ${entry.method}`);
      if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > entry.compressedSize * this.limits.maxRatio) {
        throw refusals.unsafeZip(`entry declares ratio above ${this.limits.maxRatio}`);
      }
      total += entry.uncompressedSize;
    }
    if (total > this.limits.maxInflatedBytes) throw refusals.unsafeZip(`declared ${total} bytes uncompressed`);
  }

  async read(entry: ZipEntry): Promise<Buffer> {
    this.checkDeclared([entry]);
    if (this.inflated + entry.uncompressedSize > this.limits.maxInflatedBytes) throw refusals.unsafeZip('inflated total above limit');
    const data = this.dataOf(entry);
    let output: Buffer;
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) throw refusals.unreadableXlsx('stored entry size mismatch');
      output = Buffer.from(data);
    } else {
      try {
        // One byte more than declared: an entry that inflates beyond its declared size is refused.
        output = await inflate(data, { maxOutputLength: entry.uncompressedSize + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw refusals.unsafeZip('entry inflates beyond its declared size');
        throw refusals.unreadableXlsx('corrupt deflate data');
      }
      if (output.length > entry.uncompressedSize) throw refusals.unsafeZip('entry inflates beyond its declared size');
    }
    this.inflated += output.length;
    return output;
  }

  private dataOf(entry: ZipEntry): Uint8Array {
    const view = viewOf(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== 0x04034b50) throw refusals.unreadableXlsx('bad local header');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw refusals.unreadableXlsx('entry beyond end of file');
    return this.bytes.subarray(start, end);
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = viewOf(bytes);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw refusals.unreadableXlsx('no zip central directory');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw refusals.unreadableXlsx('zip64 archive');
  if (offset + size > bytes.length) throw refusals.unreadableXlsx('central directory beyond end of file');
  const entries: ZipEntry[] = [];
  let at = offset;
  while (at + 46 <= offset + size) {
    if (view.getUint32(at, true) !== 0x02014b50) throw refusals.unreadableXlsx('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw refusals.unreadableXlsx('zip64 entry');
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (entries.length > 65_535) break;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 65_535);
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === 0x06054b50) return at;
  return -1;
}
