import type { AnnualPrefill } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { AnnualReportPage } from './AnnualReportPage';

afterEach(() => vi.unstubAllGlobals());

const prefill: AnnualPrefill = {
  enterpriseId: 'e1',
  enterpriseName: '南宁示范热电有限公司',
  uscc: '91450100MA5K000001',
  year: 2025,
  dueDate: '2026-03-15',
  permits: [{ permitNo: '91450100MA5K000001001P', validFrom: '2023-01-01', validTo: '2028-01-01', status: 'valid' }],
  emissions: [{ pollutant: 'so2', amountKg: 1234.5 }],
  penalties: [{ caseNo: '南环罚〔2025〕7号', title: '超标排放', decidedOn: '2025-09-01', fineYuan: 200000 }],
  creditLevel: 'blue',
  temporaryReports: 1,
  filed: null,
};

describe('AnnualReportPage (年度报告)', () => {
  it('shows what the record knows and files what the enterprise adds', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string, init?: RequestInit) => {
        const url = new URL(input, 'http://test');
        if (url.pathname === '/api/v1/auth/me') return json(meFixture(['credit:disclose']));
        if (url.pathname === '/api/v1/credit/disclosure/annual' && init?.method === 'POST') {
          posted.push(JSON.parse(String(init.body)));
          return json({}, 201);
        }
        if (url.pathname === '/api/v1/credit/disclosure/annual/e1/2025') return json(prefill);
        return json({ error: { code: 'NOT_FOUND' } }, 404);
      }),
    );
    renderWithProviders(
      <Routes>
        <Route path="/app/credit/disclosure/annual/:enterpriseId/:year" element={<AnnualReportPage />} />
      </Routes>,
      { locale: 'zh-CN', path: '/app/credit/disclosure/annual/e1/2025' },
    );
    expect(await screen.findByText('91450100MA5K000001001P')).toBeTruthy();
    expect(screen.getByText('南环罚〔2025〕7号')).toBeTruthy();
    expect(screen.getByText('二氧化硫')).toBeTruthy();
    expect(screen.queryByText('so2')).toBeNull();
    expect(screen.getByTestId('level-blue').textContent).toBe('环保良好（蓝牌）');
    fireEvent.change(screen.getByTestId('annual-emergency'), { target: { value: '已备案' } });
    fireEvent.click(screen.getByTestId('annual-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ enterpriseId: 'e1', year: 2025, content: { emergencyPlan: '已备案' } });
  });
});
