import { useCallback } from 'react';
import { useLocale } from '../../../lib/locale-context';
import { useOverview } from './usePortal';

/**
 * A region's name in the current language: the overview's English name in English when the server
 * has one, else the name the data came with (the AQI feeds carry Chinese names only).
 */
export function useRegionName(): (regionCode: string, fallback: string) => string {
  const { locale } = useLocale();
  const overview = useOverview();
  return useCallback(
    (regionCode: string, fallback: string) => {
      if (locale !== 'en') return fallback;
      const data = overview.data;
      const found =
        data?.province?.regionCode === regionCode
          ? data.province
          : data?.cities.find((c) => c.regionCode === regionCode);
      return found?.nameEn ?? fallback;
    },
    [locale, overview.data],
  );
}
