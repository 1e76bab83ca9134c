import type { PublicEnterprise } from '@ecocloud/contracts';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { PortalEnterprisePage } from './PortalEnterprisePage';

afterEach(() => vi.unstubAllGlobals());

const page: PublicEnterprise = {
  uscc: '91450100MA5KXXXX0A',
  name: '南宁示范热电有限公司',
  industryLabel: '火力发电',
  regionName: '南宁市',
  address: '南宁市江南区某路 1 号',
  category: 'simplified',
  permits: [
    {
      permitNo: 'P-001',
      kind: 'permit',
      category: 'simplified',
      issuer: '南宁市生态环境局',
      validFrom: '2022-01-21',
      validTo: '2027-01-20',
      state: 'valid',
      limits: [
        {
          outletCode: 'DW001',
          pollutant: 'cod',
          limitType: 'concentration',
          value: 60,
          unit: 'mg/L',
          averagingPeriod: '日均值',
          specialPeriod: null,
        },
      ],
    },
  ],
  outlets: [{ code: 'DW001', name: '废水总排口', kind: 'water', isMain: true, standard: 'GB 8978-1996' }],
  reports: [{ frequency: 'annual', periodKey: '2025', submittedAt: '2026-01-10T02:00:00.000Z', state: 'on_time' }],
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderAt(uscc: string) {
  const fetchMock = vi.fn(async (url: string) =>
    url === `/api/v1/public/enterprises/${page.uscc}`
      ? json(page)
      : json({ error: { code: 'ENTERPRISE_NOT_FOUND', message: 'no such enterprise' } }, 404),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/portal/enterprises/:uscc" element={<PortalEnterprisePage />} />
    </Routes>,
    { locale: 'zh-CN', path: `/portal/enterprises/${uscc}` },
  );
  return fetchMock;
}

describe('PortalEnterprisePage (一企一码)', () => {
  it('shows the permit, limits, outlets and report record in Chinese, without a session', async () => {
    const fetchMock = renderAt(page.uscc);
    expect((await screen.findByTestId('public-enterprise-name')).textContent).toBe(page.name);
    const text = document.body.textContent ?? '';
    for (const word of [
      '简化管理',
      '排污许可证',
      '有效',
      '化学需氧量',
      '废水',
      '主要排放口',
      '年度报告',
      '2025 年度',
      '按时提交',
    ])
      expect(text).toContain(word);
    expect(fetchMock.mock.calls.map(([url]) => url)).not.toContain('/api/v1/auth/me');
  });

  it('answers an unknown code with a friendly 未找到', async () => {
    renderAt('91450100MA5KXXXX0B');
    expect((await screen.findByTestId('public-enterprise-not-found')).textContent).toContain('未找到该排污单位');
  });
});
