import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import { aqiMapPieces, aqiRegionValues, aqiStationPoints, type AqiNow } from '../../assessment/shared';

/** The province map with each city in its AQI level colour and the stations as points; a city click opens its page. */
export function PortalAirMap({ now, height }: { now: AqiNow | undefined; height: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categoryOf = useCallback((level: number) => t(`assessment.levels.${level}`), [t]);
  const regionValues = useMemo(() => aqiRegionValues(now?.cities ?? [], categoryOf), [now, categoryOf]);
  const pieces = useMemo(() => aqiMapPieces(categoryOf), [categoryOf]);
  const points = useMemo(() => aqiStationPoints(now?.stations ?? [], categoryOf), [now, categoryOf]);
  return (
    <div data-testid="portal-map">
      <ProvinceMap
        regionValues={regionValues}
        points={points}
        pieces={pieces}
        height={height}
        onRegionClick={(code) => navigate(`/portal/cities/${code}`)}
      />
    </div>
  );
}
