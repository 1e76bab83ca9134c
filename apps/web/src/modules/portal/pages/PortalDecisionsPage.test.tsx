import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../../compliance/testing/fixtures';
import { PortalDecisionsPage } from './PortalDecisionsPage';

afterEach(() => vi.unstubAllGlobals());

describe('PortalDecisionsPage (行政处罚决定公开)', () => {
  it('lists decisions without a login, the fine in yuan, and searches by credit code from page 1', async () => {
    const fetchMock = vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      if (url.pathname !== '/api/v1/public/enforcement/decisions') return json({ error: { code: 'NOT_FOUND' } }, 404);
      return json({
        items: [
          {
            caseNo: '环罚〔2026〕1号',
            enterpriseName: '南宁示范热电有限公司',
            uscc: '91450100MA5K000001',
            violation: 'water_exceed_permit',
            violationText: '超过许可排放浓度排放水污染物',
            basisCitation: '《中华人民共和国生态环境法典》第一千一百零三条',
            fineYuan: 200000,
            decisionDate: '2026-11-20',
            authority: '南宁市生态环境局',
          },
        ],
        total: 1,
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PortalDecisionsPage />, { locale: 'zh-CN', path: '/portal/decisions' });
    expect(await screen.findByText('200,000 元')).toBeTruthy();
    expect(screen.queryByText('water_exceed_permit')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('输入单位名称、统一社会信用代码或文书编号'), {
      target: { value: '91450100MA5K000001' },
    });
    fireEvent.keyDown(screen.getByPlaceholderText('输入单位名称、统一社会信用代码或文书编号'), {
      key: 'Enter',
      keyCode: 13,
    });
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([u]) => String(u).includes('q=91450100MA5K000001'))).toBe(true),
    );
    expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('/auth/me'))).toBe(true);
  });
});
