import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../../compliance/testing/fixtures';
import { PortalRectificationPage } from './PortalRectificationPage';

afterEach(() => vi.unstubAllGlobals());

describe('PortalRectificationPage (督察整改进展公开)', () => {
  it('shows each published batch with its progress and its problems’ statuses in Chinese, without a login', async () => {
    const fetchMock = vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      if (url.pathname !== '/api/v1/public/rectification') return json({ error: { code: 'NOT_FOUND' } }, 404);
      return json({
        batches: [
          {
            id: 'b1',
            kind: 'central',
            name: '中央督察反馈问题',
            feedbackDate: '2024-09-19',
            total: 2,
            done: 1,
            closed: 1,
          },
        ],
        problems: [
          {
            batchId: 'b1',
            itemNo: '1',
            problem: '问题一',
            regionName: '南宁市',
            leadOrgName: '南宁市生态环境局',
            deadline: '2025-06-30',
            status: 'closed',
            notice: { from: '2025-07-01', to: '2025-07-07', url: '' },
          },
          {
            batchId: 'b1',
            itemNo: '2',
            problem: '问题二',
            regionName: '玉林市',
            leadOrgName: '玉林市生态环境局',
            deadline: '2025-06-30',
            status: 'overdue',
            notice: null,
          },
        ],
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PortalRectificationPage />, { locale: 'zh-CN', path: '/portal/rectification' });
    const batch = await screen.findByTestId('portal-batch-b1');
    expect(batch.textContent).toContain('中央生态环境保护督察');
    expect(screen.getByText('已销号')).toBeTruthy();
    expect(screen.getByText('逾期')).toBeTruthy();
    expect(screen.getByText('2025-07-01 — 2025-07-07')).toBeTruthy();
    expect(fetchMock.mock.calls.every(([u]) => String(u).startsWith('/api/v1/public/'))).toBe(true);
  });
});
