import { createHash } from 'node:crypto';
import {
  AppError,
  INSPECTION_ATTACHMENT_MAX_BYTES,
  INSPECTION_IMAGE_TYPES,
  type ErrorDetail,
} from '@ecocloud/contracts';

type ImageType = (typeof INSPECTION_IMAGE_TYPES)[number];
export type CheckedImage = { bytes: Buffer; contentType: ImageType; sha256: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The image type the bytes themselves say (magic numbers), so a renamed file cannot pass as a photo. */
function sniffImage(b: Buffer): ImageType | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  return null;
}

const refused = (path: string, message: string, params?: ErrorDetail['params']) =>
  new AppError('INSPECTION_ATTACHMENT_REFUSED', message, [
    { path, message, code: 'INSPECTION_ATTACHMENT_REFUSED', ...(params ? { params } : {}) },
  ]);

/**
 * Decodes and checks one attachment: base64, at most INSPECTION_ATTACHMENT_MAX_BYTES, a PNG, JPEG or
 * WebP image whose bytes match the declared type. `path` names it in the refusal (body.attachments.N).
 */
export function checkImage(path: string, contentType: string, dataBase64: string): CheckedImage {
  const text = dataBase64.replace(/^data:[^,]*,/, '');
  if (!BASE64.test(text) || text.length % 4 !== 0) throw refused(`${path}.dataBase64`, 'not base64');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > INSPECTION_ATTACHMENT_MAX_BYTES)
    throw refused(`${path}.dataBase64`, `larger than ${INSPECTION_ATTACHMENT_MAX_BYTES} bytes`, {
      maximum: INSPECTION_ATTACHMENT_MAX_BYTES,
    });
  const sniffed = sniffImage(bytes);
  if (!sniffed || sniffed !== contentType)
    throw refused(`${path}.contentType`, `not a ${INSPECTION_IMAGE_TYPES.join(', ')} image as declared`);
  return { bytes, contentType: sniffed, sha256: createHash('sha256').update(bytes).digest('hex') };
}
