import { describe, expect, it } from 'vitest';
import { byDay, monthWeeks, shiftMonth } from './calendar-grid';

describe('the calendar grid', () => {
  it('moves across years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 0)).toBe('2026-11');
    expect(shiftMonth('2026-11', -23)).toBe('2024-12');
  });

  it('starts weeks on Monday and pads the month with empty cells', () => {
    // 2026-11-01 is a Sunday: six empty cells first; 30 days end on Monday 11-30.
    const weeks = monthWeeks('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1]![0]).toBe('2026-11-02');
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null]);
    // February 2027 starts on Monday and fills four weeks exactly; a leap February has 29 days.
    expect(monthWeeks('2027-02')).toHaveLength(4);
    expect(monthWeeks('2028-02').flat().filter(Boolean)).toHaveLength(29);
  });

  it('groups items by day', () => {
    const map = byDay([{ d: '2026-11-02' }, { d: '2026-11-03' }, { d: '2026-11-02' }], (x) => x.d);
    expect(map.get('2026-11-02')).toHaveLength(2);
    expect(map.get('2026-11-04')).toBeUndefined();
  });
});
