import { describe, expect, it } from 'vitest';
import { parseCrcField } from './crc';
import { HJ212_ERROR_CODES } from './errors';
import { decodeFrame } from './frame-decoder';
import type { CrcMode } from './crc';
import { FrameReader } from './frame-reader';
import { frameBytes, loadCorpus } from './testing/corpus-fixture';
import { H1, H4, H5, H6, H7, bytes, referenceCrc } from './testing/vectors';

/** Number of mutated frames; HJ212_FUZZ_COUNT overrides (default one million). */
const COUNT = Number(process.env['HJ212_FUZZ_COUNT'] ?? 1_000_000);

/** xorshift32: a fixed seed makes a failure reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** Bytes that matter to the syntax are chosen more often than random ones. */
const INTERESTING = bytes('#;,=&-\r\n0123456789ABCDEF\u0000').valueOf();

function mutate(src: Buffer, next: () => number): Buffer {
  let out = src;
  const edits = 1 + (next() % 3);
  for (let k = 0; k < edits; k++) {
    const at = out.length === 0 ? 0 : next() % out.length;
    const pick = next();
    const byte = pick & 1 ? (INTERESTING[(pick >>> 1) % INTERESTING.length] as number) : (pick >>> 1) & 0xff;
    switch (next() % 5) {
      case 0:
        out = Buffer.from(out);
        out[at] = byte;
        break; // replace a byte
      case 1:
        out = Buffer.from(out);
        out[at] = (out[at] ?? 0) ^ (1 << (next() % 8));
        break; // flip a bit
      case 2:
        out = Buffer.concat([out.subarray(0, at), Buffer.from([byte]), out.subarray(at)]);
        break; // insert
      case 3:
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + (next() % 4))]);
        break; // delete
      default:
        out = out.subarray(0, at); // truncate
    }
  }
  return out;
}

/** Re-frames a mutated data segment with a correct length and CRC, so the mutation reaches the parser. */
function reseal(src: Buffer, next: () => number): Buffer {
  const data = mutate(src.subarray(6, Math.max(6, src.length - 6)), next);
  const crc = referenceCrc(data).toString(16).toUpperCase().padStart(4, '0');
  return Buffer.concat([bytes(`##${String(data.length % 10000).padStart(4, '0')}`), data, bytes(`${crc}\r\n`)]);
}

/** The checks an "ok" frame must pass, recomputed independently of the decoder. */
function verifies(raw: Buffer, mode: CrcMode): boolean {
  const dataEnd = raw.length - 6;
  const declared = Number(raw.toString('latin1', 2, 6));
  if (raw[0] !== 0x23 || raw[1] !== 0x23 || declared !== dataEnd - 6) return false;
  if (raw.toString('latin1', raw.length - 2) !== '\r\n') return false;
  return mode !== 'hj212' || parseCrcField(raw, dataEnd) === referenceCrc(raw.subarray(6, dataEnd));
}

describe('fuzz', () => {
  const corpus = loadCorpus();
  const seeds = [H1, H4, H5, H6, H7].map(bytes);
  if (corpus)
    seeds.push(
      ...[...corpus.real_packets, ...corpus.real_packets_crc_mismatch, ...corpus.malformed_packets].map(frameBytes),
    );

  it(`${COUNT} mutated frames: decodeFrame never throws and every ok frame verifies`, () => {
    const next = rng(0x212);
    const codes = new Set<string>(Object.values(HJ212_ERROR_CODES));
    const reader = new FrameReader({ maxFrameBytes: 4096 });
    const seen = new Map<string, number>();
    const started = performance.now();
    for (let i = 0; i < COUNT; i++) {
      const seed = seeds[next() % seeds.length] as Buffer;
      const raw = i % 4 === 0 ? reseal(seed, next) : mutate(seed, next);
      const mode: CrcMode = i % 16 === 0 ? 'modbus' : 'hj212';
      const f = decodeFrame(raw, { crcMode: mode, strict: (i & 1) === 1 });
      const key = f.ok ? 'ok' : (f.error?.code ?? 'none');
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (f.ok) {
        if (!verifies(raw, mode)) expect.fail(`ok but not verifying: ${raw.toString('hex')}`);
      } else if (!codes.has(key)) {
        expect.fail(`unknown error code ${key} for ${raw.toString('hex')}`);
      }
      // A tenth of the mutations also go through one long-lived reader as a stream.
      if (i % 10 === 0) for (const e of reader.push(raw)) if (e.kind === 'frame') decodeFrame(e.raw);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(`hj212 fuzz: ${COUNT} frames in ${seconds.toFixed(1)} s`, Object.fromEntries(seen));
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(COUNT);
    if (COUNT >= 10_000) {
      // The mutations reach every layer: framing, CRC and the field parser.
      for (const code of ['ok', 'HJ212_CRC_MISMATCH', 'HJ212_LENGTH_MISMATCH', 'HJ212_BAD_CP', 'HJ212_MISSING_FIELD']) {
        expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
      }
    }
  }, 180_000);
});
