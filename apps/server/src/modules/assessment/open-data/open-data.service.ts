import { AppError, type AirDayView } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { ExportColumn } from '../../../platform/import-export/table-io';
import { regionPrefix } from '../../../platform/regions';
import { loadAirNetwork, loadCityDays } from '../air/air-evaluation.service';
import { toAirDayView } from '../air/air-views';

export const OPEN_DAILY_COLUMNS: ExportColumn[] = [
  'region_code',
  'city',
  'date',
  'so2',
  'no2',
  'co',
  'pm10',
  'pm2_5',
  'o3_1h',
  'o3_8h',
  'aqi',
  'level',
  'category',
  'primary_pollutants',
  'standard',
].map((key) => ({ key, header: key }));

/** City daily series for the open-data API; a range of at most 366 days. */
export async function cityDailyOpenData(
  deps: AppDeps,
  q: { from: string; to: string; regionCode?: string | undefined },
): Promise<{ regionCode: string; name: string; days: AirDayView[] }[]> {
  if (q.from > q.to)
    throw new AppError('VALIDATION_FAILED', 'from is after to', [{ path: 'querystring.from', message: 'after to' }]);
  if (Date.parse(q.to) - Date.parse(q.from) > 365 * 86_400_000)
    throw new AppError('VALIDATION_FAILED', 'at most 366 days per request', [
      { path: 'querystring.to', message: 'range too long' },
    ]);
  const network = await loadAirNetwork(deps.db, q.regionCode ? regionPrefix(q.regionCode) : undefined);
  const byCity = await loadCityDays(deps.db, network, q.from, q.to);
  return network.cities.map((c) => ({
    regionCode: c.code,
    name: c.name,
    days: (byCity.get(c.code) ?? []).map(toAirDayView),
  }));
}
