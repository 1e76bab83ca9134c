import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { METRICS, stubMetricApi } from '../metric.test-fixtures';
import { MetricPicker, type MetricChoice } from './MetricPicker';

vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

function Harness({ onChange }: { onChange: (v: MetricChoice) => void }) {
  const [value, setValue] = useState<MetricChoice>({ regionCode: '450000' });
  return (
    <MetricPicker
      year={2026}
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('MetricPicker', () => {
  it('offers the metrics by group and by Chinese name, never a registry key', async () => {
    stubMetricApi();
    renderWithProviders(<Harness onChange={() => undefined} />, { locale: 'zh-CN' });
    const select = await screen.findByTestId('metric-picker');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
    await screen.findAllByText('到期督察整改问题完成率', { selector: '.ant-select-item-option-content' });
    // What the list shows: group headings and options (antd's zero-size accessibility list, which carries
    // the active option's value for screen readers, is not drawn).
    const shown = [...document.querySelectorAll('.ant-select-item')].map((e) => e.textContent ?? '');
    expect(shown).toEqual([
      '大气环境',
      '空气质量优良天数比例',
      '督察整改',
      '到期督察整改问题完成率',
      '督察整改问题到期数',
    ]);
    for (const m of METRICS) expect(shown.join('')).not.toContain(m.key);
    expect(screen.getByText('选择指标和地区后，显示当前值和本年走势')).toBeTruthy();
  });

  it('shows the current value with unit and day, the forecast and the trajectory once a metric is chosen', async () => {
    const { calls } = stubMetricApi();
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />, { locale: 'zh-CN' });
    await pick('metric-picker', '空气质量优良天数比例');
    expect(onChange).toHaveBeenLastCalledWith({ metricKey: 'air.good_day_ratio', regionCode: '450000' });
    await waitFor(() => expect(screen.getByTestId('metric-preview-value').textContent).toBe('91.2%'));
    expect(document.body.textContent).toContain('截至 2026-03-10');
    expect(screen.getByTestId('metric-preview-forecast').textContent).toBe('年末预测 92%（存在风险）');
    expect(screen.getByTestId('metric-preview-chart')).toBeTruthy();
    expect(calls().some((c) => c.url.includes('/metrics/air.good_day_ratio/preview?regionCode=450000&year=2026'))).toBe(
      true,
    );

    await pick('metric-picker-region', '南宁市');
    expect(onChange).toHaveBeenLastCalledWith({ metricKey: 'air.good_day_ratio', regionCode: '450100' });
    await waitFor(() => expect(screen.getByTestId('metric-preview-value').textContent).toBe('87.5%'));
  });
});
