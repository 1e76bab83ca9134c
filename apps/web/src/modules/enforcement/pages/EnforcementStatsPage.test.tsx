import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { statsRowFixture } from '../testing/stats-fixture';
import { EnforcementStatsPage } from './EnforcementStatsPage';

// Only Date is faked: today is 2026-11-28 in Beijing, so the default range is 2026-01-01 to 2026-11-28.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T02:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const answer = (q: URLSearchParams) => {
  const byCity = q.get('groupBy') === 'region';
  const rows = [
    statsRowFixture(byCity ? { key: '450100', name: '南宁市' } : {}),
    statsRowFixture({
      key: byCity ? '450300' : 'org-gl',
      name: byCity ? '桂林市' : '桂林市生态环境局',
      regionCode: '450300',
      cases: 1,
      opened: 1,
      filed: 0,
      decided: 0,
      finesYuan: 0,
      avgDaysToDecision: null,
      decidedOnTime: 0,
      onTimeRate: null,
      overdueClocks: 1,
      overduePayments: 0,
    }),
  ];
  // The total's rate comes as the server would never send it (above 100): the page still caps it.
  const total = statsRowFixture({
    key: 'total',
    name: '',
    cases: 4,
    opened: 3,
    finesYuan: 1_234_567.5,
    onTimeRate: 120,
    overdueClocks: 1,
  });
  return { from: q.get('from'), to: q.get('to'), asOf: '2026-11-28', rows, total };
};

function serve() {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      requests.push(url);
      if (url.pathname === '/api/v1/auth/me') return json(meFixture(['enforcement:read']));
      if (url.pathname === '/api/v1/dictionaries/region/entries') return json({ items: [], total: 0 });
      if (url.pathname === '/api/v1/enforcement/stats') return json(answer(url.searchParams));
      return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
    }),
  );
  renderWithProviders(<EnforcementStatsPage />, { locale: 'zh-CN', path: '/app/enforcement/stats' });
  return () => requests.filter((r) => r.pathname === '/api/v1/enforcement/stats');
}

describe('EnforcementStatsPage (执法统计)', () => {
  it('asks for this year per handling unit and shows each row and the total in Chinese', async () => {
    const calls = serve();
    expect((await screen.findByTestId('stats-org-nn-finesYuan')).textContent).toBe('600,000 元');
    expect(Object.fromEntries(calls()[0]!.searchParams)).toEqual({
      from: '2026-01-01',
      to: '2026-11-28',
      groupBy: 'org',
    });
    expect(screen.getByText('南宁市生态环境局')).toBeTruthy();
    expect(screen.getByTestId('stats-org-nn-decided').textContent).toBe('3');
    expect(screen.getByTestId('stats-org-nn-avgDaysToDecision').textContent).toBe('63 天');
    expect(screen.getByTestId('stats-org-nn-onTimeRate').textContent).toBe('66.7%');
    expect(screen.getByTestId('stats-org-nn-overduePayments').textContent).toBe('1');
    // Without decisions: no average, no rate (a dash, not 0 % or 100 %).
    expect(screen.getByTestId('stats-org-gl-onTimeRate').textContent).toBe('—');
    expect(screen.getByTestId('stats-org-gl-avgDaysToDecision').textContent).toBe('—');
    const total = screen.getByTestId('stats-total');
    expect(total.textContent).toContain('合计');
    expect(screen.getByTestId('stats-total-finesYuan').textContent).toBe('1,234,567.5 元');
    expect(screen.getByTestId('stats-total-onTimeRate').textContent).toBe('100%');
    expect(screen.getByTestId('stats-total-cases').textContent).toBe('4');
    expect(screen.getByTestId('stats-range').textContent).toBe(
      '统计期间 2026-01-01 至 2026-11-28，逾期数截至 2026-11-28',
    );
  });

  it('groups by city and narrows the range; a reversed range is not sent', async () => {
    const calls = serve();
    await screen.findByTestId('stats-org-nn-cases');
    fireEvent.click(screen.getByTestId('stats-group-region'));
    expect((await screen.findByTestId('stats-450300-overdueClocks')).textContent).toBe('1');
    expect(calls().at(-1)!.searchParams.get('groupBy')).toBe('region');
    const heads = [...document.querySelectorAll('.ant-table-thead th')].map((th) => th.textContent);
    expect(heads[0]).toBe('城市');
    fireEvent.change(screen.getByTestId('stats-from'), { target: { value: '2026-04-01' } });
    await waitFor(() => expect(calls().at(-1)!.searchParams.get('from')).toBe('2026-04-01'));
    const sent = calls().length;
    fireEvent.change(screen.getByTestId('stats-to'), { target: { value: '2026-03-01' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls()).toHaveLength(sent);
  });

  it('exports the table as a CSV file', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.push(b), 'blob:stats'),
        revokeObjectURL: () => undefined,
      }),
    );
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('执法统计_2026-01-01_2026-11-28.csv');
    });
    serve();
    await screen.findByTestId('stats-org-nn-cases');
    fireEvent.click(screen.getByTestId('stats-export'));
    expect(clicked).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    expect(text).toContain('南宁市生态环境局,3,2,2,3,600000,63,66.7,0,1');
    expect(text).toContain('合计,4,3,2,3,1234567.5,63,100,1,1');
    clicked.mockRestore();
  });
});
