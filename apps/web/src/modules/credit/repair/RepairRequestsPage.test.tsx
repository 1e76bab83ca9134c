import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { requestFixture } from './fixtures';
import { RepairRequestsPage } from './RepairRequestsPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[]) {
  const requests = [
    requestFixture(),
    requestFixture({
      id: 'q2',
      decisionNo: '环罚〔2026〕2号',
      duties: [
        { duty: 'fine_paid', state: 'met', on: '2026-05-01' },
        { duty: 'correction_verified', state: 'met', on: '2026-05-10' },
      ],
      dutiesMet: true,
    }),
  ];
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname.endsWith('/decision') && init?.method === 'POST')
      return json(requestFixture({ id: 'q2', state: 'approved', decidedOn: '2026-07-05', reason: '同意' }));
    if (url.pathname === '/api/v1/credit/repair/requests') return json({ items: requests, total: requests.length });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<RepairRequestsPage />, { locale: 'zh-CN', path: '/app/credit/repair/requests' });
  return fetchMock;
}

describe('RepairRequestsPage (信用修复审核)', () => {
  it('shows every duty and allows approval only when all are met; the reason goes with the decision', async () => {
    const fetchMock = serve(['credit:read', 'credit:review']);
    await screen.findByText('环罚〔2026〕2号');
    expect(screen.getByText('缴纳罚款：未履行')).toBeTruthy();
    expect(screen.getByText('缴纳罚款：已履行（2026-05-01）')).toBeTruthy();
    expect((screen.getByTestId('approve-q1') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('approve-q2') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('approve-q2'));
    fireEvent.change(await screen.findByTestId('decision-reason'), { target: { value: '已履行义务，准予修复' } });
    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([u, i]) => String(u).endsWith('/requests/q2/decision') && i?.method === 'POST'),
      ).toBe(true),
    );
    const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/decision'))!;
    expect(JSON.parse(String((call[1] as RequestInit).body))).toEqual({
      decision: 'approve',
      reason: '已履行义务，准予修复',
    });
  });

  it('shows no decision buttons to a reader without credit:review', async () => {
    serve(['credit:read']);
    await screen.findByText('环罚〔2026〕2号');
    expect(screen.queryByTestId('approve-q2')).toBeNull();
    expect(screen.queryByTestId('reject-q1')).toBeNull();
  });
});
