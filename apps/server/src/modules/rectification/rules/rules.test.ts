import { describe, expect, it } from 'vitest';
import type { AnyPermission, ProblemState, ProblemStep } from '@ecocloud/contracts';
import { BASE_CALENDAR_DAYS } from '../../../platform/deadlines/china-holidays';
import type { WorkingCalendar } from '../../../platform/deadlines';
import { noticeEnd, noticeIsOver } from './notice-period';
import { allowedSteps, isOverdue, nextState, statusOf } from './problem-states';

const china: WorkingCalendar = {
  holidays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date)),
  workdays: new Set(BASE_CALENDAR_DAYS.filter((d) => d.kind === 'workday').map((d) => d.date)),
};

describe('the ledger state machine', () => {
  it.each<[ProblemState, ProblemStep, ProblemState | null]>([
    ['not_started', 'start', 'in_progress'],
    ['not_started', 'complete', null],
    ['in_progress', 'progress', 'in_progress'],
    ['in_progress', 'complete', 'awaiting_acceptance'],
    ['awaiting_acceptance', 'self_accept', 'self_accepted'],
    ['awaiting_acceptance', 'higher_accept', null],
    ['awaiting_acceptance', 'reject', 'in_progress'],
    ['self_accepted', 'higher_accept', 'higher_accepted'],
    ['self_accepted', 'close', null],
    ['higher_accepted', 'notice', 'higher_accepted'],
    ['higher_accepted', 'close', 'closed'],
    ['closed', 'rebound', 'rebounded'],
    ['in_progress', 'rebound', null],
    ['rebounded', 'complete', 'awaiting_acceptance'],
    ['closed', 'accountability', 'closed'],
  ])('%s + %s → %s', (state, step, next) => {
    expect(nextState(state, step)).toBe(next);
  });

  it('gives the responsible unit the work steps and the acceptance side the rest', () => {
    const writer = new Set<AnyPermission>(['rectification:read', 'rectification:write']);
    const accepter = new Set<AnyPermission>(['rectification:read', 'rectification:accept']);
    expect(allowedSteps('in_progress', writer)).toEqual(['progress', 'complete']);
    expect(allowedSteps('awaiting_acceptance', writer)).toEqual([]);
    expect(allowedSteps('awaiting_acceptance', accepter)).toEqual(['self_accept', 'reject', 'accountability']);
    expect(allowedSteps('closed', accepter)).toEqual(['rebound', 'accountability']);
  });

  it('computes overdue from the deadline for open work only, and shows a rebound as such', () => {
    expect(isOverdue('in_progress', '2026-06-30', '2026-07-01')).toBe(true);
    expect(isOverdue('in_progress', '2026-06-30', '2026-06-30')).toBe(false);
    expect(isOverdue('awaiting_acceptance', '2026-06-30', '2026-07-01')).toBe(false);
    expect(statusOf('not_started', '2026-06-30', '2026-07-01')).toBe('overdue');
    expect(statusOf('rebounded', '2026-06-30', '2026-07-01')).toBe('rebounded');
    expect(statusOf('closed', '2026-06-30', '2026-07-01')).toBe('closed');
  });
});

describe('the public notice in working days', () => {
  it.each([
    ['2026-06-01', 5, '2026-06-05', 'Monday to Friday: the publication day counts'],
    ['2026-06-04', 5, '2026-06-10', 'across a weekend'],
    ['2026-06-06', 5, '2026-06-12', 'published on a Saturday: counted from Monday'],
    ['2026-09-30', 5, '2026-10-12', 'across National Day (1–7 Oct) with the make-up Saturday 10 Oct worked'],
    ['2026-06-17', 3, '2026-06-22', 'across 端午 (19–21 Jun)'],
  ])('%s + %i working days ends %s (%s)', (from, days, to) => {
    expect(noticeEnd(from, days, china)).toBe(to);
  });

  it('is over only from the day after its last day', () => {
    expect(noticeIsOver('2026-10-12', '2026-10-12')).toBe(false);
    expect(noticeIsOver('2026-10-12', '2026-10-13')).toBe(true);
  });
});
