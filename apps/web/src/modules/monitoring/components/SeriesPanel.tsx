import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { useSeries } from '../hooks/useSeries';
import { seriesExportUrl } from '../observations-api';
import { chartParameters, parameterLabel, parameterUnit } from '../parameters';
import { buildSeriesChartOption } from '../series-chart-option';
import { chartWindow, type ChartRange } from '../time-range';
import type { Station } from '../types';

/**
 * One parameter's series for the last 24 hours (hourly) or 30 days (daily rollups), with flagged
 * and invalid points marked, and downloads of exactly what is shown (all parameters of the window).
 */
export function SeriesPanel({ station }: { station: Station }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<ChartRange>('hours24');
  const [now, setNow] = useState(() => Date.now());
  const win = useMemo(() => chartWindow(range, now), [range, now]);
  const params = chartParameters(station.parameters, win.period);
  const [chosen, setChosen] = useState<string | null>(null);
  const parameter = chosen !== null && params.includes(chosen) ? chosen : (params[0] ?? null);
  const query = { station: station.code, ...win };
  const series = useSeries(query);

  const points = useMemo(
    () =>
      (series.data ?? [])
        .filter((p) => p.parameter === parameter)
        .sort((a, b) => a.periodStart.localeCompare(b.periodStart)),
    [series.data, parameter],
  );
  const name = parameter ? `${parameterLabel(parameter, t)} ${parameterUnit(parameter)}`.trim() : '';
  const option = useMemo(
    () =>
      buildSeriesChartOption(points, win.period, name, {
        value: t('monitoring.detail.value'),
        flag: t('monitoring.detail.flag'),
        invalid: t('monitoring.detail.invalid'),
        count: t('monitoring.detail.count'),
      }),
    [points, win.period, name, t],
  );

  return (
    <Card
      size="small"
      title={t('monitoring.detail.series')}
      extra={
        <Space wrap>
          <Segmented<ChartRange>
            data-testid="series-range"
            value={range}
            onChange={(r) => {
              setRange(r);
              setNow(Date.now());
            }}
            options={[
              { value: 'hours24', label: t('monitoring.detail.hours24') },
              { value: 'days30', label: t('monitoring.detail.days30') },
            ]}
          />
          <Select
            data-testid="series-parameter"
            style={{ width: 150 }}
            value={parameter ?? undefined}
            onChange={setChosen}
            options={params.map((p) => ({ value: p, label: parameterLabel(p, t) }))}
          />
          <Button
            icon={<DownloadOutlined />}
            href={seriesExportUrl(query, 'csv')}
            download
            data-testid="series-export-csv"
          >
            CSV
          </Button>
          <Button icon={<DownloadOutlined />} href={seriesExportUrl(query, 'xlsx')} download>
            Excel
          </Button>
        </Space>
      }
    >
      {points.length > 0 ? (
        <>
          <EChart testId="series-chart" option={option} height={320} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('monitoring.detail.markers')}
          </Typography.Text>
        </>
      ) : (
        <Empty
          data-testid="series-empty"
          description={series.isPending ? t('monitoring.detail.loading') : t('monitoring.detail.noData')}
        />
      )}
    </Card>
  );
}
