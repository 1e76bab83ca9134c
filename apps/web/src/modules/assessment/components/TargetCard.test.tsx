import { TARGET_REASONS } from '@ecocloud/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { assessmentEn } from '../../../i18n/assessment.en';
import { assessmentZh } from '../../../i18n/assessment.zh-cn';
import type { TargetProgress } from '../types';
import { TargetCard } from './TargetCard';

const base: TargetProgress = {
  id: 't1',
  year: 2026,
  regionCode: '450100',
  indicator: 'air.pm25_annual_mean',
  name: 'PM2.5年均浓度',
  unit: 'µg/m³',
  direction: 'at_most',
  targetValue: 32,
  note: null,
  updatedAt: '2026-11-01T00:00:00Z',
  regionName: '南宁市',
  actual: 32,
  asOf: '2026-11-28',
  daysElapsed: 332,
  daysInYear: 365,
  requiredForRest: 29.2,
  projected: 33.2,
  bestAchievable: 29.1,
  shortfall: null,
  status: 'at_risk',
  reason: 'projected_short',
};

// Good days 86.4 % of 340 days against 95 %: even 25 good days of 25 give 87.3 %, 7.7 points short.
const lost: TargetProgress = {
  ...base,
  id: 'lost',
  indicator: 'air.good_day_ratio',
  name: '空气质量优良天数比例',
  unit: '%',
  direction: 'at_least',
  targetValue: 95,
  actual: 86.4,
  daysElapsed: 340,
  requiredForRest: null,
  projected: null,
  bestAchievable: 87.3,
  shortfall: 7.7,
  status: 'off_track',
  reason: 'already_lost',
};

describe('TargetCard', () => {
  it('shows the status, the reason worded from its code and what the rest of the year must reach', () => {
    renderWithProviders(<TargetCard target={base} />, { locale: 'zh-CN' });
    const status = screen.getByTestId('target-status-t1');
    expect(status.getAttribute('data-status')).toBe('at_risk');
    expect(status.textContent).toBe('有风险');
    expect(screen.getByTestId('target-reason-t1').textContent).toBe(
      '预计年末 33.2 µg/m³，小幅未达目标 32 µg/m³；剩余时段须达到 29.2 µg/m³',
    );
    const card = screen.getByTestId('target-card-t1');
    expect(card.textContent).toContain('南宁市 · PM2.5年均浓度');
    expect(card.textContent).toContain('剩余时段须达到 29.2 µg/m³');
    expect(card.textContent).toContain('年末预测 33.2 µg/m³');
    expect(card.getAttribute('style') ?? '').toMatch(/#fa8c16|rgb\(250, 140, 22\)/i);
  });

  it('says 已无法完成 with the best possible year and the shortfall, and no figure to reach, when the target is lost', () => {
    renderWithProviders(<TargetCard target={lost} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('target-lost-lost').textContent).toBe('已无法完成：全年最好可达 87.3%，较目标差 7.7%');
    expect(screen.getByTestId('target-reason-lost').textContent).toBe(
      '已无法完成：即使剩余时段全部达到最佳，全年最好为 87.3%，较目标 95% 差 7.7%',
    );
    const card = screen.getByTestId('target-card-lost');
    expect(card.textContent).not.toContain('剩余时段须达到');
    // Progress toward the target (86.4 of 95 → 90 %) is not the time elapsed (340 of 365 days → 93 %).
    expect(screen.getByTestId('target-attainment-lost').textContent).toContain('目标完成度 90%');
    expect(screen.getByTestId('target-elapsed-lost').textContent).toContain('时间进度 93%');
  });

  it('words each status and reason in English and colours off track red', () => {
    renderWithProviders(
      <>
        <TargetCard target={{ ...base, id: 'a', status: 'on_track', reason: 'projected_met', projected: 30 }} />
        <TargetCard
          target={{
            ...base,
            id: 's',
            status: 'on_track',
            reason: 'already_secured',
            requiredForRest: null,
            projected: 28,
          }}
        />
        <TargetCard target={{ ...lost, id: 'b' }} />
      </>,
      { locale: 'en' },
    );
    expect(screen.getByTestId('target-status-a').textContent).toBe('On track');
    expect(screen.getByTestId('target-card-a').textContent).toContain(
      'Rest of year must average 29.2 µg/m³ · projected 30 µg/m³',
    );
    expect(screen.getByTestId('target-reason-a').textContent).toBe(
      'Projected 30 µg/m³ meets 32 µg/m³; the rest of the year must reach 29.2 µg/m³',
    );
    expect(screen.getByTestId('target-card-s').textContent).not.toContain('Rest of year');
    expect(screen.getByTestId('target-reason-s').textContent).toBe('Met whatever the rest of the year brings');
    expect(screen.getByTestId('target-status-b').textContent).toBe('Off track');
    expect(screen.getByTestId('target-lost-b').textContent).toBe(
      'Can no longer be met: the best possible year is 87.3%, 7.7% short of the target',
    );
    expect(screen.getByTestId('target-card-b').getAttribute('style') ?? '').toMatch(/#f5222d|rgb\(245, 34, 45\)/i);
  });

  it('has a zh-CN and an English wording for every reason code the server sends', () => {
    for (const code of TARGET_REASONS) {
      expect(assessmentZh.targets.reasons[code]).toMatch(/\p{Script=Han}/u);
      expect(assessmentEn.targets.reasons[code]).toBeTruthy();
    }
  });
});
