import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../../../platform/deadlines';
import { reportItems, reportState, temporaryDue } from './report-items';

/** 2026's 国庆 (10-01..07) with the make-up Saturday 10-10, as the platform calendar holds them. */
const cal: WorkingCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-20', '2026-10-10']),
};

describe('temporary report clock (§17, §20)', () => {
  it('counts 5 working days after receipt: a Friday before a weekend, and across the holiday and its make-up day', () => {
    expect(temporaryDue('2026-09-11', '2026-03-30', cal).dueDate).toBe('2026-09-18');
    expect(temporaryDue('2026-09-30', '2026-03-30', cal).dueDate).toBe('2026-10-13');
    // Without the make-up Saturday the fifth day would be one later: the calendar decides.
    expect(temporaryDue('2026-09-30', '2026-03-30', { ...cal, workdays: new Set() }).dueDate).toBe('2026-10-14');
  });

  it('gives an event before the list was published 10 working days from publication (§20)', () => {
    const r = temporaryDue('2026-01-20', '2026-03-30', cal);
    expect(r).toEqual({ dueDate: '2026-04-13', rule: expect.objectContaining({ days: 10, dayKind: 'working' }) });
  });

  it('states a report: due once open, overdue after the day, filed late after it', () => {
    expect(reportState('2027-03-15', '2027-01-01', null, '2026-12-31')).toBe('not_due');
    expect(reportState('2027-03-15', '2027-01-01', null, '2027-03-15')).toBe('due');
    expect(reportState('2027-03-15', '2027-01-01', null, '2027-03-16')).toBe('overdue');
    expect(reportState('2027-03-15', '2027-01-01', '2027-03-16', '2027-04-01')).toBe('filed_late');
    const rows = reportItems(
      [{ enterpriseId: 'e', enterpriseName: 'E', uscc: 'U', year: 2026 }],
      [{ enterpriseId: 'e', ref: 'penalty:c', event: 'penalty', receivedOn: '2026-09-30', label: '环罚〔2026〕1号' }],
      [],
      new Map([[2026, '2026-03-30']]),
      cal,
      '2026-10-14',
    );
    expect(rows.map((r) => [r.kind, r.dueDate, r.state])).toEqual([
      ['temporary', '2026-10-13', 'overdue'],
      ['annual', '2027-03-15', 'not_due'],
    ]);
  });
});
