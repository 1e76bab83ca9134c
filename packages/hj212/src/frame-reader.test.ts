import { describe, expect, it } from 'vitest';
import { FrameReader, scanFrameEnds } from './frame-reader';
import type { FrameEvent } from './frame-reader';
import { H1, H4, H5, bytes } from './testing/vectors';

/** Compact view of events: frames as text, junk as `reason:text`. */
const view = (events: FrameEvent[]): string[] =>
  events.map((e) => (e.kind === 'frame' ? e.raw.toString('latin1') : `${e.reason}:${e.raw.toString('latin1')}`));

const pushAll = (reader: FrameReader, chunks: string[]): FrameEvent[] => chunks.flatMap((c) => reader.push(bytes(c)));

describe('FrameReader', () => {
  it('joins a frame split across reads and emits nothing before its CRLF', () => {
    const reader = new FrameReader();
    expect(reader.push(bytes(H1.slice(0, 40)))).toEqual([]);
    expect(reader.push(bytes(H1.slice(40, -1)))).toEqual([]);
    expect(view(reader.push(bytes(H1.slice(-1))))).toEqual([H1]);
  });

  it('splits several frames in one read and reports their stream offsets', () => {
    const events = new FrameReader().push(bytes(H1 + H4 + H5));
    expect(view(events)).toEqual([H1, H4, H5]);
    expect(events.map((e) => e.offset)).toEqual([0, H1.length, H1.length + H4.length]);
  });

  it('reports junk between frames with its bytes', () => {
    const events = pushAll(new FrameReader(), ['noise', H1, '\r\n#x', H5]);
    expect(view(events)).toEqual(['HJ212_NO_HEADER:noise', H1, 'HJ212_NO_HEADER:\r\n#x', H5]);
    expect(events[2]?.offset).toBe(5 + H1.length);
  });

  it('keeps a lone trailing # in case the next read completes the header', () => {
    const reader = new FrameReader();
    expect(view(reader.push(bytes(`xy${H1.slice(0, 1)}`)))).toEqual(['HJ212_NO_HEADER:xy']);
    expect(view(reader.push(bytes(H1.slice(1))))).toEqual([H1]);
  });

  it('cuts a truncated frame off at the next ## and still finds the frame after it', () => {
    const events = pushAll(new FrameReader(), [H1.slice(0, 30), H4]);
    expect(view(events)).toEqual([`HJ212_TRUNCATED:${H1.slice(0, 30)}`, H4]);
  });

  it('treats ### as one stray # before a header', () => {
    expect(view(new FrameReader().push(bytes(`#${H1}`)))).toEqual(['HJ212_TRUNCATED:#', H1]);
  });

  it('drops a frame larger than maxFrameBytes up to the next ##', () => {
    const reader = new FrameReader({ maxFrameBytes: 120 });
    const big = `##9999${'x'.repeat(300)}\r\n`;
    const events = [...reader.push(bytes(big.slice(0, 200))), ...reader.push(bytes(big.slice(200) + H1))];
    expect(events.filter((e) => e.kind === 'frame').map((e) => e.raw.toString())).toEqual([H1]);
    const dropped = events.filter((e) => e.kind === 'junk');
    expect(dropped.every((e) => e.kind === 'junk' && e.reason === 'HJ212_FRAME_TOO_LARGE')).toBe(true);
    expect(Buffer.concat(dropped.map((e) => e.raw)).toString()).toBe(big);
  });

  it('accepts a frame of exactly maxFrameBytes and rejects one byte more', () => {
    expect(view(new FrameReader({ maxFrameBytes: H1.length }).push(bytes(H1)))).toEqual([H1]);
    expect(new FrameReader({ maxFrameBytes: H1.length - 1 }).push(bytes(H1))[0]?.kind).toBe('junk');
  });

  it('holds back an unfinished frame and hands it out as junk at end()', () => {
    const reader = new FrameReader();
    expect(reader.push(bytes(H1 + H4.slice(0, 50)))).toHaveLength(1);
    expect(view(reader.end())).toEqual([`HJ212_INCOMPLETE:${H4.slice(0, 50)}`]);
    expect(reader.end()).toEqual([]);
  });

  it('does not keep a view of the caller’s buffer', () => {
    const chunk = bytes(H1 + H4.slice(0, 20));
    const reader = new FrameReader();
    const [frame] = reader.push(chunk);
    chunk.fill(0x41);
    expect(frame?.raw.toString()).toBe(H1);
    expect(view(reader.push(bytes(H4.slice(20))))).toEqual([H4]);
  });

  it('refuses a maxFrameBytes below the 12-byte minimum frame', () => {
    expect(() => new FrameReader({ maxFrameBytes: 11 })).toThrow(RangeError);
  });
});

describe('scanFrameEnds', () => {
  it('counts CRLF pairs', () => {
    expect(scanFrameEnds(bytes(H1 + H4 + 'x\r\ny\r'))).toBe(3);
    expect(scanFrameEnds(new Uint8Array(0))).toBe(0);
    // A CR that is not followed by LF, a CR right before a CRLF, and pairs back to back.
    expect(scanFrameEnds(bytes('\r\r\n\r\n\rx\r'))).toBe(2);
  });
});
