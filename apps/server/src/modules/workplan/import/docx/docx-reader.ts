import { DEFAULT_MAX_ENTRY_BYTES, ZipError, listZipEntries, readZipEntry } from './zip-reader';
import { wordXmlParagraphs } from './wordml-text';

/** The main document part of a .docx package (ECMA-376 Part 2 and the WordprocessingML conventions). */
const DOCX_MAIN_PART = 'word/document.xml';

/**
 * Reads a .docx (a ZIP package) into its paragraphs, one line each. Throws `ZipError`: `ZIP_CORRUPT`
 * (not a zip, truncated, bad CRC), `DOCX_NO_DOCUMENT` (a zip without `word/document.xml`), `ZIP_UNSUPPORTED` (method
 * other than stored/deflate, encryption, ZIP64) or `ZIP_TOO_LARGE` (the part inflates past `maxBytes`).
 */
export function readDocxParagraphs(buf: Buffer, opts: { maxBytes?: number } = {}): string[] {
  const entries = listZipEntries(buf);
  const main = entries.find((e) => e.name === DOCX_MAIN_PART);
  if (!main) throw new ZipError('DOCX_NO_DOCUMENT', `not a Word document: the archive has no ${DOCX_MAIN_PART}`);
  const xml = readZipEntry(buf, main, opts.maxBytes ?? DEFAULT_MAX_ENTRY_BYTES);
  return wordXmlParagraphs(xml.toString('utf8'));
}

/** The document as plain text, paragraphs joined by newlines (the input `parsePlanText` expects). */
export function readDocxText(buf: Buffer, opts: { maxBytes?: number } = {}): string {
  return readDocxParagraphs(buf, opts).join('\n');
}
