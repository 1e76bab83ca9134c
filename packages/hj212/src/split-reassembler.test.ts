import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import { encodePacket } from './packet-encoder';
import { SplitReassembler, splitKey } from './split-reassembler';
import { H1, H7, bytes } from './testing/vectors';

const part = (pno: number, pnum = 2, qn = '20260301085857534', factor = `w0000${pno}`) =>
  decodeFrame(
    bytes(
      encodePacket({
        qn,
        st: '32',
        cn: '2061',
        pw: '123456',
        mn: 'M1',
        flag: 7,
        pnum,
        pno,
        cp: { params: [['DataTime', '20260301080000']], factors: { [factor]: { Avg: String(pno), Flag: 'N' } } },
      }),
    ),
  );

describe('SplitReassembler', () => {
  it('completes when all PNUM parts arrived, in PNO order whatever the arrival order', () => {
    const r = new SplitReassembler({ timeoutMs: 1000, now: () => 0 });
    expect(r.add(part(2, 3))).toMatchObject({ status: 'pending', received: 1, total: 3 });
    expect(r.add(part(3, 3))).toMatchObject({ status: 'pending', received: 2 });
    const done = r.add(part(1, 3));
    expect(done.status).toBe('complete');
    if (done.status !== 'complete') return;
    expect(done.parts.map((p) => p.pno)).toEqual([1, 2, 3]);
    expect(Object.keys(done.frame.factors)).toEqual(['w00001', 'w00002', 'w00003']);
    expect(done.frame.cp).toEqual([['DataTime', '20260301080000']]);
    expect(r.size).toBe(0);
  });

  it('keeps groups of different QN apart', () => {
    const r = new SplitReassembler({ timeoutMs: 1000, now: () => 0 });
    r.add(part(1, 2, '20260301085857534'));
    expect(r.add(part(2, 2, '20260301085857999')).status).toBe('pending');
    expect(r.size).toBe(2);
  });

  it('passes an unsplit frame straight through', () => {
    const r = new SplitReassembler({ timeoutMs: 1000 });
    const result = r.add(decodeFrame(bytes(H1)));
    expect(result.status).toBe('complete');
  });

  it('rejects PNO outside 1..PNUM and a PNUM that changes', () => {
    const r = new SplitReassembler({ timeoutMs: 1000, now: () => 0 });
    expect(r.add(part(3, 2)).status).toBe('rejected');
    expect(r.add(part(0, 2)).status).toBe('rejected');
    r.add(part(1, 2));
    expect(r.add(part(2, 3)).status).toBe('rejected');
  });

  it('a repeated PNO does not count twice', () => {
    const r = new SplitReassembler({ timeoutMs: 1000, now: () => 0 });
    r.add(part(1, 2));
    expect(r.add(part(1, 2))).toMatchObject({ status: 'pending', received: 1 });
  });

  it('expire() hands out groups whose first part is timeoutMs old, and only those', () => {
    let clock = 0;
    const r = new SplitReassembler({ timeoutMs: 5000, now: () => clock });
    r.add(decodeFrame(bytes(H7)));
    clock = 3000;
    r.add(part(1, 2, '20260301085857999'));
    clock = 4999;
    expect(r.expire()).toEqual([]);
    clock = 5000;
    const expired = r.expire();
    expect(expired.map((g) => [g.total, g.parts.length])).toEqual([[2, 1]]);
    expect(expired[0]?.key).toBe(splitKey(decodeFrame(bytes(H7))));
    expect(r.size).toBe(1);
  });

  it('keys 2005-style frames (no QN) by DataTime', () => {
    const a = decodeFrame(
      bytes('##0075ST=21;CN=2011;PW=1;MN=DM1;PNO=1;PNUM=2;CP=&&DataTime=20191225155200;x-Rtd=1&&0000\r\n'),
    );
    expect(splitKey(a)).toContain('DataTime=20191225155200');
  });

  it('bounds the parts and bytes one MN holds: its oldest groups are evicted to onEvict, other MNs keep theirs', () => {
    const evicted: string[] = [];
    const r = new SplitReassembler({
      timeoutMs: 60_000,
      now: () => 0,
      maxPartsPerMn: 3,
      maxBytesPerMn: 1_000_000,
      onEvict: (g) => evicted.push(g.parts[0]!.qn!),
    });
    const other = decodeFrame(
      bytes(
        encodePacket({
          qn: '20260301085800000',
          st: '32',
          cn: '2061',
          pw: '123456',
          mn: 'M2',
          flag: 7,
          pnum: 2,
          pno: 1,
          cp: 'DataTime=20260301080000;w00001-Avg=1',
        }),
      ),
    );
    r.add(other);
    for (let i = 0; i < 20; i++)
      expect(r.add(part(1, 2, `202603010858${String(i).padStart(5, '0')}`)).status).toBe('pending');
    expect(r.size).toBe(4); // M1's newest three and M2's one
    expect(evicted).toEqual(Array.from({ length: 17 }, (_, i) => `202603010858${String(i).padStart(5, '0')}`));
    expect(r.add(part(2, 2, '20260301085800019')).status).toBe('complete'); // a recent group still completes
    const bytesBound = new SplitReassembler({
      timeoutMs: 60_000,
      now: () => 0,
      maxBytesPerMn: 2 * (part(1).dataLength ?? 0),
      onEvict: (g) => evicted.push(g.key),
    });
    for (let i = 0; i < 5; i++) bytesBound.add(part(1, 2, `202603010859${String(i).padStart(5, '0')}`));
    expect(bytesBound.size).toBe(2);
  });
});
