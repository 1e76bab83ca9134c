import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { Item, Round } from '../types';
import { ReportForm } from './ReportForm';

afterEach(() => vi.unstubAllGlobals());

const item: Item = {
  id: 'item-1',
  planId: 'p',
  parentId: null,
  rootId: 'item-1',
  kind: 'measure',
  level: 3,
  number: '',
  title: '完成10家企业深度治理',
  text: '',
  position: 1,
  tags: [],
  units: [{ orgId: 'nn', orgName: '南宁市生态环境局', role: 'lead' }],
  regionCodes: [],
  startDate: null,
  deadline: '2026-06-30',
  milestones: [],
  doneAt: null,
  status: 'overdue',
  statusReasons: [],
  lastPercent: null,
  indicators: [
    {
      id: 'ind-1',
      itemId: 'item-1',
      name: '完成率',
      unit: '%',
      direction: 'at_least',
      baseline: null,
      target: 90,
      deadline: '2026-06-30',
      source: 'manual',
      metricKey: null,
      metricParams: {},
    },
  ],
};
const rounds: Round[] = [
  {
    id: 'r-11',
    planId: 'p',
    label: '2026-11',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    dueDate: '2026-12-07',
  },
];

function type(testId: string, value: string) {
  const el = screen.getByTestId(testId);
  const input = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input')!;
  fireEvent.change(input, { target: { value } });
}

describe('ReportForm', () => {
  it('refuses a percent outside 0–100, then sends a valid report with the indicator value', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ReportForm item={item} rounds={rounds} defaultUnitId="nn" />, { locale: 'zh-CN' });

    type('report-text', '已完成6家企业治理');
    type('report-percent', '150');
    fireEvent.click(screen.getByTestId('report-submit'));
    await waitFor(() => expect(screen.getByTestId('report-form').textContent).toContain('进度须为 0–100 的整数'));
    expect(fetchMock).not.toHaveBeenCalled();

    type('report-percent', '-1');
    fireEvent.click(screen.getByTestId('report-submit'));
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchMock).not.toHaveBeenCalled();

    type('report-percent', '60');
    type('report-value-ind-1', '70');
    fireEvent.click(screen.getByTestId('report-submit'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/workplan/items/item-1/reports');
    expect(JSON.parse(String(init.body))).toEqual({
      roundId: 'r-11',
      unitId: 'nn',
      text: '已完成6家企业治理',
      percent: 60,
      values: [{ indicatorId: 'ind-1', value: 70 }],
      attachments: [],
    });
    await waitFor(() => expect(screen.getByTestId('report-form').textContent).not.toContain('进度须为 0–100 的整数'));
  });

  it("asks only for manual indicators, and for a responsible unit when the user's own unit is none", async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const live = {
      ...item.indicators[0]!,
      id: 'ind-live',
      name: 'PM2.5年均浓度',
      source: 'live' as const,
      metricKey: 'air.pm25_annual_mean',
    };
    renderWithProviders(<ReportForm item={{ ...item, indicators: [...item.indicators, live] }} rounds={rounds} />, {
      locale: 'zh-CN',
    });
    expect(screen.queryByTestId('report-value-ind-live')).toBeNull();
    expect(screen.getByTestId('report-value-ind-1')).toBeTruthy();
    type('report-text', '推进中');
    type('report-percent', '20');
    fireEvent.click(screen.getByTestId('report-submit'));
    await waitFor(() => expect(screen.getByTestId('report-form').textContent).toContain('请选择牵头或配合单位'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so when the plan has no reporting round', () => {
    renderWithProviders(<ReportForm item={item} rounds={[]} />, { locale: 'en' });
    expect(screen.getByTestId('report-no-rounds').textContent).toContain('no reporting rounds');
    expect(screen.queryByTestId('report-submit')).toBeNull();
  });
});
