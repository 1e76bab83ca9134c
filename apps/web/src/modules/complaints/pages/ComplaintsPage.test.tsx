import type { ComplaintSummary } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { ComplaintsPage } from './ComplaintsPage';

afterEach(() => vi.unstubAllGlobals());

const summary = (over: Partial<ComplaintSummary>): ComplaintSummary => ({
  id: 'c1',
  ref: 'AB12CD34',
  channel: 'handover',
  kind: 'odour',
  description: '夜间化工异味',
  regionCode: '450100',
  address: '南宁市某工业园',
  lon: null,
  lat: null,
  receivedOn: '2026-11-02',
  state: 'answered',
  classification: 'violation',
  anonymous: false,
  handlingOrgId: 'o-nn',
  handlingOrgName: '南宁市生态环境局',
  enterpriseId: null,
  enterpriseName: null,
  handoverBatch: 'ZY-2026-07',
  nextDue: null,
  overdue: false,
  ...over,
});

/** Where the page left the URL: the filter must stay there (a reload, the back button, a shared link). */
function Search() {
  return <div data-testid="search">{useLocation().search}</div>;
}

/** Serves the list: the batch's report when the request names the batch, another report as well when not. */
function serve(path: string) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(['complaints:read']));
    if (url.pathname === '/api/v1/complaints') {
      const batch = url.searchParams.get('handoverBatch');
      const items = [
        summary({ address: '南宁市某工业园' }),
        summary({ id: 'c2', address: '南宁市某小区', channel: 'hotline', handoverBatch: null }),
      ].filter((c) => !batch || c.handoverBatch === batch);
      return json({ items, total: items.length });
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route
        path="/app/complaints/reports"
        element={
          <>
            <ComplaintsPage />
            <Search />
          </>
        }
      />
    </Routes>,
    { locale: 'zh-CN', path },
  );
  return () =>
    fetchMock.mock.calls
      .map(([u]) => new URL(String(u), 'http://test'))
      .filter((u) => u.pathname === '/api/v1/complaints');
}

describe('ComplaintsPage', () => {
  it('reads ?handoverBatch= from the URL, asks for that batch only, and shows it as a removable tag', async () => {
    const lists = serve('/app/complaints/reports?handoverBatch=ZY-2026-07');
    expect(await screen.findByText('南宁市某工业园')).toBeTruthy();
    expect(screen.queryByText('南宁市某小区')).toBeNull();
    expect(lists().every((u) => u.searchParams.get('handoverBatch') === 'ZY-2026-07')).toBe(true);
    expect(screen.getByTestId('complaint-batch-filter').textContent).toBe('交办编号：ZY-2026-07');
    expect(screen.getByTestId('search').textContent).toBe('?handoverBatch=ZY-2026-07');

    fireEvent.click(screen.getByLabelText('取消按交办编号筛选'));
    expect(await screen.findByText('南宁市某小区')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('complaint-batch-filter')).toBeNull());
    expect(screen.getByTestId('search').textContent).toBe('');
    expect(lists().at(-1)!.searchParams.has('handoverBatch')).toBe(false);
  });

  it('shows no batch tag and names no batch without the parameter', async () => {
    const lists = serve('/app/complaints/reports');
    expect(await screen.findByText('南宁市某小区')).toBeTruthy();
    expect(screen.queryByTestId('complaint-batch-filter')).toBeNull();
    expect(lists().some((u) => u.searchParams.has('handoverBatch'))).toBe(false);
  });
});
