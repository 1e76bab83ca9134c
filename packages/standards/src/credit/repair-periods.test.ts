import { describe, expect, it } from 'vitest';
import { civilMonthsEnd, isCalendarDay, nextCalendarDay } from './civil-months';
import { publicationStateOn, repairPeriods, repairRegimeOn } from './repair-periods';
import { defaultPunishmentClass } from './repair-default-class';
import { REPAIR_REGIMES, type RepairRegime } from './repair-regimes';

describe('civil-code months (民法典 arts. 201–202)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // no 31 February: the month's last day
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2028-02-29', 12, '2029-02-28'], // from 29 February, a common year: its last day
    ['2028-02-29', 48, '2032-02-29'], // four years on, a leap year again
    ['2028-02-29', 1, '2028-03-29'], // the corresponding day, not the month's end
    ['2026-03-31', 3, '2026-06-30'], // a 30-day month
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-06-30', 1, '2026-07-30'], // 30 → 30, not 31
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'], // across the year
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-04-01', 0, '2026-04-01'],
  ])('%s + %i months ends on %s', (from, n, end) => {
    expect(civilMonthsEnd(from, n)).toBe(end);
  });

  it('knows real days and the next day across month and year ends', () => {
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2100-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(nextCalendarDay('2028-02-28')).toBe('2028-02-29');
    expect(nextCalendarDay('2026-02-28')).toBe('2026-03-01');
    expect(nextCalendarDay('2026-12-31')).toBe('2027-01-01');
    expect(() => civilMonthsEnd('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('publication periods of punishment records', () => {
  it('applies the 2023 regime to a decision of 2026-03-31 and the 2026 regime from 2026-04-01', () => {
    const before = repairPeriods({ punishmentClass: 'minor', decisionDate: '2026-03-31' });
    expect(before).toMatchObject({
      regime: { id: 'ndrc-2023-58' },
      published: true,
      publicationStart: '2026-03-31',
      minimumEnds: '2026-06-30',
      earliestRepairDate: '2026-07-01',
      maximumEnds: '2029-03-31',
      automaticRemovalDate: '2029-04-01',
    });
    const after = repairPeriods({ punishmentClass: 'minor', decisionDate: '2026-04-01' });
    expect(after).toMatchObject({
      regime: { id: 'ndrc-2026' },
      published: false,
      publicationStart: null,
      earliestRepairDate: null,
      automaticRemovalDate: null,
    });
    const general = repairPeriods({ punishmentClass: 'general', decisionDate: '2026-03-31' });
    expect(general.automaticRemovalDate).toBe('2029-04-01'); // 3 years under 2023
    expect(repairPeriods({ punishmentClass: 'general', decisionDate: '2026-04-01' })).toMatchObject({
      published: true,
      minimumEnds: '2026-07-01',
      earliestRepairDate: '2026-07-02',
      maximumEnds: '2027-04-01',
      automaticRemovalDate: '2027-04-02',
    });
  });

  it('gives serious records at least one year and at most three from 2026-04-01, from month ends', () => {
    expect(repairPeriods({ punishmentClass: 'serious', decisionDate: '2028-02-29' })).toMatchObject({
      minimumEnds: '2029-02-28',
      earliestRepairDate: '2029-03-01',
      maximumEnds: '2031-02-28',
      automaticRemovalDate: '2031-03-01',
    });
    expect(repairPeriods({ punishmentClass: 'general', decisionDate: '2026-11-30' })).toMatchObject({
      minimumEnds: '2027-02-28',
      earliestRepairDate: '2027-03-01',
      maximumEnds: '2027-11-30',
      automaticRemovalDate: '2027-12-01',
    });
    expect(repairPeriods({ punishmentClass: 'general', decisionDate: '2027-05-31' })).toMatchObject({
      minimumEnds: '2027-08-31',
      maximumEnds: '2028-05-31',
    });
  });

  it('falls back on the 2019 regime (⚠) before 2023-05-01 and flags it', () => {
    const p = repairPeriods({ punishmentClass: 'serious', decisionDate: '2023-04-30' });
    expect(p).toMatchObject({ regime: { id: 'ndrc-2019-527', mark: 'unverified' }, minimumEnds: '2023-10-30' });
    expect(p.unverified.length).toBeGreaterThan(0);
    expect(repairRegimeOn('2023-05-01').id).toBe('ndrc-2023-58');
    expect(repairRegimeOn('2010-01-01').id).toBe('ndrc-2019-527');
    expect(repairPeriods({ punishmentClass: 'serious', decisionDate: '2026-04-01' }).unverified).toEqual([]);
  });

  it('takes a configured regime list (data, not code)', () => {
    const guangxi: RepairRegime = {
      ...REPAIR_REGIMES.at(-1)!,
      id: 'gx-2027',
      inForceFrom: '2027-01-01',
      classes: {
        ...REPAIR_REGIMES.at(-1)!.classes,
        general: { published: true, minMonths: 6, maxMonths: 12, text: '测试' },
      },
    };
    const p = repairPeriods({ punishmentClass: 'general', decisionDate: '2027-01-31' }, [...REPAIR_REGIMES, guangxi]);
    expect(p).toMatchObject({ regime: { id: 'gx-2027' }, minimumEnds: '2027-07-31', rule: '测试' });
  });

  it('says on a day whether the record is still public', () => {
    const p = repairPeriods({ punishmentClass: 'general', decisionDate: '2026-04-01' });
    expect(publicationStateOn(p, '2027-04-01')).toBe('published');
    expect(publicationStateOn(p, '2027-04-02')).toBe('expired');
    expect(publicationStateOn(p, '2026-08-01', '2026-08-01')).toBe('repaired');
    expect(publicationStateOn(p, '2026-07-31', '2026-08-01')).toBe('published');
    expect(publicationStateOn(p, '2028-01-01', '2026-08-01')).toBe('repaired');
    expect(
      publicationStateOn(repairPeriods({ punishmentClass: 'minor', decisionDate: '2026-04-01' }), '2026-04-01'),
    ).toBe('not_published');
  });
});

describe('the default class offered for a decision (⚠ thresholds)', () => {
  it('is minor without a fine or within 3 000 yuan, serious from 1 000 000 or on a referral, general otherwise', () => {
    const cls = (fineYuan: number | null, referredToPolice = false) =>
      defaultPunishmentClass({ fineYuan, referredToPolice }).punishmentClass;
    expect(cls(null)).toBe('minor');
    expect(cls(3_000)).toBe('minor');
    expect(cls(3_001)).toBe('general');
    expect(cls(999_999)).toBe('general');
    expect(cls(1_000_000)).toBe('serious');
    expect(cls(50_000, true)).toBe('serious');
  });
});
