import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDataTime, formatQn, parseHj212Time } from './time';

describe('HJ 212 time (UTC+8)', () => {
  it('formats QN and DataTime in UTC+8', () => {
    const d = new Date('2026-02-28T16:00:00.001Z');
    expect(formatQn(d)).toBe('20260301000000001');
    expect(formatDataTime(d)).toBe('20260301000000');
  });

  it.each([
    ['20260301090000', '2026-03-01T01:00:00.000Z'],
    ['20260301000000', '2026-02-28T16:00:00.000Z'],
    ['20210305003817000', '2021-03-04T16:38:17.000Z'],
    ['20240229235959', '2024-02-29T15:59:59.000Z'],
  ])('parses %s as %s', (text, iso) => {
    expect(parseHj212Time(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026030109000',
    '20261301090000',
    '20260431090000',
    '20230229120000',
    '20260301240000',
    '2026030109000x',
    '',
  ])('refuses %s', (text) => {
    expect(parseHj212Time(text)).toBeNull();
  });

  it('parse(formatQn(d)) = d for any millisecond instant from 1970 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253402271999999 - 8 * 3600_000 }), (ms) => {
        expect(parseHj212Time(formatQn(new Date(ms)))?.getTime()).toBe(ms);
      }),
    );
  });

  it('throws on an invalid Date rather than writing NaN into a frame', () => {
    expect(() => formatQn(new Date(Number.NaN))).toThrow(RangeError);
  });
});
