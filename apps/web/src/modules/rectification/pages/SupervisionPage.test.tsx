import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { summaryFixture } from '../testing/fixtures';
import { noticeFixture } from '../testing/notice-fixtures';
import { SupervisionPage } from './SupervisionPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[]) {
  const notices = [
    noticeFixture({ id: 'n1', level: 3, dueState: 'overdue' }),
    noticeFixture({ id: 'n2', problemId: 'p2', itemNo: '13', state: 'replied', reply: '已整改' }),
  ];
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/rectification/supervision-notices/needed')
      return json({ items: [summaryFixture({ id: 'p4', itemNo: '4', status: 'overdue', isOverdue: true })], total: 1 });
    if (url.pathname === '/api/v1/rectification/supervision-notices') {
      const items = notices.filter(
        (n) => url.searchParams.get('overdue') !== 'true' || (n.state === 'open' && n.dueState === 'overdue'),
      );
      return json({ items, total: items.length });
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<SupervisionPage />, { locale: 'zh-CN', path: '/app/rectification/supervision' });
  return () => fetchMock.mock.calls.map(([u]) => new URL(String(u), 'http://test'));
}

describe('SupervisionPage (整改督办)', () => {
  it('lists the notices with their level and reply state in Chinese, and filters the late ones', async () => {
    const calls = serve(['rectification:read']);
    expect((await screen.findByTestId('notice-level-n1')).textContent).toBe('约谈');
    expect(screen.getByTestId('notice-due-n1').textContent).toContain('已逾期');
    expect(screen.getByTestId('notice-due-n2').textContent).toBe('已回复');
    expect(screen.queryByTestId('supervision-escalate')).toBeNull(); // reading is not supervising
    fireEvent.click(screen.getByTestId('supervision-filter-overdue'));
    await vi.waitFor(() => expect(screen.queryByTestId('notice-due-n2')).toBeNull());
    expect(calls().some((u) => u.searchParams.get('overdue') === 'true')).toBe(true);
  });

  it('lists the overdue problems still without a notice, and offers the escalation to a supervisor', async () => {
    serve(['rectification:read', 'rectification:supervise']);
    expect(await screen.findByTestId('supervision-escalate')).toBeTruthy();
    fireEvent.click(screen.getByText('待督办（逾期未督办）'));
    const link = await screen.findByTestId('needed-problem-p4');
    expect(link.getAttribute('href')).toBe('/app/rectification/problems/p4');
    expect(screen.getByTestId('supervision-needed').textContent).toContain('逾期');
  });
});
