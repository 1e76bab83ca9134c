import { describe, expect, it } from 'vitest';
import { hourEndLabel } from './hour-label';

describe('hourEndLabel', () => {
  it('prints the hour end in Beijing time', () => {
    // The hour 07:00–08:00 Beijing starts 23:00 UTC the day before and ends 00:00 UTC.
    expect(hourEndLabel('2026-11-29T00:00:00.000Z')).toBe('11-29 08:00');
  });

  it('puts midnight on the new day', () => {
    expect(hourEndLabel('2026-11-28T16:00:00.000Z')).toBe('11-29 00:00');
  });
});
