import zlib from 'node:zlib';
import { fitProjection, type Region } from './map-geometry';

/**
 * The bulletin map as a PNG picture for the DOCX (Word embeds pictures, not PDF vector paths): each
 * region filled with its colour by even-odd scanlines over its rings, white borders, no text (the
 * DOCX legend table names the cities of each colour).
 */
export function mapPng(
  regions: readonly Region[],
  colourOf: (regionCode: string) => string,
  size = { w: 800, h: 640 },
): Buffer {
  const { w, h } = size;
  const rgb = new Uint8Array(w * h * 3).fill(255);
  const project = fitProjection(regions, { x: 4, y: 4, w: w - 8, h: h - 8 });
  for (const r of regions) {
    const colour = hexRgb(colourOf(r.id));
    for (const poly of r.polygons) {
      const rings = poly.map((ring) => ring.map(project));
      fillPolygon(rgb, w, h, rings, colour);
      for (const ring of rings) strokeRing(rgb, w, h, ring, [255, 255, 255]);
    }
  }
  return encodePng(rgb, w, h);
}

const hexRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

function setPixel(rgb: Uint8Array, w: number, h: number, x: number, y: number, c: readonly number[]): void {
  if (x < 0 || y < 0 || x >= w || y >= h) return;
  const i = (y * w + x) * 3;
  rgb[i] = c[0]!;
  rgb[i + 1] = c[1]!;
  rgb[i + 2] = c[2]!;
}

/** Even-odd fill: for each pixel row, the crossings of every ring's edges, filled pairwise. */
function fillPolygon(rgb: Uint8Array, w: number, h: number, rings: [number, number][][], c: readonly number[]): void {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of rings)
    for (const [, y] of ring) {
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  for (let py = Math.max(0, Math.floor(minY)); py <= Math.min(h - 1, Math.ceil(maxY)); py++) {
    const yc = py + 0.5;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[(i + 1) % ring.length]!;
        if ((y1 <= yc && y2 > yc) || (y2 <= yc && y1 > yc)) xs.push(x1 + ((yc - y1) / (y2 - y1)) * (x2 - x1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let px = Math.max(0, Math.round(xs[k]!)); px < Math.min(w, Math.round(xs[k + 1]!)); px++)
        setPixel(rgb, w, h, px, py, c);
    }
  }
}

function strokeRing(rgb: Uint8Array, w: number, h: number, ring: [number, number][], c: readonly number[]): void {
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));
    for (let s = 0; s <= steps; s++)
      setPixel(rgb, w, h, Math.round(x1 + ((x2 - x1) * s) / steps), Math.round(y1 + ((y2 - y1) * s) / steps), c);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 8-bit RGB PNG, filter 0 on every row. */
function encodePng(rgb: Uint8Array, w: number, h: number): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) Buffer.from(rgb.buffer, rgb.byteOffset + y * w * 3, w * 3).copy(raw, y * (w * 3 + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
