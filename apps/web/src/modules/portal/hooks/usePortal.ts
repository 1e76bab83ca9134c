import { useQuery } from '@tanstack/react-query';
import {
  fetchCityCalendar,
  fetchCityLast30Days,
  fetchLatestRanking,
  fetchOverview,
  fetchPublicAirNow,
  fetchPublicSections,
  fetchStationLast24h,
} from '../api';

const KEY = ['public', 'portal'] as const;

/** Shares the landing page's key: the same province and cities. */
export function useOverview() {
  return useQuery({ queryKey: ['public', 'overview'], queryFn: fetchOverview, staleTime: 5 * 60_000 });
}

export function usePublicAirNow() {
  return useQuery({ queryKey: [...KEY, 'now'], queryFn: fetchPublicAirNow, refetchInterval: 5 * 60_000 });
}

export function useStationLast24h(code: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'station24h', code],
    queryFn: () => fetchStationLast24h(code as string),
    enabled: code !== undefined,
  });
}

export function useCityLast30Days(regionCode: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'city30', regionCode],
    queryFn: () => fetchCityLast30Days(regionCode as string),
    enabled: regionCode !== undefined,
  });
}

export function useCityCalendar(regionCode: string | undefined, year: number) {
  return useQuery({
    queryKey: [...KEY, 'calendar', regionCode, year],
    queryFn: () => fetchCityCalendar(regionCode as string, year),
    enabled: regionCode !== undefined,
  });
}

export function useLatestRanking() {
  return useQuery({ queryKey: [...KEY, 'ranking'], queryFn: fetchLatestRanking, staleTime: 10 * 60_000 });
}

export function usePublicSections() {
  return useQuery({ queryKey: [...KEY, 'sections'], queryFn: fetchPublicSections, staleTime: 10 * 60_000 });
}
