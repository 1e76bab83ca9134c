import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import { FrameReader } from './frame-reader';
import type { FrameEvent } from './frame-reader';
import { encodePacket } from './packet-encoder';
import { H1, H4, H5, H7, bytes } from './testing/vectors';

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const alnum = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...ALNUM), minLength: min, maxLength: max });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
/** Values: any text without the syntax characters ; , = & CR LF (Chinese included). */
const value = fc.string({
  unit: fc.oneof(fc.constantFrom(...ALNUM, '.', '-', ' ', '水', '质', '+'), fc.constant('é')),
  maxLength: 12,
});

const packet = fc.record({
  qn: digits(17),
  st: digits(2),
  cn: digits(4),
  pw: alnum(0, 9),
  mn: alnum(1, 24),
  flag: fc.integer({ min: 0, max: 255 }),
  split: fc.option(fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })), { nil: undefined }),
  params: fc.array(fc.tuple(alnum(1, 10), value), { maxLength: 4 }),
  factors: fc.dictionary(alnum(1, 7), fc.dictionary(alnum(1, 6), value, { minKeys: 1, maxKeys: 4 }), { maxKeys: 6 }),
});

describe('properties', () => {
  it('encode → decode is the identity', () => {
    fc.assert(
      fc.property(packet, (p) => {
        const text = encodePacket(
          {
            qn: p.qn,
            st: p.st,
            cn: p.cn,
            pw: p.pw,
            mn: p.mn,
            flag: p.flag,
            pnum: p.split?.[0],
            pno: p.split?.[1],
            cp: { params: p.params, factors: p.factors },
          },
          { maxDataBytes: 9999 },
        );
        const f = decodeFrame(bytes(text));
        expect(f.error).toBeNull();
        expect([f.qn, f.st, f.cn, f.pw, f.mn, f.flag?.value, f.pnum ?? undefined, f.pno ?? undefined]).toEqual([
          p.qn,
          p.st,
          p.cn,
          p.pw,
          p.mn,
          p.flag,
          p.split?.[0],
          p.split?.[1],
        ]);
        expect(f.cp).toEqual(p.params);
        expect(JSON.parse(JSON.stringify(f.factors))).toEqual(p.factors);
      }),
      { numRuns: 2000 },
    );
  });

  const pieces = fc.array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom(H1, H4, H5, H7, '##', '#', '\r\n', '##0101', 'CP=&&').map(bytes),
    ),
    { maxLength: 12 },
  );
  const cuts = fc.array(fc.nat(), { maxLength: 10 });
  const stream = (parts: Uint8Array[]): Buffer => Buffer.concat(parts);
  const chunked = (buf: Buffer, points: number[]): Buffer[] => {
    const sorted = [...new Set(points.map((p) => (buf.length === 0 ? 0 : p % (buf.length + 1))))].sort((a, b) => a - b);
    const out: Buffer[] = [];
    let at = 0;
    for (const p of [...sorted, buf.length]) {
      out.push(buf.subarray(at, p));
      at = p;
    }
    return out;
  };
  const run = (chunks: Buffer[], max?: number): FrameEvent[] => {
    const reader = new FrameReader({ maxFrameBytes: max });
    return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
  };

  it('any bytes in any chunking: FrameReader and decodeFrame never throw, and no byte is lost or duplicated', () => {
    fc.assert(
      fc.property(
        pieces,
        cuts,
        fc.option(fc.integer({ min: 12, max: 400 }), { nil: undefined }),
        (parts, points, max) => {
          const buf = stream(parts);
          const events = run(chunked(buf, points), max);
          for (const e of events) if (e.kind === 'frame') decodeFrame(e.raw, { strict: true });
          expect(Buffer.concat(events.map((e) => e.raw)).equals(buf)).toBe(true);
          expect(events.map((e) => e.offset)).toEqual(
            events.map((_, i) => events.slice(0, i).reduce((n, x) => n + x.raw.length, 0)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('chunking does not change the frames found (nor which bytes are junk)', () => {
    fc.assert(
      fc.property(
        pieces,
        cuts,
        fc.option(fc.integer({ min: 12, max: 400 }), { nil: undefined }),
        (parts, points, max) => {
          const buf = stream(parts);
          const whole = run([buf], max);
          const split = run(chunked(buf, points), max);
          const frames = (es: FrameEvent[]) =>
            es.filter((e) => e.kind === 'frame').map((e) => `${e.offset}:${e.raw.toString('hex')}`);
          const junkBytes = (es: FrameEvent[]) =>
            es
              .filter((e) => e.kind === 'junk')
              .map((e) => e.raw.toString('hex'))
              .join('');
          expect(frames(split)).toEqual(frames(whole));
          expect(junkBytes(split)).toBe(junkBytes(whole));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('byte-at-a-time delivery finds the same frames as one read', () => {
    const buf = bytes(`junk${H1}${H4.slice(0, 33)}${H5}#`);
    const one = run([buf]);
    const bytewise = run([...buf].map((b) => Buffer.from([b])));
    expect(bytewise.filter((e) => e.kind === 'frame').map((e) => e.raw.toString())).toEqual([H1, H5]);
    expect(one.filter((e) => e.kind === 'frame').map((e) => e.raw.toString())).toEqual([H1, H5]);
  });
});
