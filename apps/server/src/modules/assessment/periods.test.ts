import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './periods';

describe('resolvePeriod: year to date', () => {
  it('ends on the last complete day (yesterday), whatever later anchor is asked for', () => {
    expect(resolvePeriod({ period: 'ytd' }, '2026-12-05')).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-04',
      label: '2026-01-01..2026-12-04',
    });
    expect(resolvePeriod({ period: 'ytd', date: '2026-12-05' }, '2026-12-05').to).toBe('2026-12-04');
    expect(resolvePeriod({ period: 'ytd', date: '2026-12-31' }, '2026-12-05').to).toBe('2026-12-04');
    // An earlier end day is the caller's choice.
    expect(resolvePeriod({ period: 'ytd', date: '2026-11-01' }, '2026-12-05')).toMatchObject({
      from: '2026-01-01',
      to: '2026-11-01',
    });
    // On 1 January the last complete day is 31 December: the whole previous year.
    expect(resolvePeriod({ period: 'ytd' }, '2027-01-01')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
});
