import { describe, expect, it } from 'vitest';
import { limitation } from './limitation';

describe('limitation (Code art. 1054 from 2026-08-15; 行政处罚法 §36 before)', () => {
  it('an act that ended the day before the Code: 2 years even with pollution damage', () => {
    const before = { actEndedOn: '2026-08-14', causedPollutionOrDamage: true };
    expect(limitation(before, '2028-08-14')).toMatchObject({
      regime: 'administrative_penalty_law',
      years: 2,
      lastDay: '2028-08-14',
      within: true,
    });
    expect(limitation(before, '2028-08-15').within).toBe(false);
    expect(limitation(before, '2028-08-15').citation).toBe('行政处罚法 第三十六条');
  });

  it('an act that ended on the Code day with pollution damage: 5 years', () => {
    const harm = { actEndedOn: '2026-08-15', causedPollutionOrDamage: true };
    const l = limitation(harm, '2030-01-01');
    expect(l).toMatchObject({ regime: 'code', years: 5, lastDay: '2031-08-15', within: true });
    expect(l.citation).toContain('第一千零五十四条');
    expect(limitation(harm, '2031-08-16').within).toBe(false);
  });

  it('under the Code without damage: 2 years', () => {
    const l = limitation({ actEndedOn: '2026-08-15', causedPollutionOrDamage: false }, '2028-08-16');
    expect(l).toMatchObject({ regime: 'code', years: 2, lastDay: '2028-08-15', within: false });
  });

  it('a continuing act counts from its end: begun before the Code, ended after → the Code', () => {
    // discharging from 2025-11-01 to 2026-09-30 with damage: 5 years from 09-30
    const l = limitation({ actEndedOn: '2026-09-30', causedPollutionOrDamage: true }, '2029-01-01');
    expect(l).toMatchObject({ regime: 'code', lastDay: '2031-09-30', within: true });
  });

  it('before the Code, 5 years only for life, health or financial safety with harm', () => {
    const l = limitation(
      { actEndedOn: '2025-03-10', causedPollutionOrDamage: false, lifeHealthOrFinancialHarm: true },
      '2029-01-01',
    );
    expect(l).toMatchObject({ regime: 'administrative_penalty_law', years: 5, lastDay: '2030-03-10', within: true });
  });

  it('a leap day ends on 02-28 of a common year (no corresponding day)', () => {
    expect(limitation({ actEndedOn: '2028-02-29', causedPollutionOrDamage: false }, '2030-02-28')).toMatchObject({
      lastDay: '2030-02-28',
      within: true,
    });
  });
});
