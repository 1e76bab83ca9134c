import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { CityEvaluation } from '../types';
import { AssessmentDashboardPage } from './AssessmentDashboardPage';

// happy-dom has no canvas: the charts render as empty boxes here (the browser journeys draw them).
vi.mock('../../../ui/map/EChart', () => ({ EChart: () => null }));
vi.mock('../../../ui/map/ProvinceMap', () => ({ ProvinceMap: () => null }));

afterEach(() => vi.unstubAllGlobals());

function city(regionCode: string, name: string, rank: number): CityEvaluation {
  return {
    regionCode,
    name,
    stations: 2,
    daysTotal: 30,
    daysValid: 30,
    isValid: true,
    validityNote: null,
    stats: {
      so2: 9,
      no2: 20,
      pm10: 45,
      pm2_5: 30,
      co: 0.8,
      co_p95: 1.1,
      o3_8h_p90: 150,
      so2_p98: 12,
      no2_p98: 30,
      pm10_p95: 70,
      pm2_5_p95: 50,
    },
    goodDays: 28,
    goodDayRatio: '93.3',
    levelDays: [3, 25, 2, 0, 0, 0],
    compositeIndex: String(3 + rank / 10),
    mainPollutants: ['o3'],
    primaryPollutantDays: { o3: 20 },
    rank,
    previous: null,
    compositeChangePct: null,
    pm25ChangePct: null,
    goodDayRatioChange: null,
  };
}

// 崇左 ranks first, so a page that opens on "the best city" asks for a city outside a 柳州 officer's scope.
const ranking = {
  period: { kind: 'month', from: '2026-11-01', to: '2026-11-30', label: '2026-11' },
  previousPeriod: null,
  limitsStandard: 'GB3095-2012',
  aqiStandards: ['HJ633-2012'],
  cities: [city('451400', '崇左市', 1), city('450300', '桂林市', 2), city('450200', '柳州市', 3)],
};
const cityOfficer = {
  id: 'u1',
  username: 'lz',
  displayName: '柳州',
  orgId: 'o1',
  orgName: '柳州市生态环境局',
  regionCode: '450200',
  roles: ['city_officer'],
  permissions: ['orgs:read', 'assessment:read'],
  scope: 'subtree',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function stubApi(): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      if (url.startsWith('/api/v1/auth/me')) return json({ user: cityOfficer, csrfToken: 't' });
      if (url.startsWith('/api/v1/assessment/air/ranking')) return json(ranking);
      if (url.startsWith('/api/v1/assessment/air/now'))
        return json({ asOf: null, advice: {}, cities: [], stations: [] });
      if (url.startsWith('/api/v1/assessment/targets')) return json({ items: [], total: 0 });
      const own = /\/air\/cities\/450200\?/.exec(url);
      if (own) return json({ city: city('450200', '柳州市', 3), days: [], limitsStandard: 'GB3095-2012' });
      return json({ error: { code: 'NOT_FOUND', message: 'not in your scope', requestId: 'r' } }, 404);
    }),
  );
  return asked;
}

describe('AssessmentDashboardPage for a city officer', () => {
  it('opens the trend on the own city and asks for nothing outside the scope', async () => {
    const asked = stubApi();
    renderWithProviders(<AssessmentDashboardPage />, { locale: 'zh-CN', path: '/app/assessment' });
    await waitFor(() => expect(asked.some((u) => u.includes('/air/cities/450200'))).toBe(true));
    expect(asked.filter((u) => u.includes('/air/cities/') && !u.includes('/air/cities/450200'))).toEqual([]);
    await waitFor(() => expect(screen.getByTestId('trend-city').textContent).toContain('柳州市'));
    expect(document.body.textContent).not.toContain('NOT_FOUND');
  });
});
