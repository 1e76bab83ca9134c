import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { AqiCalendar, AqiMonthCalendar } from './AqiCalendar';

const days = [
  { date: '2026-11-02', aqi: 45, level: 1 },
  { date: '2026-11-03', aqi: 120, level: 3 },
];

// Issue #14: the city's AQI calendar was a strip of 16 px cells at the left of its card (cut off in a narrow one).
describe('AqiCalendar', () => {
  it('draws a month as a wall calendar from Monday, each day with its number and AQI, its columns sharing the width', () => {
    renderWithProviders(<AqiMonthCalendar month="2026-11" days={days} />, { locale: 'zh-CN' });
    const calendar = screen.getByTestId('aqi-calendar');
    expect(calendar.textContent).toContain('2026 年 11 月');
    const cells = calendar.querySelectorAll('[data-date]');
    expect(cells).toHaveLength(30);
    const grid = cells[0]!.parentElement!;
    expect(grid.style.gridTemplateColumns).toBe('repeat(7, minmax(0, 1fr))');
    // 1 November 2026 is a Sunday: six blank days (Mon–Sat) come first, after the seven weekday names.
    expect(Array.from(grid.children).indexOf(cells[0]!)).toBe(7 + 6);
    expect(cells[1]!.getAttribute('data-level')).toBe('1');
    expect(cells[1]!.textContent).toBe('245');
    expect(cells[4]!.textContent).toBe('5—');
  });

  it('lets the day columns of the year view share the card width instead of fixed 16 px cells', () => {
    renderWithProviders(<AqiCalendar year={2026} days={days} />, { locale: 'zh-CN' });
    const grid = screen.getByTestId('aqi-calendar').firstElementChild as HTMLElement;
    expect(grid.style.gridTemplateColumns).toBe('40px repeat(31, minmax(8px, 1fr))');
    expect(screen.getByTestId('aqi-calendar').querySelectorAll('[data-date]')).toHaveLength(365);
  });
});
