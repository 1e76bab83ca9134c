import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** True when a poppler-utils tool (pdftotext, pdftoppm) can be run; otherwise prints why the check is skipped. */
export function hasPoppler(tool: 'pdftotext' | 'pdftoppm'): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`SKIP ${tool} check: ${tool} (poppler-utils) is not installed`);
    return false;
  }
}

function withTempPdf<T>(pdf: Buffer, run: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (pdf: Buffer): string =>
  withTempPdf(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-']).toString());

export type Image = { width: number; height: number; rgb: Uint8Array };

/** Renders one page to PNG with pdftoppm and decodes it. */
export function pdfPageImage(pdf: Buffer, page: number, dpi = 60): Image {
  return withTempPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    return decodePng(fs.readFileSync(path.join(dir, 'page.png')));
  });
}

/** A minimal PNG decoder for what pdftoppm writes: 8-bit RGB or RGBA, not interlaced. */
function decodePng(png: Buffer): Image {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNG');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`unsupported PNG colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const pred =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) for (let k = 0; k < 3; k++) rgb[i * 3 + k] = out[i * channels + k]!;
  return { width, height, rgb };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Distinct colours (quantised to 16 levels per channel) in a box, with their pixel counts. */
export function coloursIn(img: Image, box: { x: number; y: number; w: number; h: number }): Map<string, number> {
  const out = new Map<string, number>();
  for (let y = box.y; y < Math.min(img.height, box.y + box.h); y++) {
    for (let x = box.x; x < Math.min(img.width, box.x + box.w); x++) {
      const i = (y * img.width + x) * 3;
      const key = [img.rgb[i]!, img.rgb[i + 1]!, img.rgb[i + 2]!].map((v) => (v >> 4).toString(16)).join('');
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}
