import { useQuery } from '@tanstack/react-query';
import { http } from '../../lib/http';
import { echarts } from './echarts';
import { PROVINCE_MAP_NAME, prepareGeoJson, type ProvinceGeoJson } from './province-geo';

export const PROVINCE_GEO_KEY = ['public', 'map'] as const;

/**
 * Loads the province base map once per session (it changes only when an admin replaces it, and
 * that invalidates this key) and registers it with ECharts under PROVINCE_MAP_NAME.
 */
export function useProvinceGeo() {
  return useQuery({
    queryKey: PROVINCE_GEO_KEY,
    queryFn: async () => {
      const geo = prepareGeoJson(await http<ProvinceGeoJson>('/api/v1/public/map'));
      echarts.registerMap(PROVINCE_MAP_NAME, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      return geo;
    },
    staleTime: Infinity,
  });
}
