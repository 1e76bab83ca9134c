import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  it('is a version 7 UUID whose first 48 bits are the Unix milliseconds', () => {
    const ms = Date.parse('2030-05-06T07:08:09.123Z');
    const id = timeOrderedId(ms);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(ms);
  });

  it('sorts in creation order, within a millisecond and past the 4,096-id counter', () => {
    const ms = Date.parse('2031-01-01T00:00:00Z');
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId(ms));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // 10,000 ids in one millisecond borrow the next two milliseconds' timestamps
    expect(parseInt(ids.at(-1)!.slice(0, 8) + ids.at(-1)!.slice(9, 13), 16)).toBe(ms + 2);
  });

  it('never goes back when the clock does', () => {
    const a = timeOrderedId(Date.parse('2032-01-01T00:00:01Z'));
    const b = timeOrderedId(Date.parse('2032-01-01T00:00:00Z'));
    expect(b > a).toBe(true);
  });
});
