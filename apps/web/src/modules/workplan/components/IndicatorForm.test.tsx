import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { stubMetricApi } from '../metric.test-fixtures';
import type { Indicator, Item } from '../types';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorsPanel } from './IndicatorsPanel';

vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

async function pick(testId: string, option: string) {
  const select = await screen.findByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}
const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')!) as HTMLInputElement;
};
const writes = (calls: ReturnType<typeof stubMetricApi>['calls'], method: string) =>
  calls()
    .filter((c) => c.init?.method === method)
    .map((c) => ({ url: c.url, body: c.init?.body ? (JSON.parse(String(c.init.body)) as unknown) : null }));

const liveIndicator: Indicator = {
  id: 'ind-1',
  itemId: 'item-1',
  name: '到期督察整改问题完成率',
  unit: '%',
  direction: 'at_least',
  baseline: null,
  target: 90,
  deadline: '2026-12-31',
  source: 'live',
  metricKey: 'rectification.due_done_pct',
  metricParams: { regionCode: '450100' },
  latest: { value: 50, asOf: '2026-03-10T02:00:00.000Z', note: null },
};

const item: Item = {
  id: 'item-1',
  planId: 'plan-1',
  parentId: null,
  rootId: 'item-1',
  kind: 'task',
  level: 1,
  number: '',
  title: '推进督察整改',
  text: '',
  position: 1,
  tags: [],
  units: [],
  regionCodes: ['450100'],
  startDate: null,
  deadline: '2026-12-31',
  milestones: [],
  doneAt: null,
  status: 'on_track',
  statusReasons: [],
  lastPercent: null,
  indicators: [liveIndicator],
};

describe('IndicatorForm', () => {
  it('binds a new live indicator to the chosen metric and region; its name, unit and direction come with the metric', async () => {
    const { calls } = stubMetricApi();
    const onClose = vi.fn();
    renderWithProviders(
      <IndicatorForm itemId="item-1" planId="plan-1" year={2026} defaultRegion="450100" onClose={onClose} />,
      { locale: 'zh-CN' },
    );
    fireEvent.click(await screen.findByText('系统自动获取'));
    await pick('metric-picker', '到期督察整改问题完成率');
    await waitFor(() => expect(screen.getByTestId('metric-preview-value').textContent).toBe('87.5%'));
    expect(input('indicator-form-name').value).toBe('到期督察整改问题完成率');
    expect(input('indicator-form-unit').value).toBe('%');
    fireEvent.change(input('indicator-form-target'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('indicator-form-submit'));
    await waitFor(() => expect(writes(calls, 'POST')).toHaveLength(1));
    expect(writes(calls, 'POST')[0]).toEqual({
      url: '/api/v1/workplan/items/item-1/indicators',
      body: {
        name: '到期督察整改问题完成率',
        unit: '%',
        direction: 'at_least',
        target: 90,
        deadline: null,
        source: 'live',
        metricKey: 'rectification.due_done_pct',
        metricParams: { regionCode: '450100' },
      },
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('refuses a live indicator without a metric, and a missing name or target', async () => {
    const { calls } = stubMetricApi();
    renderWithProviders(
      <IndicatorForm itemId="item-1" planId="plan-1" year={2026} defaultRegion="450100" onClose={() => undefined} />,
      { locale: 'zh-CN' },
    );
    fireEvent.click(await screen.findByText('系统自动获取'));
    await screen.findByTestId('metric-picker');
    fireEvent.click(screen.getByTestId('indicator-form-submit'));
    await screen.findByText('请选择数据指标');
    expect(screen.getByText('请填写指标名称')).toBeTruthy();
    expect(screen.getByText('请填写目标值')).toBeTruthy();
    expect(writes(calls, 'POST')).toEqual([]);
  });

  it('turning a live indicator into a manual one drops its metric', async () => {
    const { calls } = stubMetricApi();
    renderWithProviders(
      <IndicatorForm
        itemId="item-1"
        planId="plan-1"
        year={2026}
        defaultRegion="450000"
        indicator={liveIndicator}
        onClose={() => undefined}
      />,
      { locale: 'zh-CN' },
    );
    // The bound metric and its region are shown with their reading.
    await waitFor(() => expect(screen.getByTestId('metric-preview-value').textContent).toBe('87.5%'));
    fireEvent.click(screen.getByText('单位填报'));
    fireEvent.change(input('indicator-form-target'), { target: { value: '95' } });
    fireEvent.click(screen.getByTestId('indicator-form-submit'));
    await waitFor(() => expect(writes(calls, 'PATCH')).toHaveLength(1));
    expect(writes(calls, 'PATCH')[0]).toEqual({
      url: '/api/v1/workplan/indicators/ind-1',
      body: {
        name: '到期督察整改问题完成率',
        unit: '%',
        direction: 'at_least',
        target: 95,
        deadline: '2026-12-31',
        source: 'manual',
        metricKey: null,
        metricParams: {},
      },
    });
  });
});

describe('IndicatorsPanel', () => {
  it('offers add, edit and delete to writers only; a live indicator is marked as read from the data', async () => {
    stubMetricApi();
    const { unmount } = renderWithProviders(<IndicatorsPanel item={item} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('indicator-live-ind-1').textContent).toBe('自动');
    // Its course is the metric's, read from the data (no report carries it).
    await waitFor(() => expect(screen.getByTestId('indicator-metric-ind-1-value').textContent).toBe('87.5%'));
    expect(screen.getByTestId('indicator-metric-ind-1-chart')).toBeTruthy();
    expect(screen.queryByTestId('indicator-add')).toBeNull();
    expect(screen.queryByTestId('indicator-edit-ind-1')).toBeNull();
    unmount();

    const { calls } = stubMetricApi();
    renderWithProviders(<IndicatorsPanel item={item} canEdit />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('indicator-edit-ind-1'));
    expect(input('indicator-form-name').value).toBe('到期督察整改问题完成率');
    fireEvent.click(screen.getByText('取消'));
    fireEvent.click(screen.getByTestId('indicator-delete-ind-1'));
    fireEvent.click(await screen.findByText('确定'));
    await waitFor(() =>
      expect(writes(calls, 'DELETE')).toEqual([{ url: '/api/v1/workplan/indicators/ind-1', body: null }]),
    );
    fireEvent.click(screen.getByTestId('indicator-add'));
    expect(input('indicator-form-name').value).toBe('');
  });
});
