import type { ProblemSummary } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { summaryFixture } from '../testing/fixtures';
import { ProblemsPage } from './ProblemsPage';

afterEach(() => vi.unstubAllGlobals());

function NewProblem() {
  return <div data-testid="problem-new">{useLocation().search}</div>;
}

function serve(problems: ProblemSummary[], permissions = ['rectification:read']) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/rectification/batches')
      return json({ items: [{ id: 'b1', name: '中央生态环境保护督察反馈问题（演示）' }], total: 1 });
    if (url.pathname === '/api/v1/rectification/problems') {
      const status = url.searchParams.get('status');
      const items = problems.filter((p) => !status || p.status === status);
      return json({ items, total: items.length });
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/rectification/problems" element={<ProblemsPage />} />
      <Route path="/app/rectification/problems/new" element={<NewProblem />} />
      <Route path="/app/rectification/problems/:id" element={<div data-testid="problem-opened" />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/rectification/problems?batchId=b1' },
  );
  return () => fetchMock.mock.calls.map(([u]) => new URL(String(u), 'http://test'));
}

describe('ProblemsPage (整改问题台账)', () => {
  it('lists the problems of the batch with their status tags in Chinese, overdue among them', async () => {
    const calls = serve([
      summaryFixture(),
      summaryFixture({ id: 'p2', itemNo: '4', problem: '南流江氨氮超标', status: 'overdue', isOverdue: true }),
      summaryFixture({ id: 'p3', itemNo: '12', problem: '港区扬尘', status: 'rebounded', state: 'rebounded' }),
    ]);
    expect((await screen.findByTestId('problem-status-p2')).textContent).toBe('逾期');
    expect(screen.getByTestId('problem-status-p1').textContent).toBe('推进中');
    expect(screen.getByTestId('problem-status-p3').textContent).toBe('反弹');
    const listCall = calls().find((u) => u.pathname === '/api/v1/rectification/problems');
    expect(listCall?.searchParams.get('batchId')).toBe('b1');
  });

  it('filters by status through the API and opens a problem', async () => {
    const calls = serve([
      summaryFixture(),
      summaryFixture({ id: 'p2', itemNo: '4', problem: '南流江氨氮超标', status: 'overdue', isOverdue: true }),
    ]);
    await screen.findByTestId('problem-status-p1');
    const select = screen.getByTestId('filter-status');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    const options = await screen.findAllByText('逾期', { selector: '.ant-select-item-option-content' });
    fireEvent.click(options[options.length - 1]!);
    await waitFor(() => expect(screen.queryByTestId('problem-status-p1')).toBeNull());
    expect(calls().some((u) => u.searchParams.get('status') === 'overdue')).toBe(true);
    fireEvent.click(screen.getByTestId('problem-link-p2'));
    expect(await screen.findByTestId('problem-opened')).toBeTruthy();
  });

  it('offers a new problem in the filtered batch to those who write, and not to readers', async () => {
    serve([summaryFixture()], ['rectification:read', 'rectification:write']);
    fireEvent.click(await screen.findByTestId('problem-create'));
    expect((await screen.findByTestId('problem-new')).textContent).toBe('?batchId=b1');
  });

  it('offers no new problem to a reader', async () => {
    serve([summaryFixture()]);
    await screen.findByTestId('problem-status-p1');
    expect(screen.queryByTestId('problem-create')).toBeNull();
  });
});
