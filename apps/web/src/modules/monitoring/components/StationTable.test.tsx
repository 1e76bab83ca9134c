import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { Station } from '../types';
import { StationTable } from './StationTable';

afterEach(() => vi.unstubAllGlobals());

function station(code: string, liveness: Station['liveness'], lastDataAt: string | null): Station {
  return {
    id: `id-${code}`,
    code,
    name: `站点 ${code}`,
    kind: 'air_national',
    regionCode: '450100',
    orgId: 'org',
    lon: 108.35,
    lat: 22.83,
    parameters: ['so2'],
    status: 'active',
    attrs: {},
    lastDataAt,
    liveness,
  };
}

const stations = [
  station('GX-A-450100-1', 'online', '2026-11-28T23:00:00.000Z'),
  station('GX-A-450100-2', 'silent', '2026-11-20T03:00:00.000Z'),
  station('GX-W-0001', 'never', null),
];

function renderTable(locale: 'zh-CN' | 'en') {
  renderWithProviders(
    <StationTable
      stations={stations}
      total={3}
      loading={false}
      page={1}
      pageSize={20}
      sort={{}}
      canWrite={false}
      onPage={() => undefined}
      onEdit={() => undefined}
    />,
    { locale },
  );
}

describe('StationTable', () => {
  it('tags each station with its liveness: online green, silent red, never grey', () => {
    renderTable('zh-CN');
    const tag = (code: string) => screen.getByTestId(`liveness-${code}`);
    expect(tag('GX-A-450100-1').textContent).toBe('在线');
    expect(tag('GX-A-450100-1').className).toContain('success');
    expect(tag('GX-A-450100-2').textContent).toBe('中断');
    expect(tag('GX-A-450100-2').className).toContain('error');
    expect(tag('GX-W-0001').textContent).toBe('无数据');
    expect(tag('GX-W-0001').className).not.toMatch(/success|error/);
  });

  it('shows last data in Beijing time, links each code to its detail page, and translates', () => {
    renderTable('en');
    expect(screen.getByTestId('liveness-GX-A-450100-2').textContent).toBe('Silent');
    const row = screen.getByTestId('stations-table').querySelector('tr[data-row-key="GX-A-450100-1"]');
    expect(row?.querySelector('time')?.textContent).toBe('2026-11-29 07:00:00');
    expect(screen.getByTestId('station-link-GX-A-450100-1').getAttribute('href')).toBe(
      '/app/monitoring/stations/GX-A-450100-1',
    );
    expect(screen.queryByTestId('station-edit-GX-A-450100-1')).toBeNull(); // read-only user
  });
});
