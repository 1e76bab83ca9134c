import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionNames } from '../../dictionaries/shared';
import { formatInstant } from '../../../ui/format-time';
import { parameterLabel } from '../parameters';
import type { Station } from '../types';
import { LivenessTag } from './LivenessTag';

function attrText(value: unknown, yes: string, no: string): string {
  if (typeof value === 'boolean') return value ? yes : no;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A station's register entry and its kind-specific attributes. */
export function StationAttributes({ station }: { station: Station }) {
  const { t } = useTranslation();
  const regionName = useRegionNames();
  const attrLabel = (key: string) => t(`monitoring.attrs.${key}`, { defaultValue: key });
  return (
    <Descriptions data-testid="station-attributes" bordered size="small" column={{ xs: 1, md: 2, lg: 3 }}>
      <Descriptions.Item label={t('monitoring.station.code')}>
        <span translate="no">{station.code}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.name')}>{station.name}</Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.kind')}>
        {t(`monitoring.kinds.${station.kind}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.region')}>
        {regionName(station.regionCode)} <span translate="no">({station.regionCode})</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.coordinates')}>
        {station.lon !== null && station.lat !== null
          ? `${station.lon.toFixed(4)}, ${station.lat.toFixed(4)}`
          : t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.status')}>
        {t(`monitoring.statuses.${station.status}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.liveness')}>
        <LivenessTag liveness={station.liveness} lastDataAt={station.lastDataAt} testId="station-liveness" />
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.lastDataAt')}>
        {formatInstant(station.lastDataAt) || t('common.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('monitoring.station.parameters')}>
        {station.parameters.map((p) => (
          <Tag key={p}>{parameterLabel(p, t)}</Tag>
        ))}
      </Descriptions.Item>
      {Object.entries(station.attrs).map(([key, value]) => (
        <Descriptions.Item key={key} label={attrLabel(key)}>
          {attrText(value, t('common.yes'), t('common.no'))}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
