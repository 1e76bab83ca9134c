import { describe, expect, it } from 'vitest';
import { expectedPercent, indicatorTrack, isAttained, itemStatus, type StatusInput } from './item-status';

const base: StatusInput = {
  today: '2024-06-15',
  startDate: '2024-01-01',
  deadline: '2024-12-31',
  milestones: [],
  doneAt: null,
  lastReport: null,
  indicators: [],
};
const ms = [
  { date: '2024-03-31', title: '方案印发', percent: 20 },
  { date: '2024-06-30', title: '中期', percent: 50 },
  { date: '2024-11-30', title: '完成', percent: 100 },
];

describe('item status rules', () => {
  it.each<[string, Partial<StatusInput>, string]>([
    ['marked done wins over everything', { doneAt: '2024-05-01T00:00:00Z', deadline: '2024-03-01' }, 'done'],
    ['deadline passed', { today: '2025-01-01' }, 'overdue'],
    [
      'on its deadline day it is not yet overdue',
      { today: '2024-12-31', lastReport: { date: '2024-12-20', percent: 95 } },
      'on_track',
    ],
    ['before its start', { startDate: '2024-07-01' }, 'not_started'],
    ['early in the year, no report, little expected', { today: '2024-01-20' }, 'not_started'],
    ['half-way, no report', {}, 'at_risk'],
    ['half-way, 45% reported (linear 45% expected)', { lastReport: { date: '2024-06-05', percent: 45 } }, 'on_track'],
    ['half-way, 20% reported', { lastReport: { date: '2024-06-05', percent: 20 } }, 'at_risk'],
    [
      'milestone of 20% by March missed',
      { milestones: ms, lastReport: { date: '2024-06-05', percent: 15 } },
      'at_risk',
    ],
    ['milestones met', { milestones: ms, lastReport: { date: '2024-06-05', percent: 40 } }, 'on_track'],
    ['stale report', { lastReport: { date: '2024-04-01', percent: 60 } }, 'at_risk'],
    [
      'an indicator behind its trajectory',
      { lastReport: { date: '2024-06-05', percent: 60 }, indicators: ['on_track', 'behind'] },
      'at_risk',
    ],
    [
      'indicators without data do not count against',
      { lastReport: { date: '2024-06-05', percent: 60 }, indicators: ['no_data'] },
      'on_track',
    ],
  ])('%s', (_why, patch, expected) => {
    expect(itemStatus({ ...base, ...patch }).status).toBe(expected);
  });

  it('says why', () => {
    expect(itemStatus({ ...base, milestones: ms, lastReport: { date: '2024-06-05', percent: 15 } }).reasons).toEqual([
      'milestone 2024-03-31 (20%) missed',
    ]);
    expect(
      itemStatus({ ...base, milestones: ms, lastReport: { date: '2024-06-05', percent: 15 } }).reasonCodes,
    ).toEqual([{ code: 'milestone_missed', params: { date: '2024-03-31', percent: 20 } }]);
  });

  it.each([
    ['2024-02-01', 0],
    ['2024-04-01', 20],
    ['2024-07-01', 50],
    ['2024-12-01', 100],
  ] as const)('expected progress with milestones on %s is %i%%', (today, pct) => {
    expect(expectedPercent(today, '2024-01-01', '2024-12-31', ms)).toBe(pct);
  });

  it('expected progress is linear without milestones', () => {
    expect(expectedPercent('2024-07-01', '2024-01-01', '2024-12-31', [])).toBe(49); // 182 of 365 days, floored
    expect(expectedPercent('2024-07-01', null, '2024-12-31', [])).toBe(0);
  });
});

describe('indicator trajectory', () => {
  const sewage = { direction: 'at_least' as const, baseline: 25, target: 33, deadline: '2024-12-31', latest: 29 };
  it.each([
    ['half-way there at mid-year', sewage, '2024-07-01', 'on_track'],
    ['barely moved by October', { ...sewage, latest: 26 }, '2024-10-01', 'behind'],
    ['reached', { ...sewage, latest: 33.5 }, '2024-10-01', 'attained'],
    ['not reached after the deadline', { ...sewage, latest: 32 }, '2025-01-10', 'behind'],
    ['no data', { ...sewage, latest: null }, '2024-10-01', 'no_data'],
    [
      'no baseline: nothing to judge before the deadline',
      { ...sewage, baseline: null, latest: 26 },
      '2024-10-01',
      'on_track',
    ],
    [
      'PM2.5 (at most) falling fast enough',
      { direction: 'at_most' as const, baseline: 34, target: 30, deadline: '2024-12-31', latest: 31 },
      '2024-07-01',
      'on_track',
    ],
    [
      'a live forecast wins over the straight line',
      { ...sewage, latest: 26, forecast: 'on_track' as const },
      '2024-10-01',
      'on_track',
    ],
    ['a live forecast at risk', { ...sewage, latest: 33.5, forecast: 'at_risk' as const }, '2024-10-01', 'behind'],
  ] as const)('%s', (_why, s, today, expected) => {
    expect(indicatorTrack(s, today, '2024-01-01')).toBe(expected);
  });

  it.each([
    ['at_least', 33, 33, true],
    ['at_least', 32.9, 33, false],
    ['at_most', 30, 30, true],
    ['at_most', 30.1, 30, false],
    ['reach', 100, 100, true],
    ['eliminate', 0, 0, true],
    ['eliminate', 2, 0, false],
  ] as const)('%s: %d against %d attained = %s', (dir, v, t, expected) => {
    expect(isAttained(dir, v, t)).toBe(expected);
  });
});
