import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { Item } from '../types';
import { ItemOverview } from './ItemOverview';

afterEach(() => vi.unstubAllGlobals());

const item: Item = {
  id: 'i1',
  planId: 'p',
  parentId: null,
  rootId: 'i1',
  kind: 'measure',
  level: 3,
  number: '',
  title: '臭氧协同控制',
  text: '',
  position: 1,
  tags: [],
  units: [],
  regionCodes: ['450200'],
  startDate: null,
  deadline: '2026-12-31',
  milestones: [],
  doneAt: null,
  status: 'at_risk',
  lastPercent: 20,
  indicators: [],
  statusReasons: ['20% reported, 50% expected', 'no report since 2026-09-01'],
  statusReasonCodes: [
    { code: 'behind_expected', params: { reported: 20, expected: 50 } },
    { code: 'report_stale', params: { date: '2026-09-01' } },
  ],
};

const regions = {
  items: [
    { id: 'r1', dictCode: 'region', code: '450200', label: '柳州市', labelEn: 'Liuzhou', extra: {}, sortOrder: 1 },
  ],
  total: 1,
};

describe('ItemOverview', () => {
  it('words the status reasons from their codes and names regions from the region table', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(regions), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    renderWithProviders(<ItemOverview item={item} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('item-reasons').textContent).toBe(
      '报送进度 20%，按计划应达 50%；自 2026-09-01 起未报送进展',
    );
    await waitFor(() => expect(screen.getByTestId('item-overview').textContent).toContain('柳州市'));
    expect(screen.getByTestId('item-overview').textContent).not.toContain('450200');
  });

  it('in English', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(regions), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    renderWithProviders(<ItemOverview item={item} />, { locale: 'en' });
    expect(screen.getByTestId('item-reasons').textContent).toBe(
      '20% reported, 50% expected；No report since 2026-09-01',
    );
  });

  it('marks a default or inherited deadline for checking, not a written or confirmed one', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(regions), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    const view = renderWithProviders(<ItemOverview item={{ ...item, deadlineSource: 'default' }} />, {
      locale: 'zh-CN',
    });
    expect(screen.getByTestId('item-deadline-source').textContent).toBe('默认（年底），请核实');
    view.unmount();
    renderWithProviders(<ItemOverview item={{ ...item, deadlineSource: 'manual' }} />, { locale: 'zh-CN' });
    expect(screen.queryByTestId('item-deadline-source')).toBeNull();
  });
});
