import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../../compliance/testing/fixtures';
import { PortalInspectionsPage } from './PortalInspectionsPage';

afterEach(() => vi.unstubAllGlobals());

const PLAN = {
  id: 'p1',
  authority: '南宁市生态环境局',
  regionCode: '450100',
  period: '2026-Q4',
  inspectionDate: '2026-11-16',
  seed: 'seed-2026-q4',
  algorithm: 'sha256-counter-fisher-yates@1',
  publishedAt: '2026-11-17T01:00:00.000Z',
  units: [
    { name: '南宁示范热电有限公司', uscc: '91450100MA5K000001', method: 'site_visit', checks: [] },
    { name: '南宁示范污水处理厂', uscc: '91450100MA5K000002', method: 'non_site', checks: ['online_data', 'video'] },
  ],
};

function serve(items: unknown[]) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/public/enforcement/inspection-plans') return json({ items });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<PortalInspectionsPage />, { locale: 'zh-CN', path: '/portal/inspections' });
  return fetchMock;
}

describe('PortalInspectionsPage (双随机抽查结果公开)', () => {
  it('publishes each plan with its seed, algorithm and the drawn units and methods in Chinese, without a login', async () => {
    const fetchMock = serve([PLAN]);
    expect(await screen.findByText('南宁市生态环境局 2026-Q4')).toBeTruthy();
    const page = screen.getByTestId('portal-inspections');
    expect(within(page).getByText('seed-2026-q4')).toBeTruthy();
    expect(within(page).getByText('sha256-counter-fisher-yates@1')).toBeTruthy();
    expect(page.textContent).toContain('2026-11-16');
    expect(page.textContent).toContain('2026-11-17');
    const rows = page.querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toBe('南宁示范热电有限公司91450100MA5K000001现场检查');
    expect(rows[1]!.textContent).toContain('非现场检查（在线监测数据、视频监控）');
    for (const code of ['site_visit', 'non_site', 'online_data']) expect(page.textContent).not.toContain(code);
    // The public page asks the public route only (no session).
    expect(fetchMock.mock.calls.map(([u]) => new URL(u, 'http://test').pathname)).toEqual([
      '/api/v1/public/enforcement/inspection-plans',
    ]);
  });

  it('says so when nothing is published yet', async () => {
    serve([]);
    expect(await screen.findByText('暂无公开的抽查结果')).toBeTruthy();
    expect(screen.getByTestId('portal-inspections').querySelectorAll('tbody tr.ant-table-row')).toHaveLength(0);
  });
});
