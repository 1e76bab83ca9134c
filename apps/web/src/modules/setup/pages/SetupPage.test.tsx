import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { SetupPage } from './SetupPage';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SetupPage (first run without the demo)', () => {
  it('lists the provinces, posts the chosen one with the counties choice and shows what was created', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/v1/setup/province' && (init?.method ?? 'GET') === 'GET') {
        return json({
          provinces: [
            { code: '450000', name: '广西壮族自治区' },
            { code: '530000', name: '云南省' },
          ],
          installed: [],
        });
      }
      if (url === '/api/v1/setup/province') {
        return json({
          province: { code: '530000', name: '云南省', orgId: 'o1', orgName: '云南省生态环境厅' },
          cities: 16,
          counties: 129,
          created: { orgs: 146, regions: 146 },
          map: { features: 16 },
        });
      }
      return json({ error: { code: 'NOT_FOUND', message: url, requestId: 'r' } }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<SetupPage />, { path: '/app/setup', locale: 'zh-CN' });

    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('请选择省份'));

    fireEvent.mouseDown(
      screen.getByTestId('setup-province').querySelector('.ant-select-selector') ??
        screen.getByTestId('setup-province'),
    );
    fireEvent.click(await screen.findByText('云南省（530000）'));
    fireEvent.click(screen.getByTestId('setup-counties'));
    fireEvent.click(screen.getByTestId('setup-submit'));

    await waitFor(() => expect(document.body.textContent).toContain('云南省生态环境厅 已就绪'));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ province: '530000', counties: true });
    expect(document.body.textContent).toContain('16 个设区市级行政区、129 个区县');
  });
});
