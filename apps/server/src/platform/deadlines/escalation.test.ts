import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION,
  initialDue,
  nextEscalation,
  replyDaysAt,
  type Escalatable,
  type EscalationStep,
} from './escalation';
import type { WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = {
  holidays: new Set(['2024-05-01', '2024-05-02', '2024-05-03']),
  workdays: new Set(['2024-05-11']),
};
const at = (iso: string) => new Date(`${iso}T04:00:00Z`);

describe('escalation', () => {
  it('gives 5, 3, 2 working days at levels 1, 2, 3 by default and repeats the last', () => {
    expect([1, 2, 3, 4].map((l) => replyDaysAt(l, DEFAULT_ESCALATION))).toEqual([5, 3, 2, 2]);
    expect(initialDue('2024-04-26', cal)).toBe('2024-05-08'); // 29, 30 Apr, 6, 7, 8 May
  });

  it.each<[Escalatable, string, EscalationStep | null, string]>([
    [{ level: 1, dueDate: '2024-05-07', isResolved: false }, '2024-05-07', null, 'still on its due day'],
    [{ level: 1, dueDate: '2024-05-07', isResolved: true }, '2024-05-20', null, 'replied'],
    [
      { level: 1, dueDate: '2024-05-07', isResolved: false },
      '2024-05-08',
      { level: 2, dueDate: '2024-05-11' },
      'late: level 2, 3 working days incl. the worked Saturday',
    ],
    [
      { level: 2, dueDate: '2024-05-11', isResolved: false },
      '2024-05-13',
      { level: 3, dueDate: '2024-05-15' },
      'late again: level 3',
    ],
    [{ level: 3, dueDate: '2024-05-15', isResolved: false }, '2024-06-01', null, 'already at the top level'],
    [
      { level: 1, dueDate: '2024-04-29', isResolved: false },
      '2024-04-30',
      { level: 2, dueDate: '2024-05-08' },
      'the May Day holidays are skipped',
    ],
  ])('%o at %s → %o (%s)', (c, today, expected) => {
    expect(nextEscalation(c, at(today), cal)).toEqual(expected);
  });
});
