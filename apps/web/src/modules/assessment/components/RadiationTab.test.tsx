import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { RadiationTab } from './RadiationTab';

afterEach(() => vi.unstubAllGlobals());

const point = (code: string, doseRate: number | null, status: string) => ({
  code,
  name: code,
  regionCode: '450600',
  latestAt: doseRate === null ? null : '2026-11-28T15:00:00.000Z',
  doseRate,
  backgroundMin: 55,
  backgroundMax: 105,
  status,
});

describe('RadiationTab', () => {
  it('shows the latest dose rate, the background range and the server status per station', async () => {
    const items = [
      point('GX-R-0101', 88.4, 'normal'),
      point('GX-R-0601', 117.6, 'above_background'),
      point('GX-R-0301', null, 'no_data'),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ items, total: 3 }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    renderWithProviders(<RadiationTab />, { locale: 'zh-CN' });
    expect((await screen.findByTestId('radiation-status-GX-R-0601')).textContent).toBe('高于本底');
    expect(screen.getByTestId('radiation-status-GX-R-0101').textContent).toBe('正常');
    expect(screen.getByTestId('radiation-status-GX-R-0301').textContent).toBe('无数据');
    expect(screen.getByText('117.6')).toBeTruthy();
    expect(screen.getAllByText('55 – 105')).toHaveLength(3);
    // 15:00 UTC is 23:00 in Beijing, whatever the browser's zone.
    expect(screen.getAllByText('2026-11-28 23:00')).toHaveLength(2);
  });
});
