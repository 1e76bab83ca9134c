import { describe, expect, it } from 'vitest';
import { elapsedHoursOfYear } from './amounts.service';

describe('elapsed hours of a Shanghai year', () => {
  it('counts whole hours from 1 January 00:00 +08:00, none before the year and all of them after it', () => {
    const at = (iso: string) => elapsedHoursOfYear(2026, Date.parse(iso));
    expect(at('2025-12-31T15:59:59Z')).toBe(0); // still 2025 in Shanghai
    expect(at('2025-12-31T16:59:59Z')).toBe(0);
    expect(at('2025-12-31T17:00:00Z')).toBe(1);
    expect(at('2026-06-03T00:00:00+08:00')).toBe(153 * 24);
    expect(at('2027-05-01T00:00:00Z')).toBe(8760);
    expect(elapsedHoursOfYear(2028, Date.parse('2029-01-01T00:00:00Z'))).toBe(8784); // leap year
  });
});
