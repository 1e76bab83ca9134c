import { createInflateRaw } from 'node:zlib';
import { AppError } from '@ecocloud/contracts';

/**
 * Bounds of an XLSX before any parser sees it. A small zip can hold a huge sheet (a 411 KB file
 * once took 1.2 GB to parse), so the container is checked first: its central directory must be
 * readable, it may hold at most MAX_ENTRIES entries, and every entry is inflated once (streaming,
 * counting bytes, keeping nothing) so that sizes a forged header understates are measured, not trusted.
 */
const XLSX_LIMITS = {
  maxEntries: 1000,
  /** Sum of the inflated sizes of all entries: a 200,000-row sheet of ten columns is about 80 MB. */
  maxUncompressedBytes: 128 * 1024 * 1024,
};

type Entry = { name: string; method: number; compressedSize: number; dataStart: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function malformed(why: string): AppError {
  return new AppError('IMPORT_FILE_MALFORMED', `not a readable XLSX file: ${why}`, [{ path: 'file', message: why }]);
}

function tooLarge(why: string): AppError {
  return new AppError('IMPORT_FILE_TOO_LARGE', `the XLSX file is too large to import: ${why}`, [
    { path: 'file', message: why },
  ]);
}

/** Reads the central directory; throws IMPORT_FILE_MALFORMED for anything that is not a whole zip. */
function zipEntries(data: Buffer, limits = XLSX_LIMITS): Entry[] {
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL) throw malformed('the file is not a zip container');
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed('the zip directory is missing (truncated file?)');
  const count = data.readUInt16LE(eocd + 10);
  const dirSize = data.readUInt32LE(eocd + 12);
  const dirOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooLarge('ZIP64 containers are not accepted');
  if (count > limits.maxEntries) throw tooLarge(`${count} zip entries (at most ${limits.maxEntries})`);
  if (dirOffset + dirSize > eocd) throw malformed('the zip directory points outside the file');
  const entries: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== CENTRAL) throw malformed('a zip directory entry is damaged');
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const nameLength = data.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) throw malformed(`the entry ${name} is damaged`);
    const dataStart = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (dataStart + compressedSize > data.length) throw malformed(`the entry ${name} is truncated`);
    if (method !== 0 && method !== 8) throw malformed(`the entry ${name} uses an unsupported compression (${method})`);
    entries.push({ name, method, compressedSize, dataStart });
    p = next;
  }
  return entries;
}

/** Inflates a deflated entry without keeping its output; rejects as soon as `budget` bytes are passed. */
function inflatedSize(compressed: Buffer, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let over = false;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget && !over) {
        over = true;
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => {
      if (!over) resolve(size);
    });
    inflate.on('error', (err) => {
      if (!over) reject(err);
    });
    inflate.end(compressed);
  });
}

/** Checks the container and the real inflated size of every entry; throws a coded 400 when out of bounds. */
export async function assertXlsxWithinLimits(data: Buffer, limits = XLSX_LIMITS): Promise<void> {
  const entries = zipEntries(data, limits);
  if (!entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)))
    throw malformed('the workbook has no worksheet');
  let total = 0;
  for (const e of entries) {
    const slice = data.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const budget = limits.maxUncompressedBytes - total;
    try {
      total += e.method === 0 ? slice.length : await inflatedSize(slice, budget);
    } catch {
      throw malformed(`the entry ${e.name} cannot be decompressed`);
    }
    if (total > limits.maxUncompressedBytes) {
      throw tooLarge(
        `its content exceeds ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB once decompressed`,
      );
    }
  }
}
