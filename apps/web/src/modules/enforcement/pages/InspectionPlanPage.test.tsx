import type { InspectionPlan } from '@ecocloud/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { InspectionPlanPage } from './InspectionPlanPage';

afterEach(() => vi.unstubAllGlobals());

const base: InspectionPlan = {
  id: 'p1',
  orgId: 'o1',
  orgName: '南宁市生态环境局',
  regionCode: '450100',
  period: '2026-Q4',
  inspectionDate: '2026-11-20',
  algorithm: 'sha256-fisher-yates@1',
  rates: [{ library: 'key', percent: '25' }],
  libraries: [{ library: 'key', poolSize: 8, percent: '25', required: 2 }],
  objectCount: 2,
  publishedAt: null,
  createdBy: 'u1',
  createdAt: '2026-10-01T00:00:00Z',
  hidden: false,
  seed: 'seed-2026-q4',
  objects: [
    {
      enterpriseId: 'e1',
      name: '南宁示范热电有限公司',
      uscc: '91450100MA5K000001',
      library: 'key',
      method: 'site_visit',
      checks: [],
      inspectors: [
        { userId: 'u2', displayName: '张三' },
        { userId: 'u3', displayName: '李四' },
      ],
      shortfall: 0,
    },
    {
      enterpriseId: 'e2',
      name: '南宁示范污水处理厂',
      uscc: '91450100MA5K000002',
      library: 'special',
      method: 'non_site',
      checks: ['online_data', 'power_use'],
      inspectors: [],
      shortfall: 2,
    },
  ],
};

function serve(permissions: string[], plan: InspectionPlan, matches = true) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/enforcement/inspection-plans/p1/verify' && init?.method === 'POST')
      return json({ matches, algorithm: plan.algorithm, seed: plan.seed });
    if (url.pathname === '/api/v1/enforcement/inspection-plans/p1') return json(plan);
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/enforcement/inspections/:id" element={<InspectionPlanPage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/enforcement/inspections/p1' },
  );
}

describe('InspectionPlanPage (抽查计划)', () => {
  it('shows the seed, the algorithm and the drawn units with library, method and inspectors in Chinese', async () => {
    serve(['enforcement:read', 'enforcement:plan'], base);
    expect((await screen.findByTestId('plan-seed')).textContent).toBe('seed-2026-q4');
    expect(screen.getByTestId('plan-algorithm').textContent).toBe('sha256-fisher-yates@1');
    expect(screen.getByTestId('plan-object-library-e1').textContent).toBe('重点排污单位');
    expect(screen.getByTestId('plan-object-library-e2').textContent).toBe('特殊监管对象');
    expect(screen.getByTestId('plan-object-method-e1').textContent).toBe('现场检查');
    expect(screen.getByTestId('plan-object-method-e2').textContent).toBe('非现场检查（在线监测数据、用电监控）');
    expect(screen.getByTestId('plan-object-inspectors-e1').textContent).toBe('张三、李四');
    expect(screen.getByTestId('plan-object-inspectors-e2').textContent).toContain('缺少 2 名可用执法人员');
    expect(screen.queryByTestId('plan-hidden')).toBeNull();
    // No raw code anywhere on the page (key, site_visit, non_site, online_data …).
    const text = screen.getByTestId('plan-page').textContent ?? '';
    for (const code of ['key', 'special', 'site_visit', 'non_site', 'online_data', 'power_use'])
      expect(text.includes(code), code).toBe(false);
  });

  it('before the date, to a non-owner: the secrecy notice, no seed, no list, no verify button', async () => {
    serve(['enforcement:read'], { ...base, hidden: true, seed: null, objects: null });
    expect((await screen.findByTestId('plan-hidden')).textContent).toContain('抽查名单在检查日前保密');
    expect(screen.getByTestId('plan-seed').textContent).toBe('—');
    expect(screen.getByTestId('plan-algorithm').textContent).toBe('—');
    expect(screen.queryByTestId('plan-objects')).toBeNull();
    expect(screen.queryByTestId('plan-verify')).toBeNull();
    expect(screen.queryByTestId('plan-publish')).toBeNull();
  });

  it('verifies the draw and says 一致 or 不一致', async () => {
    serve(['enforcement:read', 'enforcement:plan'], base, true);
    fireEvent.click(await screen.findByTestId('plan-verify'));
    expect((await screen.findByTestId('plan-verify-result')).textContent).toContain('复核一致');
  });

  it('says 不一致 when the re-drawn list differs (the negative control)', async () => {
    serve(['enforcement:read', 'enforcement:plan'], base, false);
    fireEvent.click(await screen.findByTestId('plan-verify'));
    expect((await screen.findByTestId('plan-verify-result')).textContent).toContain('复核不一致');
  });
});
