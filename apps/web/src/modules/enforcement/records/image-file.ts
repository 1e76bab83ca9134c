import { INSPECTION_ATTACHMENT_MAX_BYTES, INSPECTION_IMAGE_TYPES } from '@ecocloud/contracts';
import type { DraftAttachment } from './draft-store';

const ALLOWED = new Set<string>(INSPECTION_IMAGE_TYPES);
/** Camera photos are shrunk to this many pixels on the long side (the record needs evidence, not posters). */
const MAX_SIDE = 1600;
const SHRINK_ABOVE = 600 * 1024;

export class ImageRefused extends Error {}

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Decoded bytes of a data URL's base64 part. */
const dataUrlBytes = (url: string) => {
  const b64 = url.slice(url.indexOf(',') + 1);
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
};

/** A JPEG of at most MAX_SIDE pixels, or null where the browser cannot draw the image (HEIC, tests). */
function shrink(url: string): Promise<string | null> {
  return new Promise((resolve) => {
    const img = new Image();
    const timer = setTimeout(() => resolve(null), 8000);
    img.onload = () => {
      clearTimeout(timer);
      const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight, 1));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * scale);
      canvas.height = Math.round(img.naturalHeight * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.width) return resolve(null);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/jpeg', 0.8));
    };
    img.onerror = () => {
      clearTimeout(timer);
      resolve(null);
    };
    img.src = url;
  });
}

/**
 * A photo or signature for the draft: large or unusual images are redrawn as a smaller JPEG first; what
 * is still not a PNG, JPEG or WebP of at most 2 MB is refused (the server checks the same again).
 */
export async function readImage(file: File, kind: DraftAttachment['kind']): Promise<DraftAttachment> {
  let url = await dataUrlOf(file);
  let type = file.type;
  if (!ALLOWED.has(type) || file.size > SHRINK_ABOVE) {
    const small = await shrink(url);
    if (small) {
      url = small;
      type = 'image/jpeg';
    }
  }
  if (!ALLOWED.has(type) || dataUrlBytes(url) > INSPECTION_ATTACHMENT_MAX_BYTES) throw new ImageRefused(file.name);
  const base = (file.name || kind).replace(/\.[^.]*$/, '');
  return { kind, fileName: type === file.type ? file.name || kind : `${base}.jpg`, contentType: type, dataUrl: url };
}
