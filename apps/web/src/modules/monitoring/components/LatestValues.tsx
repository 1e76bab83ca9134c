import { Card, Empty, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { useLatest } from '../hooks/useStations';
import { parameterLabel, parameterUnit } from '../parameters';
import type { Station } from '../types';

/** The station's latest hourly values; a value flagged other than N shows its flag in red. */
export function LatestValues({ station }: { station: Station }) {
  const { t } = useTranslation();
  const latest = useLatest({ kind: station.kind, regionCode: station.regionCode });
  const row = latest.data?.items.find((r) => r.stationId === station.id || r.stationCode === station.code);
  const title = row?.periodStart
    ? t('monitoring.detail.latestAt', { at: formatInstant(row.periodStart) })
    : t('monitoring.detail.latest');
  return (
    <Card title={title} size="small" loading={latest.isPending} data-testid="latest-values">
      {row && Object.keys(row.values).length > 0 ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
          {Object.entries(row.values).map(([param, v]) => {
            const flagged = v.flag !== null && v.flag !== 'N';
            return (
              <Statistic
                key={param}
                data-testid={`latest-${param}`}
                title={parameterLabel(param, t)}
                value={v.value ?? t('common.none')}
                suffix={
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {parameterUnit(param)}
                    </Typography.Text>
                    {flagged ? (
                      <Tooltip title={t(`monitoring.flags.${v.flag}`, { defaultValue: v.flag ?? '' })}>
                        <Typography.Text type="danger" style={{ fontSize: 12, marginLeft: 4 }}>
                          [{v.flag}]
                        </Typography.Text>
                      </Tooltip>
                    ) : null}
                  </>
                }
              />
            );
          })}
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.detail.noData')} />
      )}
    </Card>
  );
}
