import type { ImportReport } from '@ecocloud/contracts';
import { buildUrl, http } from '../../lib/http';
import type { ExportFormat, ImportMode, LatestRow, SeriesPeriod, SeriesPoint, StationKind } from './types';
import { uploadWithProgress } from './upload-with-progress';

export type SeriesQuery = { station: string; parameter?: string; period: SeriesPeriod; from: string; to: string };

/** The page cap the server allows; a day of hourly data for 10 parameters is 240 points. */
const PAGE_LIMIT = 10_000;
/** Guards against a server that keeps handing out cursors: 20 pages are 200,000 points. */
const MAX_PAGES = 20;

/**
 * A whole series between `from` and `to` (ISO instants with offset; each point is labelled by the
 * start of its period, as HJ 212 does), following `nextCursor` until the server has no more.
 */
export async function fetchSeries(query: SeriesQuery): Promise<SeriesPoint[]> {
  const points: SeriesPoint[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await http<{ items: SeriesPoint[]; nextCursor: string | null }>('/api/v1/observations', {
      query: { ...query, after, limit: PAGE_LIMIT },
    });
    points.push(...result.items);
    if (!result.nextCursor) break;
    after = result.nextCursor;
  }
  return points;
}

export function fetchLatest(filter: { kind?: StationKind; regionCode?: string } = {}): Promise<{ items: LatestRow[] }> {
  return http('/api/v1/observations/latest', { query: { ...filter, period: '1h' } });
}

export function seriesExportUrl(query: SeriesQuery, format: ExportFormat): string {
  return buildUrl('/api/v1/observations/export', { ...query, format });
}

/**
 * Uploads wide-form manual data (station,time,so2,no2,…,<param>_flag); `onProgress` gets 0–100.
 * Stored values that differ are replaced only with `replace`; otherwise they are kept and reported.
 */
export function importObservations(
  file: File,
  opts: { dryRun: boolean; mode: ImportMode; period: '1h' | '1d'; replace: boolean },
  onProgress?: (percent: number) => void,
): Promise<ImportReport> {
  return uploadWithProgress<ImportReport>('/api/v1/observations/import', file, opts, onProgress);
}
