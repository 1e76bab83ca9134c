import { describe, expect, it } from 'vitest';
import { BASE_CALENDAR_DAYS } from './china-holidays';
import {
  addWorkingDays,
  dueState,
  EMPTY_CALENDAR,
  isWorkingDay,
  nextWorkingDay,
  shanghaiDate,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-calendar';

const china: WorkingCalendar = {
  holidays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date)),
  workdays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'workday').map((d) => d.date)),
};

describe('working-day calendar', () => {
  it.each([
    ['2024-09-30', true, 'Monday between Mid-Autumn and National Day'],
    ['2024-10-01', false, 'National Day'],
    ['2024-10-07', false, 'Monday inside the National Day week'],
    ['2024-10-12', true, 'Saturday worked (调休)'],
    ['2024-10-13', false, 'ordinary Sunday'],
    ['2024-02-04', true, 'Sunday worked before the Spring Festival'],
    ['2025-01-28', false, 'Spring Festival 2025'],
    ['2025-02-08', true, 'Saturday worked after the Spring Festival 2025'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, china)).toBe(expected);
  });

  it.each([
    // [from, n, expected, why]
    ['2024-09-27', 1, '2024-09-29', 'Friday + 1 lands on the worked Sunday 29 Sep'],
    ['2024-09-30', 1, '2024-10-08', 'the National Day week is skipped'],
    ['2024-09-30', 5, '2024-10-12', 'Saturday 12 Oct is worked, so it counts'],
    ['2024-06-07', 1, '2024-06-11', 'Dragon Boat Monday skipped'],
    ['2024-03-01', 5, '2024-03-08', 'a plain week'],
    ['2024-10-08', -1, '2024-09-30', 'backwards over the holiday'],
    ['2024-10-03', 0, '2024-10-08', 'n = 0 moves a holiday to the next working day'],
    ['2024-03-05', 0, '2024-03-05', 'n = 0 keeps a working day'],
  ])('addWorkingDays(%s, %i) = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n, china)).toBe(expected);
  });

  it('without the holiday table only weekends are skipped', () => {
    expect(addWorkingDays('2024-09-30', 1, EMPTY_CALENDAR)).toBe('2024-10-01');
    expect(nextWorkingDay('2024-03-09', EMPTY_CALENDAR)).toBe('2024-03-11');
  });

  it('counts working days in a range and rejects impossible dates', () => {
    expect(workingDaysBetween('2024-09-27', '2024-10-12', china)).toBe(7); // 29 Sep, 30 Sep, 8–11 Oct, 12 Oct
    expect(() => addWorkingDays('2024-02-30', 1, china)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-03-01', 1.5, china)).toThrow(RangeError);
  });

  it('uses the Shanghai date, not the UTC one', () => {
    expect(shanghaiDate(new Date('2024-03-04T15:59:59Z'))).toBe('2024-03-04');
    expect(shanghaiDate(new Date('2024-03-04T16:00:00Z'))).toBe('2024-03-05');
  });
});

describe('dueState', () => {
  it.each([
    ['2024-03-10', '2024-03-01T02:00:00Z', 'ok'],
    ['2024-03-04', '2024-03-01T02:00:00Z', 'due_soon'],
    ['2024-03-01', '2024-03-01T15:59:00Z', 'due_soon'],
    ['2024-03-01', '2024-03-01T16:00:00Z', 'overdue'],
  ] as const)('due %s at %s is %s', (due, now, expected) => {
    expect(dueState(due, new Date(now))).toBe(expected);
  });

  it('counts working days when given a calendar: a week of holidays is not "soon"', () => {
    const now = new Date('2024-09-30T02:00:00Z');
    expect(dueState('2024-10-09', now, { soonDays: 3 })).toBe('ok');
    expect(dueState('2024-10-09', now, { soonDays: 3, calendar: china })).toBe('due_soon');
  });
});
