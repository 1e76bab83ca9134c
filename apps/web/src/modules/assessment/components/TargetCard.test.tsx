import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../app/test-utils';
import type { TargetProgress } from '../types';
import { TargetCard } from './TargetCard';

const base: TargetProgress = {
  id: 't1', year: 2026, regionCode: '450100', indicator: 'air.pm25_annual_mean', name: 'PM2.5年均浓度', unit: 'µg/m³',
  direction: 'at_most', targetValue: 32, note: null, updatedAt: '2026-11-01T00:00:00Z', regionName: '南宁市',
  actual: 32, asOf: '2026-11-28', daysElapsed: 332, daysInYear: 365, requiredForRest: 29.2, projected: 33.2,
  status: 'at_risk', reason: 'projected 33.2 misses 32 narrowly; the rest must average 29.2 (expected 42.4)',
};

describe('TargetCard', () => {
  it('shows the status, the reason and what the rest of the year must average', () => {
    renderWithProviders(<TargetCard target={base} />, { locale: 'zh-CN' });
    const status = screen.getByTestId('target-status-t1');
    expect(status.getAttribute('data-status')).toBe('at_risk');
    expect(status.textContent).toBe('有风险');
    expect(screen.getByTestId('target-reason-t1').textContent).toBe(base.reason);
    const card = screen.getByTestId('target-card-t1');
    expect(card.textContent).toContain('南宁市 · PM2.5年均浓度');
    expect(card.textContent).toContain('剩余时段须达到 29.2 µg/m³');
    expect(card.textContent).toContain('年末预测 33.2 µg/m³');
    expect(card.getAttribute('style') ?? '').toMatch(/#fa8c16|rgb\(250, 140, 22\)/i);
  });

  it('words each status in English and colours off track red', () => {
    renderWithProviders(
      <>
        <TargetCard target={{ ...base, id: 'a', status: 'on_track' }} />
        <TargetCard target={{ ...base, id: 'b', status: 'off_track', projected: null, reason: 'already lost' }} />
      </>,
      { locale: 'en' },
    );
    expect(screen.getByTestId('target-status-a').textContent).toBe('On track');
    expect(screen.getByTestId('target-status-b').textContent).toBe('Off track');
    expect(screen.getByTestId('target-reason-b').textContent).toBe('already lost');
    expect(screen.getByTestId('target-card-b').textContent).toContain('projected —');
    expect(screen.getByTestId('target-card-b').getAttribute('style') ?? '').toMatch(/#f5222d|rgb\(245, 34, 45\)/i);
  });
});
