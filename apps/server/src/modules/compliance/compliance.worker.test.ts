import { describe, expect, it } from 'vitest';
import { hoursToScan } from './compliance.worker';

const H = 3_600_000;
const NOW = Date.parse('2026-11-20T10:05:00Z');
const HOUR = Date.parse('2026-11-20T10:00:00Z');

describe('the hours the worker scans for leads', () => {
  it('at start: the 48 ended hours, never the unfinished one', () => {
    expect(hoursToScan(null, NOW)).toEqual({ fromMs: HOUR - 48 * H, toMs: HOUR });
  });
  it('afterwards: only the hours ended since the last scan; none while the hour runs', () => {
    expect(hoursToScan(HOUR - H, NOW)).toEqual({ fromMs: HOUR - H, toMs: HOUR });
    expect(hoursToScan(HOUR, NOW + 50 * 60_000)).toBeNull();
  });
  it('after a long stop: no more than 48 hours back (the rest is `compliance scan`)', () => {
    expect(hoursToScan(HOUR - 500 * H, NOW)).toEqual({ fromMs: HOUR - 48 * H, toMs: HOUR });
  });
});
