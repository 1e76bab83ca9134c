import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { BatchesPage } from './BatchesPage';

afterEach(() => vi.unstubAllGlobals());

const batch = {
  id: 'b1',
  kind: 'central',
  name: '中央督察反馈问题',
  round: '第三轮',
  feedbackDate: '2024-09-19',
  isPublic: true,
  complaintBatchRef: 'ZY-2024-03',
  complaintBatch: { ref: 'ZY-2024-03', received: 12, answered: 9, substantiated: 4 },
  total: 3,
  counts: { overdue: 1, closed: 2 },
};

function serve(permissions: string[], scope: string) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions, { scope }));
    if (url.pathname === '/api/v1/rectification/batches' && init?.method === 'POST')
      return json({ ...batch, id: 'b2', name: '新批次', total: 0, counts: {} }, 201);
    if (url.pathname === '/api/v1/rectification/batches') return json({ items: [batch], total: 1 });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<BatchesPage />, { locale: 'zh-CN', path: '/app/rectification' });
  return fetchMock;
}

describe('BatchesPage (督察批次)', () => {
  it('shows each batch with its counts per status in Chinese, and lets the department record a batch', async () => {
    const fetchMock = serve(['rectification:read', 'rectification:write'], 'all');
    const counts = await screen.findByTestId('batch-counts-b1');
    expect(counts.textContent).toContain('逾期');
    expect(counts.textContent).toContain('已销号');
    expect(screen.getByText('中央生态环境保护督察')).toBeTruthy();
    fireEvent.click(await screen.findByTestId('batch-create'));
    fireEvent.change(await screen.findByTestId('batch-name'), { target: { value: '新批次' } });
    fireEvent.click(screen.getByTestId('batch-submit'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(true));
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init?.body))).toMatchObject({ kind: 'central', name: '新批次', isPublic: false });
  });

  it('shows the linked 交办件 batch with the complaints module’s counts, linked for those who read complaints', async () => {
    serve(['rectification:read', 'complaints:read'], 'subtree');
    const cell = await screen.findByTestId('batch-complaints-b1');
    expect(cell.textContent).toContain('收件 12 · 已答复 9 · 查实 4');
    expect(cell.querySelector('a')?.getAttribute('href')).toBe('/app/complaints/reports?handoverBatch=ZY-2024-03');
  });

  it('offers no new batch to a city officer', async () => {
    serve(['rectification:read', 'rectification:write'], 'subtree');
    await screen.findByTestId('batch-counts-b1');
    expect(screen.queryByTestId('batch-create')).toBeNull();
  });
});
