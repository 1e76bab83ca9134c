import { Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import type { MapPoint } from '../../../ui/map/province-map-option';
import { countByLiveness, LIVENESS_COLORS, LIVENESS_ORDER } from '../liveness';
import type { Station } from '../types';

/** Stations on the province map, coloured by liveness (online green, silent red, never grey). */
export function StationMapView({ stations, onOpen }: { stations: Station[]; onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  const points = useMemo<MapPoint[]>(
    () =>
      stations
        .filter((s) => s.lon !== null && s.lat !== null)
        .map((s) => ({
          id: s.code,
          name: s.name,
          lon: s.lon as number,
          lat: s.lat as number,
          color: LIVENESS_COLORS[s.liveness],
          label: `${s.code} · ${t(`monitoring.kinds.${s.kind}`)} · ${t(`monitoring.liveness.${s.liveness}`)}`,
        })),
    [stations, t],
  );
  const counts = countByLiveness(stations);
  return (
    <>
      <Space data-testid="station-map-legend" style={{ marginBottom: 8 }} wrap>
        {LIVENESS_ORDER.map((l) => (
          <Tag key={l} color={LIVENESS_COLORS[l]} data-testid={`map-count-${l}`}>
            {t(`monitoring.liveness.${l}`)} {counts[l]}
          </Tag>
        ))}
        {points.length < stations.length ? (
          <Tag>{t('monitoring.map.noCoordinates', { count: stations.length - points.length })}</Tag>
        ) : null}
      </Space>
      <ProvinceMap points={points} onPointClick={(p) => onOpen(p.id)} height={560} />
    </>
  );
}
