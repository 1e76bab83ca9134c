import { AppError } from '@ecocloud/contracts';
import { readDocxText } from './docx/docx-reader';
import { ZipError } from './docx/zip-reader';

/** File names the importer reads: UTF-8 text or a Word .docx (not the binary .doc of Word 97–2003). */
export const PLAN_FILE_PATTERN = /\.(txt|text|docx)$/i;

/**
 * A plan file's text for `parsePlanText`. A .docx is unzipped and its paragraphs become lines.
 * Throws `AppError`: 415 for other file types, 413 when the document part inflates past the cap,
 * 400 `BAD_REQUEST` with the reason as `details[0].code` (`ZIP_CORRUPT`, `ZIP_UNSUPPORTED`, `DOCX_NO_DOCUMENT`) otherwise.
 */
export function planTextFromFile(filename: string, data: Buffer): string {
  if (!PLAN_FILE_PATTERN.test(filename))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `unsupported file ${filename}: send a .docx or a UTF-8 .txt`);
  if (!/\.docx$/i.test(filename)) return data.toString('utf8');
  try {
    return readDocxText(data);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (err.code === 'ZIP_TOO_LARGE')
      throw new AppError('PAYLOAD_TOO_LARGE', err.message, [{ path: 'file', message: err.message, code: err.code }]);
    throw new AppError('BAD_REQUEST', `cannot read ${filename}: ${err.message}`, [
      { path: 'file', message: err.message, code: err.code },
    ]);
  }
}
