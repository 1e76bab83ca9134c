import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { BoardCard, BoardRow, ItemStatus } from '../types';
import { BoardCards } from './BoardCards';

function cardOf(id: string, status: ItemStatus, over: Partial<BoardCard> = {}): BoardCard {
  return {
    itemId: id,
    number: '（一）',
    title: `任务 ${id}`,
    kind: 'task',
    status,
    context: false,
    progress: null,
    leadUnits: [],
    nextDeadline: null,
    indicators: [],
    tasks: [],
    taskCount: 0,
    ...over,
  };
}

const counts = { not_started: 1, on_track: 1, at_risk: 1, overdue: 1, done: 1 };
const statuses: ItemStatus[] = ['not_started', 'on_track', 'at_risk', 'overdue', 'done'];
const rows: BoardRow[] = [
  {
    itemId: 'r1',
    number: '二、',
    title: '重大任务',
    total: 5,
    counts,
    cards: statuses.map((s, i) => cardOf(`c${i}`, s)),
  },
  {
    itemId: 'r2',
    number: '三、',
    title: '重点工作',
    total: 0,
    counts: { ...counts, done: 0, not_started: 0, on_track: 0, at_risk: 0, overdue: 0 },
    cards: [],
  },
];

// The colour a reader sees, whichever notation the DOM keeps: hex as written or rgb().
const EXPECTED: Record<ItemStatus, RegExp> = {
  not_started: /#8c8c8c|rgb\(140, 140, 140\)/i,
  on_track: /#52c41a|rgb\(82, 196, 26\)/i,
  at_risk: /#fa8c16|rgb\(250, 140, 22\)/i,
  overdue: /#f5222d|rgb\(245, 34, 45\)/i,
  done: /#1677ff|rgb\(22, 119, 255\)/i,
};

describe('BoardCards', () => {
  it('colours each card by status: grey, green, orange, red, blue', () => {
    renderWithProviders(<BoardCards rows={rows} />, { locale: 'zh-CN' });
    statuses.forEach((status, i) => {
      const card = screen.getByTestId(`board-card-c${i}`);
      expect(card.getAttribute('data-status')).toBe(status);
      expect(card.getAttribute('style') ?? '').toMatch(EXPECTED[status]);
      const tag = card.querySelector(`[data-status="${status}"]`);
      expect(tag?.getAttribute('style') ?? '').toMatch(EXPECTED[status]);
    });
    expect(screen.getByTestId('board-card-c3').textContent).toContain('已逾期');
    expect(screen.getByTestId('board-card-link-c3').getAttribute('href')).toBe('/app/workplan/items/c3');
  });

  it('shows non-zero counts per row in English and an empty row without cards', () => {
    renderWithProviders(<BoardCards rows={rows} />, { locale: 'en' });
    const countsRow = screen.getByTestId('board-counts-r1');
    expect(countsRow.textContent).toContain('Overdue 1');
    expect(countsRow.textContent).toContain('5 items');
    expect(screen.getByTestId('board-counts-r2').querySelectorAll('[data-status]')).toHaveLength(0);
    expect(screen.getByTestId('board-row-r2').textContent).toContain('No item below that you can see');
  });
});

describe('BoardCards for a unit', () => {
  it("shows the unit's task under its heading card and says so when nothing is the unit's", () => {
    const section = cardOf('s1', 'overdue', {
      kind: 'section',
      number: '（二）',
      title: '蓝天保卫战',
      context: true,
      tasks: [{ itemId: 't1', title: 'PM2.5与臭氧协同控制', status: 'overdue' }],
      taskCount: 1,
    });
    const row: BoardRow = {
      itemId: 'r1',
      number: '三、',
      title: '13项重点工作',
      total: 1,
      counts: { ...counts, not_started: 0, on_track: 0, at_risk: 0, done: 0 },
      cards: [section],
    };
    renderWithProviders(<BoardCards rows={[row]} />, { locale: 'zh-CN' });
    const card = screen.getByTestId('board-card-s1');
    expect(card.textContent).toContain('蓝天保卫战');
    expect(screen.getByTestId('board-task-t1').getAttribute('href')).toBe('/app/workplan/items/t1');
    expect(screen.getByTestId('board-counts-r1').textContent).toContain('共 1 项');
  });

  it('shows one message, not empty heading cards, when the unit has no item', () => {
    renderWithProviders(<BoardCards rows={[]} />, { locale: 'en' });
    expect(screen.getByTestId('board-empty').textContent).toContain('Your unit leads or co-leads no item of this plan');
  });
});

// Issue #14: a card shows progress %, lead unit, next deadline and its indicator against target.
describe('BoardCards card content', () => {
  it('shows progress, lead unit, next deadline and the indicator against its target', () => {
    const c = cardOf('k1', 'at_risk', {
      progress: 45,
      leadUnits: ['大气环境处'],
      nextDeadline: '2024-06-30',
      indicators: [
        { id: 'i1', name: 'PM2.5浓度', unit: 'µg/m³', direction: 'at_most', target: 30, value: 32.5, track: 'behind' },
      ],
    });
    const row: BoardRow = {
      itemId: 'r1',
      number: '三、',
      title: '重点工作',
      total: 1,
      counts: { ...counts, not_started: 0, on_track: 0, overdue: 0, done: 0 },
      cards: [c],
    };
    renderWithProviders(<BoardCards rows={[row]} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('board-progress-k1').textContent).toContain('45%');
    const text = screen.getByTestId('board-card-k1').textContent!;
    expect(text).toContain('牵头：大气环境处');
    expect(screen.getByTestId('board-deadline-k1').textContent).toBe('下一时限：2024-06-30');
    expect(screen.getByTestId('board-indicator-i1').textContent).toBe('滞后PM2.5浓度：32.5 / 目标 30µg/m³');
  });
});
