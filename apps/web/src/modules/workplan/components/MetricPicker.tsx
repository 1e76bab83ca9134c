import type { MetricListItem, MetricPreview } from '@ecocloud/contracts';
import { Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { formatInstant } from '../../../ui/format-time';
import { EChart } from '../../../ui/map/EChart';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { useMetricPreview, useMetrics } from '../hooks/useMetrics';
import { buildMetricChartOption, hasTrajectory } from '../metric-chart-option';

/** What the picker chooses: a published metric and the region it is read for. */
export type MetricChoice = { metricKey?: string | undefined; regionCode?: string | undefined };

const FORECAST_COLORS = { on_track: 'success', at_risk: 'warning', off_track: 'error' } as const;

type Props = {
  value?: MetricChoice;
  onChange?: (value: MetricChoice) => void;
  /** Called with the metric when one is chosen (a form fills the unit and direction from it). */
  onMetricChosen?: (metric: MetricListItem) => void;
  /** The plan year the metric is read for. */
  year: number | undefined;
};

/**
 * Chooses a live metric for an indicator: metrics grouped by what they are about, by name only (no
 * registry key shows), and a region of the user's scope. While choosing, it shows what a live
 * indicator on that choice would read now, the module's forecast when it gives one, and the year's
 * month-end values. Works as an antd form control (`value` / `onChange`).
 */
export function MetricPicker({ value = {}, onChange, onMetricChosen, year }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const metrics = useMetrics();
  const regions = useRegionOptions();
  const en = locale === 'en';

  const groups = useMemo(() => {
    const byGroup = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const m of metrics.data?.items ?? []) {
      const group = byGroup.get(m.group) ?? { label: en ? m.groupNameEn : m.groupName, options: [] };
      group.options.push({ value: m.key, label: en ? m.nameEn : m.name });
      byGroup.set(m.group, group);
    }
    return [...byGroup.values()];
  }, [metrics.data, en]);

  const choose = (metricKey: string) => {
    onChange?.({ ...value, metricKey });
    const metric = metrics.data?.items.find((m) => m.key === metricKey);
    if (metric) onMetricChosen?.(metric);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%' }}>
        <Select
          data-testid="metric-picker"
          style={{ minWidth: 280 }}
          loading={metrics.isPending}
          placeholder={t('workplan.indicatorEdit.picker.placeholder')}
          showSearch={{ optionFilterProp: 'label' }}
          value={value.metricKey}
          options={groups}
          onChange={choose}
        />
        <Select
          data-testid="metric-picker-region"
          style={{ minWidth: 160 }}
          aria-label={t('workplan.indicatorEdit.picker.region')}
          placeholder={t('workplan.indicatorEdit.picker.regionPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          value={value.regionCode}
          options={regions}
          onChange={(regionCode: string) => onChange?.({ ...value, regionCode })}
        />
      </Space>
      <MetricPreviewPane metricKey={value.metricKey} regionCode={value.regionCode} year={year} />
    </Space>
  );
}

/** The chosen metric's current value, forecast and month-end line. */
function MetricPreviewPane({ metricKey, regionCode, year }: MetricChoice & { year: number | undefined }) {
  const { t } = useTranslation();
  const preview = useMetricPreview(metricKey, regionCode, year);
  if (!metricKey || !regionCode)
    return <Typography.Text type="secondary">{t('workplan.indicatorEdit.picker.choose')}</Typography.Text>;
  if (!preview.data) return preview.isPending ? <Spin size="small" /> : null;
  return <MetricPreviewFigures preview={preview.data} />;
}

/**
 * A metric's current value (with unit, day and forecast) and its month-end line over the year. `testId`
 * prefixes the parts' test ids (the item page shows a live indicator's figures beside an open picker).
 */
export function MetricPreviewFigures({
  preview,
  testId = 'metric-preview',
}: {
  preview: MetricPreview;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { current, metric } = preview;
  const option = useMemo(
    () =>
      buildMetricChartOption(preview, {
        value: t('workplan.indicatorEdit.picker.value'),
        baseline: t('workplan.indicatorEdit.picker.baseline'),
      }),
    [preview, t],
  );
  return (
    <div>
      <Space wrap>
        <span>{t('workplan.indicatorEdit.picker.current')}</span>
        <Typography.Text strong data-testid={`${testId}-value`}>
          {current.value === null ? t('workplan.indicatorEdit.picker.noData') : `${current.value}${metric.unit}`}
        </Typography.Text>
        {current.asOf ? (
          <Typography.Text type="secondary">
            {t('workplan.indicatorEdit.picker.asOf', { date: formatInstant(current.asOf).slice(0, 10) })}
          </Typography.Text>
        ) : null}
        {current.forecast ? (
          <Tag color={FORECAST_COLORS[current.forecast.status]} data-testid={`${testId}-forecast`}>
            {t('workplan.indicatorEdit.picker.forecast', {
              value: current.forecast.value,
              unit: metric.unit,
              status: t(`workplan.indicatorEdit.picker.forecasts.${current.forecast.status}`),
            })}
          </Tag>
        ) : null}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('workplan.indicatorEdit.picker.trajectory', { year: preview.year })}
      </Typography.Text>
      {hasTrajectory(preview) ? (
        <EChart option={option} height={160} testId={`${testId}-chart`} />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('workplan.indicatorEdit.picker.noTrajectory')}
          data-testid={`${testId}-chart-empty`}
        />
      )}
    </div>
  );
}
