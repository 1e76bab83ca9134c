import { describe, expect, it } from 'vitest';
import { complaintClockSettingsOf, DEFAULT_COMPLAINT_CLOCK_SETTINGS } from './complaint-clock-rules';
import { complaintClocks } from './complaint-clocks';
import type { RestDayCalendar } from './complaint-days';

/** A fake calendar: National Day 2026 off (10-01..10-07), the Saturday 10-10 a make-up working day. */
const cal: RestDayCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};
const clock = (clocks: ReturnType<typeof complaintClocks>, code: string) => clocks.find((c) => c.code === code)!;

describe('complaint clocks', () => {
  it('gives 15 calendar days for the acceptance notice, counted from the day after receipt', () => {
    // Monday 11-02 + 15 = Tuesday 11-17.
    const [c] = complaintClocks({ received: '2026-11-02' }, cal, { asOf: '2026-11-10' });
    expect(c).toMatchObject({ code: 'ACCEPTANCE', dueDate: '2026-11-17', rolled: false, daysLeft: 7, overdue: false });
    expect(c!.rule.citation).toContain('第二十三条');
  });

  it('moves a last day on a weekend to the Monday, and not when the jurisdiction turns the roll off', () => {
    // Friday 11-06 + 15 = Saturday 11-21 → Monday 11-23.
    expect(complaintClocks({ received: '2026-11-06' }, cal)[0]).toMatchObject({ dueDate: '2026-11-23', rolled: true });
    const noRoll = { ...DEFAULT_COMPLAINT_CLOCK_SETTINGS, rollRestDayForward: false };
    expect(complaintClocks({ received: '2026-11-06' }, cal, { settings: noRoll })[0]).toMatchObject({
      dueDate: '2026-11-21',
      rolled: false,
    });
  });

  it('moves a last day in the National Day holiday to the first working day after it', () => {
    // 09-16 + 15 = 10-01 (holiday) → Thursday 10-08.
    expect(complaintClocks({ received: '2026-09-16' }, cal)[0]).toMatchObject({ dueDate: '2026-10-08', rolled: true });
  });

  it('gives 60 days of handling from acceptance, 30 more with an approved extension, and no more', () => {
    // Accepted 08-03: + 60 = 10-02 (holiday) → 10-08; + 90 = Sunday 11-01 → Monday 11-02.
    const plain = complaintClocks({ received: '2026-08-01', accepted: '2026-08-03' }, cal);
    expect(clock(plain, 'ACCEPTANCE')).toMatchObject({ doneOn: '2026-08-03', satisfied: true });
    expect(clock(plain, 'HANDLING')).toMatchObject({ dueDate: '2026-10-08', rolled: true, extended: 0 });
    const ext = complaintClocks({ received: '2026-08-01', accepted: '2026-08-03', extendedDays: 30 }, cal);
    expect(clock(ext, 'HANDLING')).toMatchObject({ dueDate: '2026-11-02', rolled: true, extended: 30 });
    expect(() => complaintClocks({ received: '2026-08-01', accepted: '2026-08-03', extendedDays: 31 }, cal)).toThrow(
      RangeError,
    );
  });

  it('runs the review and re-review periods of 30 and 30 days each', () => {
    const clocks = complaintClocks(
      {
        received: '2026-06-01',
        accepted: '2026-06-02',
        replied: '2026-07-20',
        reviewRequested: '2026-08-10',
        reviewAnswered: '2026-09-01',
        reReviewRequested: '2026-09-30',
      },
      cal,
      { asOf: '2026-11-10' },
    );
    expect(clocks.map((c) => c.code)).toEqual([
      'ACCEPTANCE',
      'HANDLING',
      'REVIEW_REQUEST',
      'REVIEW_ANSWER',
      'RE_REVIEW_REQUEST',
      'RE_REVIEW_ANSWER',
    ]);
    // 07-20 + 30 = Wednesday 08-19; 08-10 + 30 = Wednesday 09-09; 09-01 + 30 = 10-01 (holiday) → 10-08.
    expect(clock(clocks, 'REVIEW_REQUEST')).toMatchObject({ dueDate: '2026-08-19', satisfied: true });
    expect(clock(clocks, 'REVIEW_ANSWER')).toMatchObject({ dueDate: '2026-09-09', satisfied: true });
    expect(clock(clocks, 'RE_REVIEW_REQUEST')).toMatchObject({ dueDate: '2026-10-08', rolled: true });
    // 09-30 + 30 = Friday 10-30; still open on 11-10: overdue by 11 days.
    expect(clock(clocks, 'RE_REVIEW_ANSWER')).toMatchObject({ dueDate: '2026-10-30', overdue: true, daysLeft: -11 });
  });

  it('marks a late act late and a clock without asOf never overdue while open', () => {
    const clocks = complaintClocks({ received: '2026-11-02', accepted: '2026-11-18' }, cal);
    expect(clock(clocks, 'ACCEPTANCE')).toMatchObject({ satisfied: false, overdue: true });
    expect(clock(clocks, 'HANDLING')).toMatchObject({ overdue: false, daysLeft: null });
  });

  it("applies a province's shorter limits as data, in working days where the province counts them", () => {
    const fujian = complaintClockSettingsOf('350100');
    // Received Wednesday 09-30: 2 working days → 10-08 (1), 10-09 (2).
    const clocks = complaintClocks({ received: '2026-09-30', accepted: '2026-10-09' }, cal, { settings: fujian });
    expect(clock(clocks, 'ACCEPTANCE')).toMatchObject({ dueDate: '2026-10-09', satisfied: true });
    expect(clock(clocks, 'ACCEPTANCE').rule.unit).toBe('working_day');
    // 30 days of handling: 10-09 + 30 = Sunday 11-08 → 11-09.
    expect(clock(clocks, 'HANDLING')).toMatchObject({ dueDate: '2026-11-09', rolled: true });
    // Guangxi keeps the national periods.
    expect(complaintClockSettingsOf('450100').overrides).toEqual({});
  });

  it('refuses a day before the one it follows', () => {
    expect(() => complaintClocks({ received: '2026-11-02', accepted: '2026-11-01' }, cal)).toThrow(RangeError);
  });
});
