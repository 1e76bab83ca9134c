import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../../compliance/testing/fixtures';
import { PortalCreditRepairPage } from './PortalCreditRepairPage';

afterEach(() => vi.unstubAllGlobals());

describe('PortalCreditRepairPage (信用信息公示)', () => {
  it('lists published records and approved repairs without a login, and searches by credit code', async () => {
    const fetchMock = vi.fn(async (input: string) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/public/credit/punishments')
        return json({
          items: [
            {
              enterpriseName: '南宁示范热电有限公司',
              uscc: '91450100MA5K000001',
              decisionNo: '环罚〔2026〕1号',
              violationText: '超过许可排放浓度排放水污染物',
              fineYuan: 200000,
              authority: '南宁市生态环境局',
              punishmentClass: 'general',
              decisionDate: '2026-04-01',
              publicationEnds: '2027-04-01',
            },
          ],
          total: 1,
        });
      if (url.pathname === '/api/v1/public/credit/repairs')
        return json({
          items: [
            {
              enterpriseName: '柳州示范钢铁有限公司',
              uscc: '91450200MA5K000002',
              decisionNo: '环罚〔2026〕5号',
              repairedOn: '2026-10-09',
              authority: '柳州市生态环境局',
            },
          ],
          total: 1,
        });
      return json({ error: { code: 'NOT_FOUND' } }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PortalCreditRepairPage />, { locale: 'zh-CN', path: '/portal/credit-repair' });
    expect(await screen.findByText('200,000 元')).toBeTruthy();
    expect(screen.getByText('一般失信')).toBeTruthy();
    expect(screen.getByText('2027-04-01')).toBeTruthy();
    const search = screen.getByPlaceholderText('输入单位名称或统一社会信用代码');
    fireEvent.change(search, { target: { value: '91450100MA5K000001' } });
    fireEvent.keyDown(search, { key: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([u]) => String(u).includes('q=91450100MA5K000001'))).toBe(true),
    );
    fireEvent.click(screen.getByText('信用修复结果'));
    expect(await screen.findByText('柳州示范钢铁有限公司')).toBeTruthy();
    expect(screen.getByText('2026-10-09')).toBeTruthy();
    expect(fetchMock.mock.calls.every(([u]) => !String(u).includes('/auth/me'))).toBe(true);
  });
});
