import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../../../platform/deadlines';
import { openPermitClocks, type ClockEvent, type ClockPermit } from './permit-clock-items';

/** National Day 2026 as the base calendar has it: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked (调休). */
const CAL: WorkingCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};
const NO_HOLIDAYS: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

const keyPermit: ClockPermit = { kind: 'permit', category: 'key', validTo: '2030-06-30', status: 'valid' };
const ev = (kind: ClockEvent['kind'], date: string, onSiteCheck = false): ClockEvent => ({ kind, date, onSiteCheck });
const clocks = (permit: ClockPermit, events: ClockEvent[], settings = {}, cal = CAL) =>
  openPermitClocks(permit, events, cal, settings).map((d) => ({ kind: d.kind, due: d.dueDate, code: d.rule.code }));

describe('open permit clocks', () => {
  it('renewal application: valid_to − 60 calendar days, never rolled (2030-06-30 → 2030-05-01, a holiday)', () => {
    const [renewal] = openPermitClocks(keyPermit, [], { holidays: new Set(['2030-05-01']), workdays: new Set() }, {});
    expect(renewal).toMatchObject({ kind: 'renewal_application', dueDate: '2030-05-01', rolled: false });
    expect(renewal!.rule).toMatchObject({
      days: 60,
      dayKind: 'calendar',
      citation: expect.stringContaining('第十四条'),
    });
  });

  it('renewal deadline is exactly valid_to − 60 calendar days for any date (property)', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => {
      const d = new Date(ms);
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    });
    fc.assert(
      fc.property(day, (validTo) => {
        const iso = validTo.toISOString().slice(0, 10);
        const expected = new Date(validTo.getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
        const [renewal] = openPermitClocks({ ...keyPermit, validTo: iso }, [], CAL, {});
        expect(renewal!.dueDate).toBe(expected);
      }),
    );
  });

  it('a renewal filed closes the renewal clock and opens the 20-day review; renewed closes it and reopens the renewal', () => {
    const filed = [ev('renewal_filed', '2030-04-20')];
    expect(clocks(keyPermit, filed)).toEqual([
      { kind: 'renewal_review', due: '2030-05-10', code: 'PERMIT_RENEWAL_REVIEW' },
    ]);
    const renewed = [...filed, ev('renewed', '2030-05-05')];
    expect(clocks({ ...keyPermit, validTo: '2035-06-30' }, renewed)).toEqual([
      { kind: 'renewal_application', due: '2035-05-01', code: 'PERMIT_RENEWAL_APPLICATION' },
    ]);
  });

  it('correction notice 3 days after an application, rolled off National Day to 8 Oct', () => {
    const [, notice] = clocks(keyPermit, [ev('applied', '2026-09-28')]);
    expect(notice).toEqual({ kind: 'correction_notice', due: '2026-10-08', code: 'PERMIT_CORRECTION_NOTICE' });
    expect(clocks(keyPermit, [ev('applied', '2026-09-28')], { rollRestDayForward: false })[1]!.due).toBe('2026-10-01');
    expect(clocks(keyPermit, [ev('applied', '2026-09-28'), ev('correction_notice', '2026-09-29')])).toHaveLength(1);
  });

  it('decision: 20 days simplified, 30 key, 45 key with site check; answered by granted', () => {
    const accepted = [ev('accepted', '2026-03-02')];
    expect(clocks({ ...keyPermit, category: 'simplified' }, accepted)[1]).toMatchObject({ due: '2026-03-23' }); // 22 Mar is a Sunday
    expect(clocks(keyPermit, accepted)[1]).toMatchObject({ due: '2026-04-01', code: 'PERMIT_DECISION_KEY' });
    expect(clocks(keyPermit, [ev('accepted', '2026-03-02', true)])[1]).toMatchObject({
      due: '2026-04-16',
      code: 'PERMIT_DECISION_KEY_SITE_CHECK',
    });
    expect(clocks(keyPermit, [...accepted, ev('site_check', '2026-03-10')])[1]).toMatchObject({ due: '2026-04-16' });
    expect(clocks(keyPermit, [...accepted, ev('granted', '2026-03-20')]).map((c) => c.kind)).toEqual([
      'renewal_application',
    ]);
  });

  it('a working-day decision period crossing National Day counts only working days (20 → 29 Oct)', () => {
    const simplified = { ...keyPermit, category: 'simplified' as const };
    const accepted = [ev('accepted', '2026-09-25')];
    expect(clocks(simplified, accepted)[1]!.due).toBe('2026-10-15');
    const working = { dayKinds: { PERMIT_DECISION_SIMPLIFIED: 'working' as const } };
    expect(clocks(simplified, accepted, working)[1]!.due).toBe('2026-10-29');
    expect(clocks(simplified, accepted, working, NO_HOLIDAYS)[1]!.due).toBe('2026-10-23');
  });

  it('change application 30 days after a change, rolled from Sunday 6 Dec to Monday 7 Dec; change_filed answers it', () => {
    const changed = [ev('change_event', '2026-11-06')];
    const [, change] = openPermitClocks(keyPermit, changed, CAL, {});
    expect(change).toMatchObject({ kind: 'change_application', dueDate: '2026-12-07', rolled: true });
    expect(clocks(keyPermit, [...changed, ev('change_filed', '2026-11-20')])).toHaveLength(1);
  });

  it('registration form: a change opens the 20-day update, no renewal clock and no decision', () => {
    const form: ClockPermit = {
      kind: 'registration',
      category: 'registration',
      validTo: '2030-01-01',
      status: 'valid',
    };
    expect(clocks(form, [ev('accepted', '2026-03-02'), ev('change_event', '2026-03-02')])).toEqual([
      { kind: 'registration_update', due: '2026-03-23', code: 'REGISTRATION_FORM_UPDATE' },
    ]);
  });

  it('the day counts are data: a setting of 15 days moves the change deadline', () => {
    expect(
      clocks(keyPermit, [ev('change_event', '2026-11-06')], { days: { PERMIT_CHANGE_APPLICATION: 15 } })[1]!.due,
    ).toBe(
      '2026-11-23', // 21 Nov is a Saturday
    );
  });

  it('a revoked permit runs no clocks', () => {
    expect(clocks({ ...keyPermit, status: 'revoked' }, [ev('change_event', '2026-11-06')])).toEqual([]);
  });
});
