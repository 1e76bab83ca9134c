import { Empty, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { buildAqiBarOption, type HourlyAqi } from '../../assessment/shared';
import { useStationLast24h } from '../hooks/usePortal';
import { hourEndLabel } from '../hour-label';

/** A chosen station's last 24 hours of AQI, each bar labelled by the hour's end (as bulletins print it). */
export function StationHoursChart({ stations }: { stations: HourlyAqi[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const code = chosen ?? stations[0]?.code;
  const hours = useStationLast24h(code);
  const option = useMemo(
    () =>
      buildAqiBarOption(
        (hours.data?.items ?? []).map((h) => ({ label: hourEndLabel(h.hourEnd), aqi: h.aqi, level: h.level })),
        'AQI',
      ),
    [hours.data],
  );
  if (stations.length === 0) return <Empty description={t('assessment.portal.noStations')} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          data-testid="hours-station"
          style={{ minWidth: 180 }}
          value={code}
          onChange={setChosen}
          options={stations.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Typography.Text type="secondary">{t('assessment.portal.hourEndNote')}</Typography.Text>
      </Space>
      {hours.isPending ? (
        <Spin style={{ display: 'block', margin: 24 }} />
      ) : (
        <EChart testId="hours-chart" option={option} height={260} />
      )}
    </>
  );
}
