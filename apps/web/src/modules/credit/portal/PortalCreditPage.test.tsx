import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../../compliance/testing/fixtures';
import { PortalCreditPage } from './PortalCreditPage';

afterEach(() => vi.unstubAllGlobals());

describe('PortalCreditPage (信用与披露)', () => {
  it('lists published levels without a login, the red one on the joint-punishment list, and searches by credit code', async () => {
    const fetchMock = vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/public/credit/ratings')
        return json({
          items: [
            {
              year: 2025,
              enterpriseName: '柳州示范钢铁有限公司',
              uscc: '91450200MA5K000002',
              regionCode: '450200',
              level: 'red',
              jointPunishment: true,
              publishedOn: '2026-04-20',
            },
          ],
          total: 1,
        });
      if (url.pathname === '/api/v1/public/credit/disclosures') return json({ items: [], total: 0 });
      return json({ error: { code: 'NOT_FOUND' } }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PortalCreditPage />, { locale: 'zh-CN', path: '/portal/credit' });
    expect((await screen.findByTestId('level-red')).textContent).toBe('环保不良（红牌）');
    expect(screen.getByText('联合惩戒名单')).toBeTruthy();
    const search = screen.getByPlaceholderText('输入单位名称或统一社会信用代码');
    fireEvent.change(search, { target: { value: '91450200MA5K000002' } });
    fireEvent.keyDown(search, { key: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([u]) => String(u).includes('q=91450200MA5K000002'))).toBe(true),
    );
    expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('/auth/me'))).toBe(true);
  });
});
