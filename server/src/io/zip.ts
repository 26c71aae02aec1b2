// A small, bounded zip reader for collector bundles: the central directory, then each wanted entry inflated in
// memory (zlib's raw inflate), never written to disk. Refuses what it cannot read safely instead of guessing:
// ZIP64, encryption, methods other than stored and deflate, names that climb out of the archive (`..`, absolute,
// drive letters), more entries or more bytes than the limits, entries that inflate far beyond their compressed size
// (zip bombs), and entries whose size or CRC-32 do not match the directory.
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Entries in the directory. */
  maxEntries: number;
  /** Bytes of one entry once inflated. */
  maxEntryBytes: number;
  /** Bytes of all entries read from one archive, inflated. */
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte (text compresses about 10:1; bombs 1000:1). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 200 };

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, without a leading `/`. */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
  encrypted: boolean;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The archive's directory. Throws ZipError for an archive it will not read. */
export function zipEntries(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  // The end record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('it is not a zip archive (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not read (the collector writes ordinary zips)');
  if (count > limits.maxEntries) throw new ZipError(`it has ${count} entries, more than the ${limits.maxEntries} read`);
  if (dirOffset + dirSize > buf.length) throw new ZipError('its central directory lies outside the file (truncated archive)');
  const out: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('its central directory is damaged');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipError('ZIP64 entries are not read');
    // Bit 11: UTF-8 names; else code page 437, which matches ASCII for the names the collector writes.
    const raw = buf.subarray(p + 46, p + 46 + nameLength);
    const name = (flags & 0x800 ? raw.toString('utf8') : raw.toString('latin1')).replace(/\\/g, '/');
    out.push({ name: safeName(name), method, compressedSize, size, crc, localOffset, encrypted: (flags & 1) !== 0 });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** A name inside the archive, or a ZipError when it would leave it (`..`, `/x`, `C:`). */
function safeName(name: string): string {
  const parts = name.split('/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || parts.some((s) => s === '..') || name.includes('\0'))
    throw new ZipError(`the entry name "${name.slice(0, 80)}" points outside the archive`);
  return parts.filter((s) => s !== '' && s !== '.').join('/') + (name.endsWith('/') ? '/' : '');
}

/** Tracks the bytes inflated from one archive against the total limit. */
export class ZipBudget {
  private used = 0;
  constructor(private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS) {}

  /** An entry's bytes, inflated and checked. Throws ZipError. */
  read(buf: Buffer, e: ZipEntry): Buffer {
    const l = this.limits;
    if (e.encrypted) throw new ZipError(`${e.name} is encrypted`);
    if (e.size > l.maxEntryBytes) throw new ZipError(`${e.name} is ${e.size} bytes, more than the ${l.maxEntryBytes} read per entry`);
    if (this.used + e.size > l.maxTotalBytes) throw new ZipError(`the archive holds more than the ${l.maxTotalBytes} bytes read from one archive`);
    if (e.compressedSize > 0 && e.size / e.compressedSize > l.maxRatio)
      throw new ZipError(`${e.name} inflates ${Math.round(e.size / e.compressedSize)} times: refused as a zip bomb`);
    if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL) throw new ZipError(`${e.name}: its local header is damaged`);
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    if (start + e.compressedSize > buf.length) throw new ZipError(`${e.name} lies outside the file (truncated archive)`);
    const data = buf.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        // Never more than the directory says (plus one byte, to notice a lie).
        out = inflateRawSync(data, { maxOutputLength: e.size + 1 });
      } catch (err) {
        throw new ZipError(`${e.name} cannot be inflated (${err instanceof Error ? err.message : String(err)})`);
      }
    } else throw new ZipError(`${e.name} uses compression method ${e.method} (only stored and deflate are read)`);
    if (out.length !== e.size) throw new ZipError(`${e.name} is not the size its directory says`);
    if (crc32(out) !== e.crc) throw new ZipError(`${e.name} is damaged (CRC-32 mismatch)`);
    this.used += out.length;
    return out;
  }
}

let table: Uint32Array | undefined;

export function crc32(buf: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
