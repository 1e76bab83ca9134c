import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { buildDocx, buildZip, DOCX_PLAN_PARAGRAPHS } from './docx.test-fixtures';
import { readDocxParagraphs } from './docx-reader';
import { listZipEntries, readZipEntry, ZipError } from './zip-reader';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ZipError) return err.code;
    throw err;
  }
  return 'no error';
};

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('zip reader', () => {
  it('lists entries from the central directory and reads stored and deflated ones', () => {
    const zip = buildZip([
      { name: 'a.txt', data: 'stored 中文', method: 0 },
      { name: 'dir/b.txt', data: 'x'.repeat(5000) },
    ]);
    const entries = listZipEntries(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 0, 13],
      ['dir/b.txt', 8, 5000],
    ]);
    expect(readZipEntry(zip, entries[0]!).toString('utf8')).toBe('stored 中文');
    expect(readZipEntry(zip, entries[1]!).toString('utf8')).toBe('x'.repeat(5000));
    expect(entries[1]!.compressedSize).toBeLessThan(100);
  });

  it('reads entries written with data descriptors (zero sizes in the local header)', () => {
    const docx = buildDocx(DOCX_PLAN_PARAGRAPHS, { dataDescriptor: true });
    expect(readDocxParagraphs(docx)).toEqual(DOCX_PLAN_PARAGRAPHS);
  });

  it('finds the end record behind an archive comment', () => {
    const zip = buildZip([{ name: 'a.txt', data: 'hello' }]);
    const comment = Buffer.from('a comment with PK\x05\x06 inside');
    const withComment = Buffer.concat([zip, comment]);
    withComment.writeUInt16LE(comment.length, zip.length - 2);
    expect(readZipEntry(withComment, listZipEntries(withComment)[0]!).toString()).toBe('hello');
  });

  it('refuses corrupt, truncated and unsupported archives with a code', () => {
    const docx = buildDocx(DOCX_PLAN_PARAGRAPHS);
    expect(codeOf(() => readDocxParagraphs(Buffer.from('PK not really')))).toBe('ZIP_CORRUPT');
    expect(codeOf(() => readDocxParagraphs(docx.subarray(0, docx.length - 30)))).toBe('ZIP_CORRUPT');
    expect(codeOf(() => readDocxParagraphs(docx.subarray(0, Math.floor(docx.length / 2))))).toBe('ZIP_CORRUPT');
    const flipped = Buffer.from(docx);
    const entry = listZipEntries(docx).find((e) => e.name === 'word/document.xml')!;
    flipped[entry.localOffset + 30 + 'word/document.xml'.length + 10]! ^= 0xff; // damage the deflate stream
    expect(codeOf(() => readDocxParagraphs(flipped))).toBe('ZIP_CORRUPT');
    const bzip2 = Buffer.from(docx);
    const cdOffset = bzip2.readUInt32LE(bzip2.length - 6);
    let p = cdOffset;
    for (const e of listZipEntries(docx)) {
      if (e.name === 'word/document.xml') bzip2.writeUInt16LE(12, p + 10);
      p += 46 + Buffer.byteLength(e.name);
    }
    expect(codeOf(() => readDocxParagraphs(bzip2))).toBe('ZIP_UNSUPPORTED');
  });

  it('refuses a zip without word/document.xml', () => {
    expect(codeOf(() => readDocxParagraphs(buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }])))).toBe(
      'DOCX_NO_DOCUMENT',
    );
  });

  it('stops a zip bomb: by declared size, and by inflating when the directory lies', () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const honest = buildZip([{ name: 'word/document.xml', data: big }]);
    expect(codeOf(() => readDocxParagraphs(honest, { maxBytes: 1024 * 1024 }))).toBe('ZIP_TOO_LARGE');
    const liar = buildZip([{ name: 'word/document.xml', data: big, declaredSize: 100 }]);
    expect(codeOf(() => readDocxParagraphs(liar, { maxBytes: 1024 * 1024 }))).toBe('ZIP_TOO_LARGE');
    expect(deflateRawSync(big).length).toBeLessThan(10_000); // the ratio that makes the cap necessary
  });
});
