import { useQuery } from '@tanstack/react-query';
import { fetchSeries, type SeriesQuery } from '../observations-api';

export function useSeries(query: SeriesQuery | null) {
  return useQuery({
    queryKey: ['monitoring', 'series', query],
    queryFn: () => fetchSeries(query as SeriesQuery),
    enabled: query !== null,
  });
}
