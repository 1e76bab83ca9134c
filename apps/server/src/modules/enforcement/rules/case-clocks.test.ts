import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_CALENDAR_DAYS } from '../../../platform/deadlines/china-holidays';
import type { WorkingCalendar } from '../../../platform/deadlines';
import { CASE_CLOCK_RULES, type CaseClockCode } from './case-clock-rules';
import { caseClocks, type CaseClock, type CaseEvent } from './case-clocks';

// The platform's own China calendar. 2026 as it has it: Mid-Autumn Fri 09-25..Sun 09-27 and National
// Day Thu 10-01..Wed 10-07 off; Sunday 09-20 and Saturday 10-10 worked (调休).
const CHINA: WorkingCalendar = {
  holidays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date)),
  workdays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'workday').map((d) => d.date)),
};
const NO_HOLIDAYS: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** The one clock of `code` the events give as of `asOf` (fails when there is not exactly one). */
function clock(code: CaseClockCode, events: CaseEvent[], asOf: string, cal = CHINA, settings = {}): CaseClock {
  const found = caseClocks(events, asOf, cal, settings).filter((c) => c.code === code);
  expect(found, code).toHaveLength(1);
  return found[0]!;
}

describe('working-day periods of 行政处罚法 (§85: 五日、七日 are working days)', () => {
  it('hearing request: 5 working days across a weekend', () => {
    // notice Thu 11-26 → Fri 27 (1), Mon 30 (2), Tue 12-01 (3), Wed 02 (4), Thu 03 (5)
    const events: CaseEvent[] = [{ type: 'notice_sent', date: '2026-11-26', hearingRight: true }];
    const c = clock('HEARING_REQUEST', events, '2026-11-30');
    expect(c).toMatchObject({ dueDate: '2026-12-03', daysLeft: 3, overdue: false, satisfied: false, doneOn: null });
    expect(c.rule).toMatchObject({ amount: 5, unit: 'working_day', party: 'party' });
    // 5 calendar days would have ended on Tue 12-01: the working-day reading is what is tested
    expect(clock('HEARING_REQUEST', events, '2026-12-04')).toMatchObject({ overdue: true, daysLeft: -1 });
    const requested: CaseEvent[] = [...events, { type: 'hearing_requested', date: '2026-12-03' }];
    expect(clock('HEARING_REQUEST', requested, '2026-12-10')).toMatchObject({ satisfied: true, overdue: false });
  });

  it('hearing request: 5 working days across National Day and its make-up Saturday', () => {
    // notice Wed 09-30; 10-01..07 off → Thu 10-08 (1), Fri 09 (2), Sat 10 worked (3), Mon 12 (4), Tue 13 (5)
    const events: CaseEvent[] = [{ type: 'notice_sent', date: '2026-09-30', hearingRight: true }];
    expect(clock('HEARING_REQUEST', events, '2026-09-30').dueDate).toBe('2026-10-13');
    // without the holidays the 5th working day after Wed 09-30 is Wed 10-07
    expect(clock('HEARING_REQUEST', events, '2026-09-30', NO_HOLIDAYS).dueDate).toBe('2026-10-07');
  });

  it('no hearing right in the notice, no hearing-request clock', () => {
    const clocks = caseClocks([{ type: 'notice_sent', date: '2026-09-30', hearingRight: false }], '2026-10-01', CHINA);
    expect(clocks).toEqual([]);
  });

  it('service of the decision: 7 working days across the make-up Sunday and Mid-Autumn', () => {
    // decided Fri 09-18 → Sun 20 worked (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5),
    // Fri 25..Sun 27 off, Mon 28 (6), Tue 29 (7)
    const decided: CaseEvent = { type: 'decided', date: '2026-09-18', fineFen: 0 };
    expect(clock('SERVICE', [decided], '2026-09-18').dueDate).toBe('2026-09-29');
    const onTime = clock('SERVICE', [decided, { type: 'served', date: '2026-09-29' }], '2026-10-08');
    expect(onTime).toMatchObject({ satisfied: true, overdue: false, doneOn: '2026-09-29', daysLeft: null });
    const late = clock('SERVICE', [decided, { type: 'served', date: '2026-09-30' }], '2026-10-08');
    expect(late).toMatchObject({ satisfied: false, overdue: true });
  });

  it('served on the spot: the same day satisfies the service clock', () => {
    const events: CaseEvent[] = [
      { type: 'decided', date: '2026-11-02', fineFen: 0 },
      { type: 'served', date: '2026-11-02' },
    ];
    expect(clock('SERVICE', events, '2026-11-02')).toMatchObject({ satisfied: true, doneOn: '2026-11-02' });
  });

  it('hearing notice: the hearing no earlier than the 7th working day after the notification', () => {
    // notified Mon 09-28 → Tue 29 (1), Wed 30 (2), 10-01..07 off, Thu 08 (3), Fri 09 (4), Sat 10 (5),
    // Mon 12 (6), Tue 13 (7): a hearing on 10-13 is allowed, on 10-12 the notice came too late
    const at = (hearingDate: string) =>
      clock('HEARING_NOTICE', [{ type: 'hearing_notified', date: '2026-09-28', hearingDate }], '2026-09-28');
    expect(at('2026-10-13')).toMatchObject({ dueDate: '2026-10-13', satisfied: true, overdue: false });
    expect(at('2026-10-12')).toMatchObject({ dueDate: '2026-10-13', satisfied: false, overdue: true });
    expect(at('2026-10-13').rule.bound).toBe('not_before');
  });

  it('order to correct (daily penalty): 3 working days after the monitoring report', () => {
    // report Wed 09-30 → Thu 10-08 (1), Fri 09 (2), Sat 10 worked (3)
    const c = clock('CORRECTION_ORDER_SERVICE', [{ type: 'monitoring_report', date: '2026-09-30' }], '2026-10-08');
    expect(c).toMatchObject({ dueDate: '2026-10-10', daysLeft: 2 });
  });
});

describe('calendar periods: the day after the event, rolled off rest days', () => {
  it('filing: 15 days from the lead, ending in National Day → the first working day after', () => {
    // lead Wed 09-16 + 15 = Thu 10-01 (holiday) → Thu 10-08
    const lead: CaseEvent = { type: 'lead_found', date: '2026-09-16' };
    expect(clock('FILING', [lead], '2026-09-16')).toMatchObject({ dueDate: '2026-10-08', rolled: true, daysLeft: 22 });
    expect(clock('FILING', [lead], '2026-09-16', CHINA, { rollRestDayForward: false })).toMatchObject({
      dueDate: '2026-10-01',
      rolled: false,
    });
    // +15 with approval (⚠): 09-16 + 30 = Fri 10-16, a working day
    const extended = clock(
      'FILING',
      [lead, { type: 'extended', clock: 'FILING', date: '2026-09-30', by: 'approval', amount: 15 }],
      '2026-10-09',
    );
    expect(extended).toMatchObject({ dueDate: '2026-10-16', extended: 15, rolled: false, overdue: false });
    expect(CASE_CLOCK_RULES.FILING.mark).toBe('⚠');
    expect(clock('FILING', [lead, { type: 'not_filed', date: '2026-10-08' }], '2026-10-20').satisfied).toBe(true);
  });

  it('payment: 15 days from service; a deadline in the holiday rolls, the late fee counts after it', () => {
    // served Wed 09-16 + 15 = Thu 10-01 → Thu 10-08; paid Fri 10-09 = 1 day late: 3 % of 50 000.00 yuan
    const events: CaseEvent[] = [
      { type: 'decided', date: '2026-09-14', fineFen: 5_000_000 },
      { type: 'served', date: '2026-09-16' },
      { type: 'paid', date: '2026-10-09' },
    ];
    const c = clock('PAYMENT', events, '2026-10-20');
    expect(c).toMatchObject({ dueDate: '2026-10-08', rolled: true, overdue: true, satisfied: false });
    expect(c.lateFee).toEqual({ days: 1, feeFen: 150_000, capped: false });
  });

  it('payment: the late fee grows 3 % a day and stops at the fine (3 % × 34 days = 102 % → 100 %)', () => {
    // fine 100 000 yuan = 10 000 000 fen; served Mon 11-02 + 15 = Tue 11-17 (due)
    const events: CaseEvent[] = [
      { type: 'decided', date: '2026-10-30', fineFen: 10_000_000 },
      { type: 'served', date: '2026-11-02' },
    ];
    expect(clock('PAYMENT', events, '2026-11-17')).toMatchObject({
      dueDate: '2026-11-17',
      daysLeft: 0,
      overdue: false,
    });
    expect(clock('PAYMENT', events, '2026-11-17').lateFee).toEqual({ days: 0, feeFen: 0, capped: false });
    // 12-20 is 13 + 20 = 33 days after 11-17: 99 % = 9 900 000 fen, not yet capped
    expect(clock('PAYMENT', events, '2026-12-20').lateFee).toEqual({ days: 33, feeFen: 9_900_000, capped: false });
    // 12-21: 34 days, 102 % → capped at the fine
    expect(clock('PAYMENT', events, '2026-12-21').lateFee).toEqual({ days: 34, feeFen: 10_000_000, capped: true });
    expect(clock('PAYMENT', events, '2027-06-01').lateFee?.feeFen).toBe(10_000_000);
    // paid in time: no fee
    const paid = clock('PAYMENT', [...events, { type: 'paid', date: '2026-11-10' }], '2026-12-21');
    expect(paid).toMatchObject({ satisfied: true, lateFee: { days: 0, feeFen: 0 } });
  });

  it('no fine, no payment clock', () => {
    const events: CaseEvent[] = [
      { type: 'decided', date: '2026-10-30', fineFen: 0 },
      { type: 'served', date: '2026-11-02' },
    ];
    expect(caseClocks(events, '2026-11-03', CHINA).map((c) => c.code)).toEqual(['SERVICE']);
  });

  it('re-inspection: within 30 days of serving the order, one clock per order', () => {
    // served Sun 09-06 + 30 = Tue 10-06 (holiday) → Thu 10-08; second order Mon 11-02 + 30 = Wed 12-02
    const events: CaseEvent[] = [
      { type: 'correction_order_served', date: '2026-09-06' },
      { type: 'reinspected', date: '2026-10-08' },
      { type: 'correction_order_served', date: '2026-11-02' },
    ];
    const clocks = caseClocks(events, '2026-11-05', CHINA).filter((c) => c.code === 'REINSPECTION');
    expect(clocks.map((c) => [c.from, c.dueDate, c.satisfied, c.doneOn])).toEqual([
      ['2026-09-06', '2026-10-08', true, '2026-10-08'],
      ['2026-11-02', '2026-12-02', false, null],
    ]);
    expect(clocks[0]!.rule.text).toContain('暗查');
  });

  it('seizure: 30 days, +30 once, never rolled (a longest duration, not a time to act)', () => {
    // seized 09-01 + 30 = Thu 10-01 (holiday) kept; +30 → Sat 10-31 kept
    const seized: CaseEvent = { type: 'seized', date: '2026-09-01' };
    expect(clock('SEIZURE', [seized], '2026-09-02')).toMatchObject({ dueDate: '2026-10-01', rolled: false });
    const ext = (amount: number): CaseEvent => ({
      type: 'extended',
      clock: 'SEIZURE',
      date: '2026-09-25',
      by: 'approval',
      amount,
    });
    expect(clock('SEIZURE', [seized, ext(30)], '2026-10-02')).toMatchObject({ dueDate: '2026-10-31', extended: 30 });
    expect(() => caseClocks([seized, ext(31)], '2026-10-02', CHINA)).toThrow(RangeError);
    expect(() => caseClocks([seized, ext(10), ext(10)], '2026-10-02', CHINA)).toThrow(/at most 1/);
    const released = clock('SEIZURE', [seized, { type: 'seizure_released', date: '2026-10-02' }], '2026-10-05');
    expect(released).toMatchObject({ overdue: true, satisfied: false }); // held a day too long
  });

  it('production limit: 3 months by the corresponding day (+3), the last day of a short month', () => {
    // 11-30 + 3 months → February has no 30th → 2027-02-28; + 3 more counted from the start → 2027-05-30
    const limited: CaseEvent = { type: 'production_limited', date: '2026-11-30' };
    expect(clock('PRODUCTION_LIMIT', [limited], '2026-12-01').dueDate).toBe('2027-02-28');
    const extended = clock(
      'PRODUCTION_LIMIT',
      [limited, { type: 'extended', clock: 'PRODUCTION_LIMIT', date: '2027-02-20', by: 'approval', amount: 3 }],
      '2027-03-01',
    );
    expect(extended).toMatchObject({ dueDate: '2027-05-30', extended: 3, overdue: false });
    expect(clock('PRODUCTION_LIMIT', [{ type: 'production_limited', date: '2026-01-31' }], '2026-02-01').dueDate).toBe(
      '2026-04-30',
    );
  });
});

describe('the decision clock: 90 days, extensions, pauses', () => {
  const filed: CaseEvent = { type: 'filed', date: '2026-06-01' };

  it('90 days from filing; a Sunday end rolls to Monday; overdue the day after', () => {
    // 06-01 + 90: June 29 + July 31 + Aug 30 = 08-30, a Sunday → Mon 08-31
    expect(clock('DECISION', [filed], '2026-06-01')).toMatchObject({
      dueDate: '2026-08-31',
      rolled: true,
      daysLeft: 91,
    });
    expect(clock('DECISION', [filed], '2026-09-01')).toMatchObject({ overdue: true, daysLeft: -1, satisfied: false });
    const decided = clock('DECISION', [filed, { type: 'decided', date: '2026-08-31', fineFen: 0 }], '2026-09-10');
    expect(decided).toMatchObject({ satisfied: true, overdue: false });
  });

  it('overlapping pauses count once, and move the due date by the paused calendar days', () => {
    // suspended 06-10..06-19 and monitoring 06-15..06-24 → one span 06-10..06-24 = 15 days
    // 08-30 + 15 = Mon 09-14 (not rolled)
    const events: CaseEvent[] = [
      filed,
      { type: 'paused', reason: 'suspended', from: '2026-06-10', to: '2026-06-19' },
      { type: 'paused', reason: 'monitoring', from: '2026-06-15', to: '2026-06-24' },
    ];
    const c = clock('DECISION', events, '2026-07-01');
    expect(c).toMatchObject({ dueDate: '2026-09-14', pausedDays: 15, rolled: false, paused: false });
    expect(clock('DECISION', events, '2026-06-20').paused).toBe(true);
  });

  it('while a pause lasts the days left stand still', () => {
    // open suspension from 07-01: as of 07-10, 10 days paused → 08-30 + 10 = Wed 09-09, 61 days left;
    // as of 07-15, 15 days paused → Mon 09-14, still 61 days left
    const events: CaseEvent[] = [filed, { type: 'paused', reason: 'suspended', from: '2026-07-01', to: null }];
    expect(clock('DECISION', events, '2026-07-10')).toMatchObject({
      dueDate: '2026-09-09',
      pausedDays: 10,
      paused: true,
      daysLeft: 61,
    });
    expect(clock('DECISION', events, '2026-07-15')).toMatchObject({
      dueDate: '2026-09-14',
      pausedDays: 15,
      daysLeft: 61,
    });
    // as of 06-30 the suspension has not begun (events after the date are not known yet)
    expect(clock('DECISION', events, '2026-06-30')).toMatchObject({ dueDate: '2026-08-31', pausedDays: 0 });
  });

  it('a pause that begins after the clock ran out revives nothing', () => {
    const events: CaseEvent[] = [filed, { type: 'paused', reason: 'appraisal', from: '2026-09-05', to: '2026-09-20' }];
    expect(clock('DECISION', events, '2026-09-25')).toMatchObject({
      dueDate: '2026-08-31',
      pausedDays: 0,
      overdue: true,
    });
  });

  it('+30 with approval, then at most 60 more by collective decision (⚠), in that order', () => {
    const approval: CaseEvent = { type: 'extended', clock: 'DECISION', date: '2026-08-20', by: 'approval', amount: 30 };
    const collective = (amount: number): CaseEvent => ({
      type: 'extended',
      clock: 'DECISION',
      date: '2026-09-20',
      by: 'collective',
      amount,
    });
    // 06-01 + 120 = Tue 09-29; + 60 more = Sat 11-28 → Mon 11-30
    expect(clock('DECISION', [filed, approval], '2026-09-01')).toMatchObject({ dueDate: '2026-09-29', extended: 30 });
    expect(clock('DECISION', [filed, approval, collective(60)], '2026-10-01')).toMatchObject({
      dueDate: '2026-11-30',
      extended: 90,
      rolled: true,
    });
    expect(() => caseClocks([filed, approval, collective(61)], '2026-10-01', CHINA)).toThrow(/1\.\.60/);
    expect(() => caseClocks([filed, collective(30)], '2026-10-01', CHINA)).toThrow(/by approval/);
    // with a pause too: 06-01 + 120 + 15 paused = Wed 10-14
    const paused: CaseEvent = { type: 'paused', reason: 'hearing', from: '2026-06-10', to: '2026-06-24' };
    expect(clock('DECISION', [filed, approval, paused], '2026-09-01').dueDate).toBe('2026-10-14');
  });

  it('a termination of the investigation closes the decision clock', () => {
    const c = clock('DECISION', [filed, { type: 'terminated', date: '2026-07-01' }], '2026-12-01');
    expect(c).toMatchObject({ satisfied: true, doneOn: '2026-07-01', daysLeft: null });
  });
});

describe('a whole case', () => {
  // lead → filed → notice → hearing → decided → served → paid
  const CASE: CaseEvent[] = [
    { type: 'lead_found', date: '2026-05-06' },
    { type: 'filed', date: '2026-05-15' },
    { type: 'notice_sent', date: '2026-07-01', hearingRight: true },
    { type: 'hearing_requested', date: '2026-07-03' },
    { type: 'hearing_notified', date: '2026-07-06', hearingDate: '2026-07-20' },
    { type: 'paused', reason: 'hearing', from: '2026-07-03', to: '2026-07-20' },
    { type: 'decided', date: '2026-08-03', fineFen: 20_000_000 },
    { type: 'served', date: '2026-08-05' },
    { type: 'paid', date: '2026-08-18' },
  ];

  it('gives every clock, all satisfied, in the order they started', () => {
    const clocks = caseClocks(CASE, '2026-09-01', CHINA);
    expect(clocks.map((c) => c.code)).toEqual([
      'FILING',
      'DECISION',
      'HEARING_REQUEST',
      'HEARING_NOTICE',
      'SERVICE',
      'PAYMENT',
    ]);
    expect(clocks.every((c) => c.satisfied && !c.overdue)).toBe(true);
    // decision: 05-15 + 90 = 08-13, + 18 days at hearing (07-03..07-20) = Mon 08-31
    expect(clocks.find((c) => c.code === 'DECISION')).toMatchObject({ dueDate: '2026-08-31', pausedDays: 18 });
  });

  it('does not depend on the order the events are listed in', () => {
    const expected = caseClocks(CASE, '2026-09-01', CHINA);
    fc.assert(
      fc.property(fc.shuffledSubarray(CASE, { minLength: CASE.length, maxLength: CASE.length }), (shuffled) => {
        expect(caseClocks(shuffled, '2026-09-01', CHINA)).toEqual(expected);
      }),
    );
  });

  it('a period changed for a jurisdiction (amounts) applies to that rule only', () => {
    const clocks = caseClocks(CASE.slice(0, 1), '2026-05-06', CHINA, { amounts: { FILING: 7 } });
    // 05-06 + 7 = Wed 05-13
    expect(clocks[0]).toMatchObject({ code: 'FILING', dueDate: '2026-05-13', rule: { amount: 7 } });
  });
});
