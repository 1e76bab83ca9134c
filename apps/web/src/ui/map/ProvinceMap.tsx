import { Alert, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartClick } from './EChart';
import { buildProvinceMapOption, type MapPiece, type MapPoint, type RegionValue } from './province-map-option';
import { regionNamesByCode } from './province-geo';
import { useProvinceGeo } from './useProvinceGeo';

export type ProvinceMapProps = {
  /** Values per 6-digit region code, coloured by their own `color`, or by `pieces` when those are given. */
  regionValues?: Record<string, RegionValue>;
  points?: MapPoint[];
  /** Visual-map bands for region values without their own colour (e.g. AQI levels). */
  pieces?: MapPiece[];
  onRegionClick?: (regionCode: string, name: string) => void;
  onPointClick?: (point: MapPoint) => void;
  height?: number | string;
};

/**
 * The province base map (from /api/v1/public/map, loaded once) with optional region colouring and
 * points. Generic on purpose: station liveness, AQI by city and the public portal all draw on it.
 */
export function ProvinceMap({
  regionValues,
  points,
  pieces,
  onRegionClick,
  onPointClick,
  height = 520,
}: ProvinceMapProps) {
  const { t } = useTranslation();
  const geo = useProvinceGeo();
  const regionNames = useMemo(() => (geo.data ? regionNamesByCode(geo.data) : new Map<string, string>()), [geo.data]);
  const option = useMemo(
    () => buildProvinceMapOption({ regionNames, regionValues, points, pieces }),
    [regionNames, regionValues, points, pieces],
  );

  if (geo.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (geo.isError) return <Alert type="error" showIcon title={t('monitoring.map.loadFailed')} />;

  const codeByName = new Map([...regionNames].map(([code, name]) => [name, code]));
  const handleClick = (event: ChartClick) => {
    if (event.seriesType === 'scatter') {
      const id = (event.data as { id?: string } | undefined)?.id;
      const point = points?.find((p) => p.id === id);
      if (point) onPointClick?.(point);
    } else if (event.name) {
      const code = codeByName.get(event.name);
      if (code) onRegionClick?.(code, event.name);
    }
  };
  return <EChart testId="province-map" option={option} height={height} onClick={handleClick} />;
}
