import type { ComplianceDay, ExceedanceEvent, OutletAmount } from '@ecocloud/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { hourFixture, json, meFixture } from '../testing/fixtures';
import { OutletCompliancePage } from './OutletCompliancePage';

vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

const event = (outletId: string): ExceedanceEvent => ({
  id: `ev-${outletId}`,
  outletId,
  outletCode: 'DA001',
  enterpriseId: 'e1',
  enterpriseName: '南宁示范热电有限公司',
  pollutant: 'so2',
  start: '2026-03-01T03:00:00.000Z',
  end: '2026-03-01T05:00:00.000Z',
  hours: 2,
  peakConverted: 52.5,
  peakMultiple: 0.5,
  status: 'open',
  basis: 'hour',
});
const day: ComplianceDay = {
  outletId: 'o1',
  pollutant: 'cod',
  day: '2026-03-01',
  validHours: 22,
  valid: true,
  mean: 72,
  limitValue: 60,
  exceeded: true,
  multiple: 0.2,
  amountKg: 14,
  note: 'JUDGED_DAILY',
};
const amount: OutletAmount = {
  outletId: 'o1',
  outletCode: 'DA001',
  pollutant: 'so2',
  byMonthKg: Array(12).fill(0),
  yearToDateKg: 30_000,
  permittedKg: 120_000,
  projectedKg: 150_000,
  usedShare: 25,
  projectedOver: true,
};

function serve() {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    const path = url.pathname;
    if (path === '/api/v1/auth/me') return json(meFixture(['compliance:read']));
    if (path === '/api/v1/compliance/outlets/o1/hours')
      return json({
        items: [
          hourFixture('2026-03-01T02:00:00.000Z'),
          hourFixture('2026-03-01T03:00:00.000Z', { converted: 52.5, exceeded: true, multiple: 0.5 }),
          hourFixture('2026-03-01T04:00:00.000Z', {
            valid: false,
            mean: null,
            converted: null,
            exceeded: null,
            note: 'HOUR_INVALID',
          }),
          hourFixture('2026-03-01T02:00:00.000Z', {
            pollutant: 'cod',
            converted: null,
            o2Mean: null,
            limitValue: 60,
            note: 'JUDGED_DAILY',
          }),
        ],
      });
    if (path === '/api/v1/compliance/outlets/o1/days') return json({ items: [day] });
    if (path === '/api/v1/compliance/exceedances') return json({ items: [event('o1'), event('o2')] });
    if (path === '/api/v1/compliance/enterprises/e1/amounts')
      return json({ enterpriseId: 'e1', year: 2026, rows: [amount] });
    return json({ error: { code: 'FORBIDDEN', message: path } }, 403);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/compliance/outlets/:outletId" element={<OutletCompliancePage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/compliance/outlets/o1?enterprise=e1' },
  );
  return () => fetchMock.mock.calls.map(([u]) => new URL(String(u), 'http://test'));
}

describe('OutletCompliancePage', () => {
  it('shows a chart per pollutant, the outlet’s events, the daily judgement and the projected overrun, in words', async () => {
    const calls = serve();
    await screen.findByTestId('pollutant-chart-so2');
    expect(screen.getByTestId('pollutant-chart-cod').textContent).toContain('化学需氧量');
    expect(screen.getByTestId('exceeded-hours-so2').textContent).toBe('超标 1');
    // The last three Beijing days, the end exclusive.
    const hours = calls().find((u) => u.pathname.endsWith('/hours'))!;
    expect(Date.parse(hours.searchParams.get('to')!) - Date.parse(hours.searchParams.get('from')!)).toBe(
      3 * 86_400_000,
    );

    const events = within(screen.getByTestId('exceedance-table'));
    await waitFor(() =>
      expect(events.getAllByRole('row').filter((r) => r.getAttribute('data-row-key'))).toHaveLength(1),
    );
    expect(screen.getByTestId('exceedance-table').textContent).toContain('持续中');
    expect((await screen.findByTestId('days-table')).textContent).toContain('废水按日均值判定');
    expect((await screen.findByTestId('amounts-projected-over')).textContent).toContain('二氧化硫');
    expect(screen.getByTestId('amounts-card').textContent).toContain('120.000');

    const words = (document.body.textContent ?? '').split(/[^A-Za-z0-9_]+/);
    for (const code of ['so2', 'cod', 'HOUR_INVALID', 'JUDGED_DAILY', 'open', 'hour'])
      expect(words, code).not.toContain(code);
  });
});
