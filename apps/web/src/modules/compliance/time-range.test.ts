import { describe, expect, it } from 'vitest';
import { beijingInstant, currentMonth, dayRange, lastDayOf, lastDays, monthRange, shanghaiDay } from './time-range';

describe('Beijing days and months', () => {
  it('reads the day in Beijing: 16:00 UTC is already the next day', () => {
    expect(shanghaiDay(Date.parse('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDay(Date.parse('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('bounds days at Beijing midnight, the end exclusive', () => {
    expect(dayRange('2026-03-01', '2026-03-03')).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-03T16:00:00.000Z',
    });
    expect(lastDayOf(dayRange('2026-03-01', '2026-03-03'))).toBe('2026-03-03');
  });

  it('takes the last three days up to today', () => {
    const now = Date.parse('2026-03-03T02:00:00Z'); // 10:00 in Beijing on 3 March
    expect(lastDays(3, now)).toEqual(dayRange('2026-03-01', '2026-03-03'));
  });

  it('bounds a month, December into January, February in a leap year', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(monthRange('2028-02').to).toBe('2028-02-29T16:00:00.000Z');
    expect(currentMonth(Date.parse('2026-01-31T17:00:00Z'))).toBe('2026-02');
  });
});

describe('beijingInstant', () => {
  it('reads a picked time as Beijing wall-clock time', () => {
    expect(beijingInstant('2026-03-01T08:30')).toBe('2026-03-01T00:30:00.000Z');
  });
});
