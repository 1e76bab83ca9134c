import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { LevelBadge } from './LevelBadge';

describe('LevelBadge', () => {
  it.each([
    [42, 1, '优', /#00e400|rgb\(0, 228, 0\)/i],
    [135, 3, '轻度污染', /#ff7e00|rgb\(255, 126, 0\)/i],
    [260, 5, '重度污染', /#99004c|rgb\(153, 0, 76\)/i],
  ])('paints AQI %i in the level %i colour with its category', (aqi, level, category, colour) => {
    renderWithProviders(<LevelBadge aqi={aqi} level={level} testId="b" />, { locale: 'zh-CN' });
    const badge = screen.getByTestId('b');
    expect(badge.textContent).toBe(`${aqi} ${category}`);
    expect(badge.getAttribute('data-level')).toBe(String(level));
    expect(badge.getAttribute('style') ?? '').toMatch(colour);
  });

  it('says "no data" without a value', () => {
    renderWithProviders(<LevelBadge aqi={null} level={null} testId="b" />, { locale: 'en' });
    expect(screen.getByTestId('b').textContent).toBe('No data');
  });
});
