import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

/**
 * A small ZIP reader (PKWARE APPNOTE 6.3): enough for Office Open XML packages. It trusts the
 * central directory, not the local headers, because an entry written with a data descriptor
 * (flag bit 3) carries zero sizes in its local header. Stored (0) and deflated (8) entries only;
 * no ZIP64, no encryption, no multi-disk archives.
 */
export type ZipErrorCode = 'ZIP_CORRUPT' | 'ZIP_UNSUPPORTED' | 'ZIP_TOO_LARGE' | 'DOCX_NO_DOCUMENT';

export class ZipError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** Default cap on one inflated entry (bytes): a zip bomb stops here. */
export const DEFAULT_MAX_ENTRY_BYTES = 50 * 1024 * 1024;

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

const corrupt = (why: string) => new ZipError('ZIP_CORRUPT', `not a readable zip archive: ${why}`);

function findEocd(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65 535 bytes, at the very end of the file.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  throw corrupt('no end-of-central-directory record (truncated?)');
}

/** Lists the entries from the central directory. Throws `ZipError`. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw corrupt('too short');
  const eocd = findEocd(buf);
  const disk = buf.readUInt16LE(eocd + 4);
  const cdDisk = buf.readUInt16LE(eocd + 6);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0) throw new ZipError('ZIP_UNSUPPORTED', 'multi-disk zip archives are not supported');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ZipError('ZIP_UNSUPPORTED', 'ZIP64 archives are not supported');
  if (cdOffset + cdSize > eocd) throw corrupt('central directory outside the file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CDH_SIG) throw corrupt(`bad central directory header #${i + 1}`);
    const nameLen = buf.readUInt16LE(p + 28);
    const end = p + 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (end > eocd) throw corrupt('central directory header overruns the directory');
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p = end;
  }
  return entries;
}

/** The entry's bytes, checked against its size and CRC-32; inflation stops at `maxBytes`. Throws `ZipError`. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes = DEFAULT_MAX_ENTRY_BYTES): Buffer {
  if (entry.flags & 0x1) throw new ZipError('ZIP_UNSUPPORTED', `${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError(
      'ZIP_UNSUPPORTED',
      `${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`,
    );
  if (entry.size > maxBytes)
    throw new ZipError(
      'ZIP_TOO_LARGE',
      `${entry.name} inflates to ${entry.size} bytes, over the ${maxBytes}-byte limit`,
    );
  const lh = entry.localOffset;
  if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== LFH_SIG) throw corrupt(`bad local header for ${entry.name}`);
  const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  if (start + entry.compressedSize > buf.length) throw corrupt(`${entry.name} is truncated`);
  const raw = buf.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else {
    try {
      // maxOutputLength guards against a central directory that lies about the size.
      data = inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ZipError('ZIP_TOO_LARGE', `${entry.name} inflates past the ${maxBytes}-byte limit`);
      throw corrupt(`${entry.name} does not inflate (${(err as Error).message})`);
    }
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw corrupt(`${entry.name} fails its size or CRC-32 check`);
  return data;
}
