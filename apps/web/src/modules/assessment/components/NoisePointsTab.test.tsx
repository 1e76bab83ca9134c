import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { energyMean } from './noise-summary';
import { NoisePointsTab } from './NoisePointsTab';

afterEach(() => vi.unstubAllGlobals());

function day(code: string, date: string, dayLeq: number, nightLeq: number, limits: [number, number]) {
  return {
    code,
    name: code === 'GX-N-0102' ? '南宁民族大道' : '南宁青秀居住区',
    regionCode: '450103',
    zone: code === 'GX-N-0102' ? '4a' : '1',
    date,
    dayLeq,
    nightLeq,
    dayLimit: limits[0],
    nightLimit: limits[1],
    dayCompliant: dayLeq <= limits[0],
    nightCompliant: nightLeq <= limits[1],
    standard: 'GB3096-2008',
  };
}

const items = [
  day('GX-N-0101', '2026-11-26', 51, 41, [55, 45]),
  day('GX-N-0101', '2026-11-27', 52, 42, [55, 45]),
  day('GX-N-0102', '2026-11-26', 66, 57.5, [70, 55]),
  day('GX-N-0102', '2026-11-27', 67, 52, [70, 55]),
  day('GX-N-0102', '2026-11-28', 71.2, 58, [70, 55]),
];

function stubApi() {
  const fetch = vi.fn(async (url: string) => {
    if (url.startsWith('/api/v1/assessment/noise?'))
      return new Response(JSON.stringify({ items, total: items.length }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no', requestId: 'r' } }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('NoisePointsTab', () => {
  it('asks for the period and shows energy-mean Leq against the zone limits with the days over', async () => {
    const fetch = stubApi();
    renderWithProviders(<NoisePointsTab from="2026-10-30" to="2026-11-28" />, { locale: 'zh-CN' });
    await waitFor(() => expect(screen.getByTestId('noise-night-GX-N-0102')).toBeTruthy());
    expect(String(fetch.mock.calls[0]?.[0])).toBe('/api/v1/assessment/noise?from=2026-10-30&to=2026-11-28');
    // Energy means: 10·lg((10^5.1 + 10^5.2)/2) = 51.5; night of the roadside point 10·lg(mean of 10^5.75, 10^5.2, 10^5.8) = 56.5.
    expect(screen.getByTestId('noise-day-GX-N-0101').textContent).toBe('51.5 / 55');
    expect(screen.getByTestId('noise-night-GX-N-0102').textContent).toBe('56.5 / 55');
    expect(within(screen.getByTestId('noise-compliance-GX-N-0101')).getByText('夜间全部达标')).toBeTruthy();
    expect(within(screen.getByTestId('noise-compliance-GX-N-0102')).getByText('夜间超标 2 天')).toBeTruthy();
    expect(within(screen.getByTestId('noise-compliance-GX-N-0102')).getByText('昼间超标 1 天')).toBeTruthy();
    expect(screen.getByText('4a 类')).toBeTruthy();
  });

  it('labels in English', async () => {
    stubApi();
    renderWithProviders(<NoisePointsTab from="2026-10-30" to="2026-11-28" />, { locale: 'en' });
    expect(await screen.findByText('Night over on 2 days')).toBeTruthy();
    expect(screen.getByText('Class 4a')).toBeTruthy();
  });

  it('averages levels as energies, not arithmetically', () => {
    expect(energyMean([60, 60])).toBe(60);
    expect(energyMean([50, 60])).toBe(57.4);
    expect(energyMean([])).toBeNull();
  });
});
