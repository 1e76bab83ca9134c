import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { PortalLayout } from '../components/PortalLayout';
import { LandingPage } from './LandingPage';

// happy-dom has no canvas: the chart box is replaced by a plain div (ECharts itself is tested in the browser journeys).
vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

const overview = {
  province: { name: '广西壮族自治区', nameEn: 'Guangxi', regionCode: '450000' },
  cities: [
    { name: '南宁市', nameEn: 'Nanning', regionCode: '450100' },
    { name: '柳州市', nameEn: 'Liuzhou', regionCode: '450200' },
  ],
  generatedAt: '2024-06-05T00:00:00Z',
};
function city(regionCode: string, name: string, aqi: number, level: number) {
  return {
    code: regionCode,
    name,
    regionCode,
    lon: null,
    lat: null,
    hourStart: '2024-06-04T23:00:00.000Z',
    hourEnd: '2024-06-05T00:00:00.000Z',
    aqi,
    level,
    category: null,
    categoryEn: null,
    colour: null,
    primaryPollutants: level > 1 ? ['O3'] : [],
    concentrations: {},
    advice: null,
    standard: 'HJ633-2012',
  };
}
const now = {
  asOf: '2024-06-04T23:00:00.000Z',
  advice: {},
  cities: [city('450100', '南宁市', 72, 2), city('450200', '柳州市', 45, 1)],
  stations: [],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('LandingPage (the portal front page)', () => {
  it('shows the province and every city with its AQI without a session, and a login button', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/v1/public/overview'
        ? json(200, overview)
        : url === '/api/v1/public/air/now'
          ? json(200, now)
          : url === '/api/v1/public/map'
            ? json(200, { type: 'FeatureCollection', features: [] })
            : json(401, { error: { code: 'UNAUTHENTICATED', message: 'no', requestId: 'r' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <Routes>
        <Route element={<PortalLayout />}>
          <Route path="/" element={<LandingPage />} />
        </Route>
      </Routes>,
      { locale: 'zh-CN' },
    );
    await waitFor(() => expect(screen.getByTestId('province-name').textContent).toContain('广西壮族自治区'));
    await waitFor(() => expect(screen.getByTestId('city-450100').textContent).toContain('南宁市'));
    expect(screen.getByTestId('aqi-450100').textContent).toBe('72');
    expect(screen.getByTestId('aqi-450100').getAttribute('data-level')).toBe('2');
    expect(screen.getByTestId('city-450200').textContent).toContain('优');
    expect(screen.getByTestId('open-city-450200').getAttribute('href')).toBe('/portal/cities/450200');
    expect(document.body.textContent).toContain('共 2 个设区市');
    expect(screen.getByTestId('portal-as-of').textContent).toContain('06-05 08:00');
    // Hourly values are live: published within the hour after it ends, before any audit.
    expect(screen.getByTestId('portal-as-of').textContent).toContain('实时数据，未经审核');
    expect(screen.getByTestId('product-name').textContent).toContain('生态云');
    expect(screen.getByTestId('login-button')).toBeTruthy();
    expect(document.body.textContent).not.toContain('UNAUTHENTICATED');
    // Issue #14: the anonymous portal does not ask for the session (a 401 logged on every page).
    expect(fetchMock.mock.calls.map(([url]) => url)).not.toContain('/api/v1/auth/me');
    expect(fetchMock.mock.calls.length).toBeGreaterThan(0);
  });
});
