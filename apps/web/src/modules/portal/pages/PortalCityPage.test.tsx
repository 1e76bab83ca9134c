import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { PortalCityPage } from './PortalCityPage';

// happy-dom has no canvas: the chart box is replaced by a plain div (ECharts itself is tested in the browser journeys).
vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

const advice = {
  zh: '空气污染物浓度较高，儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。',
  en: 'Children, the elderly and people with heart or respiratory disease should cut down on long or strenuous outdoor exercise.',
};
function hourly(code: string, regionCode: string, aqi: number, level: number, withAdvice: boolean) {
  return {
    code,
    name: code === regionCode ? '南宁市' : '南宁站',
    regionCode,
    lon: 108.3,
    lat: 22.8,
    hourStart: '2026-11-28T23:00:00.000Z',
    hourEnd: '2026-11-29T00:00:00.000Z',
    aqi,
    level,
    category: level === 3 ? '轻度污染' : '良',
    categoryEn: level === 3 ? 'Lightly polluted' : 'Good',
    colour: '#FF7E00',
    primaryPollutants: ['PM2.5'],
    concentrations: { pm2_5: 110 },
    advice: withAdvice ? advice : null,
    standard: 'HJ633-2026',
  };
}
const now = {
  asOf: '2026-11-28T23:00:00.000Z',
  advice: { 3: advice },
  cities: [hourly('450100', '450100', 135, 3, true)],
  stations: [hourly('GX-A-450100-1', '450100', 140, 3, false)],
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function stubApi() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/v1/public/air/now') return json(now);
      if (url.startsWith('/api/v1/public/air/stations/')) return json({ items: [now.stations[0]], total: 1 });
      if (url.startsWith('/api/v1/public/air/cities/450100/last-30-days')) return json({ items: [], total: 0 });
      if (url.startsWith('/api/v1/public/air/cities/450100/calendar'))
        return json({
          regionCode: '450100',
          year: 2026,
          days: [{ date: '2026-01-01', aqi: 135, level: 3, colour: '#FF7E00' }],
        });
      if (url === '/api/v1/public/overview')
        return json({
          province: null,
          cities: [{ name: '南宁市', nameEn: 'Nanning', regionCode: '450100' }],
          generatedAt: '2026-11-29T00:00:00Z',
        });
      return json({ error: { code: 'NOT_FOUND', message: 'no', requestId: 'r' } }, 404);
    }),
  );
}

function renderCity(locale: 'zh-CN' | 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/portal/cities/:regionCode" element={<PortalCityPage />} />
    </Routes>,
    { locale, path: '/portal/cities/450100' },
  );
}

describe('PortalCityPage', () => {
  it('shows the AQI, the level and the health advice of that level', async () => {
    stubApi();
    renderCity('zh-CN');
    await waitFor(() => expect(screen.getByTestId('city-aqi').textContent).toBe('135'));
    expect(screen.getByTestId('city-category').textContent).toBe('轻度污染');
    const box = screen.getByTestId('health-advice');
    expect(box.getAttribute('data-level')).toBe('3');
    expect(box.textContent).toContain('轻度污染：健康指引');
    expect(box.textContent).toContain(advice.zh);
    expect(screen.getByTestId('city-level').getAttribute('style') ?? '').toMatch(/#ff7e00|rgb\(255, 126, 0\)/i);
    // Hours are labelled by their end in Beijing time: 23:00–24:00 UTC ends at 08:00 on the 29th.
    expect(document.body.textContent).toContain('11-29 08:00');
    expect(screen.getByTestId('city-hour').textContent).toBe('11-29 08:00（实时数据，未经审核）');
  });

  it('gives the advice and the city name in English', async () => {
    stubApi();
    renderCity('en');
    await waitFor(() => expect(screen.getByTestId('health-advice').textContent).toContain(advice.en));
    expect(screen.getByTestId('city-category').textContent).toBe('Lightly polluted');
    await waitFor(() => expect(screen.getByTestId('portal-city-name').textContent).toBe('Nanning'));
  });
});
