import { PERMIT_SITUATIONS, type Enterprise } from '@ecocloud/contracts';
import { Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import type { MapPoint } from '../../../ui/map/province-map-option';
import { label } from '../labels';

/** Point colours on the map, the same meaning as the tags: green valid, amber renewal, red expired. */
const SITUATION_HEX: Record<Enterprise['permitSituation'], string> = {
  valid: '#52c41a',
  renewal_window: '#faad14',
  expired: '#f5222d',
  none: '#8c8c8c',
};

/** The enterprises with coordinates on the province map, coloured by permit situation; a click opens the file. */
export function EnterpriseMapView({
  enterprises,
  onOpen,
}: {
  enterprises: Enterprise[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const points = useMemo<MapPoint[]>(
    () =>
      enterprises
        .filter((e) => e.lon !== null && e.lat !== null)
        .map((e) => ({
          id: e.id,
          name: e.name,
          lon: e.lon as number,
          lat: e.lat as number,
          color: SITUATION_HEX[e.permitSituation],
          label: `${label('categories', e.category, t)} · ${label('permitSituations', e.permitSituation, t)}`,
        })),
    [enterprises, t],
  );
  return (
    <>
      <Space data-testid="enterprise-map-legend" style={{ marginBottom: 8 }} wrap>
        {PERMIT_SITUATIONS.map((s) => (
          <Tag key={s} color={SITUATION_HEX[s]}>
            {label('permitSituations', s, t)} {enterprises.filter((e) => e.permitSituation === s).length}
          </Tag>
        ))}
        {points.length < enterprises.length ? (
          <Tag>{t('sources.list.noCoordinates', { count: enterprises.length - points.length })}</Tag>
        ) : null}
      </Space>
      <ProvinceMap points={points} onPointClick={(p) => onOpen(p.id)} height={560} />
    </>
  );
}
