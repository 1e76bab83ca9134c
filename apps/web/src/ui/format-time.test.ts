import { describe, expect, it } from 'vitest';
import { formatInstant, shanghaiDayRange } from './format-time';

describe('formatInstant', () => {
  it.each([
    ['2024-06-04T16:00:00Z', '2024-06-05 00:00:00'], // UTC evening is the next Beijing day
    ['2024-06-05T08:30:05.123Z', '2024-06-05 16:30:05'],
    ['2024-12-31T16:59:59Z', '2025-01-01 00:59:59'],
    ['2024-03-01T01:00:00+08:00', '2024-03-01 01:00:00'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatInstant(iso)).toBe(expected);
  });

  it('leaves empty and unparsable values alone', () => {
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('not a date')).toBe('not a date');
  });
});

describe('shanghaiDayRange', () => {
  it('bounds natural Beijing days in UTC', () => {
    expect(shanghaiDayRange('2024-06-05', '2024-06-05')).toEqual({
      from: '2024-06-04T16:00:00.000Z',
      to: '2024-06-05T15:59:59.999Z',
    });
  });

  it('spans month and year ends', () => {
    expect(shanghaiDayRange('2024-12-31', '2025-01-01')).toEqual({
      from: '2024-12-30T16:00:00.000Z',
      to: '2025-01-01T15:59:59.999Z',
    });
  });

  it('rejects a malformed day', () => {
    expect(() => shanghaiDayRange('2024-13-01', '2024-12-01')).toThrow(RangeError);
  });
});
