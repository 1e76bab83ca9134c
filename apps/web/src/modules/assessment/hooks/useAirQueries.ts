import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { fetchAirNow, fetchCityDetail, fetchOpenAlertCount, fetchRanking, fetchStationDaily } from '../api';
import { monthAnchor } from '../periods';
import type { PeriodQuery } from '../types';

const KEY = ['assessment', 'air'] as const;

export function useRanking(query: PeriodQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'ranking', query],
    queryFn: () => fetchRanking(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCityDetail(regionCode: string | undefined, query: PeriodQuery) {
  return useQuery({
    queryKey: [...KEY, 'city', regionCode, query],
    queryFn: () => fetchCityDetail(regionCode as string, query),
    enabled: regionCode !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStationDaily(code: string | undefined, range: { from?: string; to?: string }) {
  return useQuery({
    queryKey: [...KEY, 'station', code, range],
    queryFn: () => fetchStationDaily(code as string, range),
    enabled: code !== undefined,
  });
}

/** Hourly AQI now; refreshed every 5 minutes since a new hour arrives at most once an hour. */
export function useAirNow() {
  return useQuery({ queryKey: [...KEY, 'now'], queryFn: fetchAirNow, refetchInterval: 5 * 60_000 });
}

/** One month evaluation per month for a city (the trend chart); months are cached one by one. */
export function useCityMonths(regionCode: string | undefined, months: readonly string[]) {
  return useQueries({
    queries: months.map((month) => ({
      queryKey: [...KEY, 'city', regionCode, { period: 'month', date: monthAnchor(month) }],
      queryFn: () => fetchCityDetail(regionCode as string, { period: 'month', date: monthAnchor(month) }),
      enabled: regionCode !== undefined,
      staleTime: 10 * 60_000,
    })),
  });
}

export function useOpenAlertCount(enabled: boolean) {
  return useQuery({ queryKey: ['monitoring', 'alerts', 'open-count'], queryFn: fetchOpenAlertCount, enabled });
}
