import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import { FrameReader } from './frame-reader';
import { SplitReassembler } from './split-reassembler';
import { frameBytes, loadCorpus } from './testing/corpus-fixture';
import type { CorpusRecord } from './testing/corpus-fixture';

const corpus = loadCorpus();
const real = corpus?.real_packets ?? [];
const crcMismatch = corpus?.real_packets_crc_mismatch ?? [];
const malformed = corpus?.malformed_packets ?? [];
const label = (r: CorpusRecord): string =>
  `${r.id} (${r.expected_outcome}${r.quirks?.length ? `: ${r.quirks.join(', ')}` : ''})`;

describe.skipIf(corpus === null)('corpus: real valid frames', () => {
  it('holds the 42 frames the README announces', () => {
    expect(real).toHaveLength(42);
  });

  it.each(real.map((r) => [label(r), r] as const))('%s decodes with the recorded fields', (_label, record) => {
    const f = decodeFrame(frameBytes(record));
    expect(f.error).toBeNull();
    expect(f.ok).toBe(true);
    expect(f.header).toEqual(record.header_fields);
    expect(f.cp).toEqual(record.cp_params);
    expect(JSON.parse(JSON.stringify(f.factors))).toEqual(record.cp_factors);
    if (record.expected_outcome === 'accept')
      expect(decodeFrame(frameBytes(record), { strict: true }).error).toBeNull();
  });

  it('the frames pushed as one stream come out as the same frames, in order', () => {
    const reader = new FrameReader();
    const events = [...reader.push(Buffer.concat(real.map(frameBytes))), ...reader.end()];
    expect(events.every((e) => e.kind === 'frame')).toBe(true);
    expect(events.map((e) => e.raw.toString('hex'))).toEqual(real.map((r) => r.frame_hex));
  });

  it('the PNO-before-PNUM pair reassembles into one reading set', () => {
    const pair = real.filter((r) => r.quirks?.includes('PNO before PNUM')).map((r) => decodeFrame(frameBytes(r)));
    expect(pair).toHaveLength(2);
    const reassembler = new SplitReassembler({ timeoutMs: 60_000, now: () => 0 });
    expect(reassembler.add(pair[1]!).status).toBe('pending');
    const done = reassembler.add(pair[0]!);
    expect(done.status).toBe('complete');
    if (done.status === 'complete') {
      expect(Object.keys(done.frame.factors)).toHaveLength(8);
      expect(done.parts.map((p) => p.pno)).toEqual([1, 2]);
    }
  });
});

describe.skipIf(corpus === null)('corpus: real frames with CRC mismatches', () => {
  it.each(crcMismatch.map((r) => [`${r.id} (${r.crc_status})`, r] as const))(
    '%s fails in hj212 mode',
    (_label, record) => {
      const f = decodeFrame(frameBytes(record));
      expect(f.ok).toBe(false);
      expect(f.crc.ok).toBe(false);
      expect(['HJ212_CRC_MISMATCH', 'HJ212_LENGTH_MISMATCH']).toContain(f.error?.code);
    },
  );

  const modbus = crcMismatch.filter((r) => r.crc_status?.includes('MODBUS'));
  it('includes Modbus-signed frames of both byte orders', () => {
    expect(modbus.filter((r) => r.crc_status?.includes('byte-swapped')).length).toBeGreaterThan(0);
    expect(modbus.filter((r) => !r.crc_status?.includes('byte-swapped')).length).toBeGreaterThan(0);
  });

  it.each(modbus.map((r) => [`${r.id} (${r.crc_status})`, r] as const))(
    '%s verifies in its Modbus mode only',
    (_label, record) => {
      const mode = record.crc_status?.includes('byte-swapped') ? 'modbus-swapped' : 'modbus';
      const other = mode === 'modbus' ? 'modbus-swapped' : 'modbus';
      expect(decodeFrame(frameBytes(record), { crcMode: mode }).crc.ok).toBe(true);
      expect(decodeFrame(frameBytes(record), { crcMode: mode }).ok).toBe(true);
      expect(decodeFrame(frameBytes(record), { crcMode: other }).crc.ok).toBe(false);
    },
  );
});

describe.skipIf(corpus === null)('corpus: malformed frames', () => {
  it.each(malformed.map((r) => [`${r.id}: ${r.defect}`, r] as const))('%s is rejected', (_label, record) => {
    const raw = frameBytes(record);
    const strict = decodeFrame(raw, { strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.error).not.toBeNull();
    if (record.id !== 'malformed-018') expect(decodeFrame(raw).ok).toBe(false);
  });

  it('malformed-018 (over 1024 bytes, otherwise valid) passes lenient mode and fails strict mode on size', () => {
    const record = malformed.find((r) => r.id === 'malformed-018');
    expect(record).toBeDefined();
    expect(decodeFrame(frameBytes(record!)).ok).toBe(true);
    expect(decodeFrame(frameBytes(record!), { strict: true }).error?.code).toBe('HJ212_DATA_TOO_LONG');
  });

  it('malformed-015 (no CRLF): the FrameReader emits nothing until the stream ends', () => {
    const record = malformed.find((r) => r.id === 'malformed-015');
    const reader = new FrameReader();
    expect(reader.push(frameBytes(record!))).toEqual([]);
    const rest = reader.end();
    expect(rest.map((e) => [e.kind, e.kind === 'junk' ? e.reason : null])).toEqual([['junk', 'HJ212_INCOMPLETE']]);
  });
});
