import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, daysBetween, nextWorkingDay, type WorkingCalendar } from '../../../platform/deadlines';
import { PERMIT_CLOCK_RULES, type PermitClockCode } from './permit-clock-rules';
import { isUnlicensedRisk, permitDeadlines, permitStatusOn, type PermitEvent } from './permit-clocks';

// The 2026 Mid-Autumn and National Day holidays as platform/deadlines/china-holidays.ts has them:
// 09-25..27 and 10-01..07 off, Sunday 09-20 and Saturday 10-10 worked (调休).
const span = (from: string, n: number) => Array.from({ length: n }, (_, i) => addCalendarDays(from, i));
const CAL_2026: WorkingCalendar = {
  holidays: new Set([...span('2026-09-25', 3), ...span('2026-10-01', 7)]),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};
const NO_HOLIDAYS: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

const only = (event: PermitEvent, cal = CAL_2026, settings = {}) => {
  const list = permitDeadlines(event, cal, settings);
  expect(list).toHaveLength(1);
  const [d] = list;
  if (!d) throw new Error('no deadline');
  return d;
};

describe('permit clocks (排污许可管理条例 §9, §12, §14, §24)', () => {
  it('an incomplete application owes a correction notice within 3 days; a complete one owes none', () => {
    const d = only({ type: 'application_received', date: '2026-11-30', complete: false });
    expect(d).toMatchObject({ kind: 'correction_notice', dueDate: '2026-12-03', rolled: false });
    expect(d.rule).toMatchObject({ code: 'PERMIT_CORRECTION_NOTICE', days: 3, dayKind: 'calendar' });
    expect(d.rule.citation).toContain('第九条');
    expect(permitDeadlines({ type: 'application_received', date: '2026-11-30', complete: true }, CAL_2026)).toEqual([]);
  });

  it('a calendar deadline falling on a weekend rolls to Monday, unless the jurisdiction turns rolling off', () => {
    const event: PermitEvent = { type: 'application_received', date: '2026-12-02', complete: false }; // Wed
    expect(only(event)).toMatchObject({ dueDate: '2026-12-07', rolled: true }); // Sat 12-05 → Mon 12-07
    expect(only(event, CAL_2026, { rollRestDayForward: false })).toMatchObject({
      dueDate: '2026-12-05',
      rolled: false,
    });
  });

  it('a calendar deadline falling in the National Day holiday rolls to the first working day after it', () => {
    // simplified decision, accepted Fri 2026-09-11: day 20 is 10-01 (holiday) → Thu 10-08
    const d = only({ type: 'application_accepted', date: '2026-09-11', category: 'simplified' });
    expect(d).toMatchObject({ kind: 'decision', dueDate: '2026-10-08', rolled: true });
    expect(d.rule).toMatchObject({ code: 'PERMIT_DECISION_SIMPLIFIED', days: 20 });
  });

  it('a period set to working days skips the holiday and counts the make-up Saturday', () => {
    const working = { dayKinds: { PERMIT_CORRECTION_NOTICE: 'working' as const } };
    const event: PermitEvent = { type: 'application_received', date: '2026-09-30', complete: false };
    // working days after Wed 09-30: Thu 10-08, Fri 10-09, Sat 10-10 (调休) → 10-10
    expect(only(event, CAL_2026, working)).toMatchObject({ dueDate: '2026-10-10', rule: { dayKind: 'working' } });
    // without the holiday calendar the same count ends on Mon 10-05
    expect(only(event, NO_HOLIDAYS, working).dueDate).toBe('2026-10-05');
    // 20 working days from Mon 09-28 cross the holiday: Fri 10-30 (Mon 10-26 without it)
    const decision: PermitEvent = { type: 'application_accepted', date: '2026-09-28', category: 'simplified' };
    const s = { dayKinds: { PERMIT_DECISION_SIMPLIFIED: 'working' as const } };
    expect(only(decision, CAL_2026, s).dueDate).toBe('2026-10-30');
    expect(only(decision, NO_HOLIDAYS, s).dueDate).toBe('2026-10-26');
  });

  it('key decisions: 30 days, 45 with a site check; month ends and leap years', () => {
    const key = (date: string, siteCheck = false, cal = NO_HOLIDAYS) =>
      only({ type: 'application_accepted', date, category: 'key', siteCheck }, cal);
    expect(key('2026-01-30')).toMatchObject({ dueDate: '2026-03-02', rolled: true }); // 03-01 is a Sunday
    expect(key('2028-01-30')).toMatchObject({ dueDate: '2028-02-29', rolled: false }); // leap day, a Tuesday
    expect(key('2026-11-16', true)).toMatchObject({
      dueDate: '2026-12-31',
      rule: { code: 'PERMIT_DECISION_KEY_SITE_CHECK' },
    });
    expect(key('2026-11-16').rule.code).toBe('PERMIT_DECISION_KEY');
  });

  it('renewal application: exactly validTo − 60 calendar days, never rolled off a weekend', () => {
    const renewal = (validTo: string) => only({ type: 'permit_in_force', validTo });
    expect(renewal('2031-03-01')).toMatchObject({ kind: 'renewal_application', dueDate: '2030-12-31' });
    expect(renewal('2028-04-29').dueDate).toBe('2028-02-29');
    expect(renewal('2027-02-03')).toMatchObject({ dueDate: '2026-12-05', rolled: false }); // a Saturday, kept
    expect(renewal('2026-12-06').dueDate).toBe('2026-10-07'); // inside the holiday, kept
    expect(renewal('2026-12-06').rule).toMatchObject({ direction: 'before', party: 'unit', days: 60 });
  });

  it('renewal review 20 days, change application 30 days, registration update 20 days', () => {
    expect(only({ type: 'renewal_accepted', date: '2026-11-02' }, NO_HOLIDAYS)).toMatchObject({
      kind: 'renewal_review',
      dueDate: '2026-11-23', // 11-22 is a Sunday
    });
    const change = only({ type: 'unit_changed', date: '2026-01-31', what: 'legal_representative' }, NO_HOLIDAYS);
    expect(change).toMatchObject({ kind: 'change_application', dueDate: '2026-03-02' }); // 03-02 Mon
    expect(change.rule.citation).toContain('第十四条');
    const reg = only({ type: 'registration_changed', date: '2028-02-09' }, NO_HOLIDAYS);
    expect(reg).toMatchObject({ kind: 'registration_update', dueDate: '2028-02-29' });
    expect(reg.rule.citation).toContain('第二十四条');
  });

  it('a jurisdiction may change the number of days of a rule', () => {
    const d = only({ type: 'unit_changed', date: '2026-11-02', what: 'name' }, NO_HOLIDAYS, {
      days: { PERMIT_CHANGE_APPLICATION: 15 },
    });
    expect(d).toMatchObject({ dueDate: '2026-11-17', rule: { days: 15 } });
    expect(() =>
      permitDeadlines({ type: 'unit_changed', date: '2026-11-02', what: 'name' }, NO_HOLIDAYS, {
        days: { PERMIT_CHANGE_APPLICATION: -1 },
      }),
    ).toThrow(RangeError);
  });

  it('every rule carries its citation, text and the ⚠ mark on its day kind', () => {
    for (const [code, rule] of Object.entries(PERMIT_CLOCK_RULES) as [
      PermitClockCode,
      (typeof PERMIT_CLOCK_RULES)[PermitClockCode],
    ][]) {
      expect(rule.code).toBe(code);
      expect(rule.citation).toMatch(/^排污许可管理条例 第/);
      expect(rule.text).toContain(`${rule.days}日`);
      expect(rule.certainty.dayKind).toBe('⚠');
    }
  });
});

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addCalendarDays('2024-01-01', n));
const forwardEvent: fc.Arbitrary<PermitEvent> = fc.oneof(
  day.map((date) => ({ type: 'application_received' as const, date, complete: false })),
  fc
    .tuple(day, fc.constantFrom('key' as const, 'simplified' as const), fc.boolean())
    .map(([date, category, siteCheck]) => ({
      type: 'application_accepted' as const,
      date,
      category,
      siteCheck,
    })),
  day.map((date) => ({ type: 'renewal_accepted' as const, date })),
  day.map((date) => ({ type: 'unit_changed' as const, date, what: 'address' as const })),
  day.map((date) => ({ type: 'registration_changed' as const, date })),
);
const settings = fc.record({
  rollRestDayForward: fc.boolean(),
  dayKinds: fc.dictionary(
    fc.constantFrom(...(Object.keys(PERMIT_CLOCK_RULES) as PermitClockCode[])),
    fc.constantFrom('calendar' as const, 'working' as const),
  ),
});

describe('permit clock properties', () => {
  it('a forward due date is never before event + days, and a rolled one lands on the first working day', () => {
    fc.assert(
      fc.property(forwardEvent, settings, (event, s) => {
        const [d] = permitDeadlines(event, CAL_2026, s);
        if (!d) throw new Error('forward events always start a deadline');
        expect(daysBetween(d.from, d.dueDate)).toBeGreaterThanOrEqual(d.rule.days);
        if (d.rolled) expect(d.dueDate).toBe(nextWorkingDay(addCalendarDays(d.from, d.rule.days), CAL_2026));
        if (d.rule.dayKind === 'working' || s.rollRestDayForward)
          expect(nextWorkingDay(d.dueDate, CAL_2026)).toBe(d.dueDate);
      }),
    );
  });

  it('the renewal application deadline is validTo − 60 exactly, whatever the calendar and rolling', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (validTo, roll) => {
        const [d] = permitDeadlines({ type: 'permit_in_force', validTo }, CAL_2026, { rollRestDayForward: roll });
        expect(d && daysBetween(d.dueDate, validTo)).toBe(60);
      }),
    );
  });
});

describe('permit status on a day', () => {
  const permit = { validFrom: '2026-01-10', validTo: '2031-01-09', state: 'granted' as const };
  it('walks not yet valid → valid → renewal window (from validTo − 60) → expired', () => {
    expect(permitStatusOn('2026-01-09', permit)).toBe('not_yet_valid');
    expect(permitStatusOn('2026-01-10', permit)).toBe('valid');
    expect(permitStatusOn(addCalendarDays(permit.validTo, -61), permit)).toBe('valid');
    expect(permitStatusOn(addCalendarDays(permit.validTo, -60), permit)).toBe('renewal_window');
    expect(permitStatusOn(permit.validTo, permit)).toBe('renewal_window');
    expect(permitStatusOn('2031-01-10', permit)).toBe('expired');
    expect(isUnlicensedRisk(permitStatusOn('2031-01-10', permit))).toBe(true);
    expect(isUnlicensedRisk(permitStatusOn('2031-01-09', permit))).toBe(false);
  });
  it('a revoked, cancelled or withdrawn permit shows that state from the day it took effect', () => {
    const revoked = { ...permit, state: 'revoked' as const, endedOn: '2027-05-01' };
    expect(permitStatusOn('2027-04-30', revoked)).toBe('valid');
    expect(permitStatusOn('2027-05-01', revoked)).toBe('revoked');
    expect(permitStatusOn('2026-06-01', { ...permit, state: 'cancelled' as const })).toBe('cancelled');
    expect(isUnlicensedRisk('withdrawn')).toBe(true);
  });
  it('the renewal window starts on the renewal application deadline (property)', () => {
    fc.assert(
      fc.property(day, (validTo) => {
        const p = { validFrom: addCalendarDays(validTo, -1826), validTo, state: 'granted' as const };
        const [d] = permitDeadlines({ type: 'permit_in_force', validTo }, NO_HOLIDAYS);
        if (!d) throw new Error('renewal deadline expected');
        expect(permitStatusOn(d.dueDate, p)).toBe('renewal_window');
        expect(permitStatusOn(addCalendarDays(d.dueDate, -1), p)).toBe('valid');
      }),
    );
  });
});
