import { AppError, type AirRanking, type PeriodQuery } from '@ecocloud/contracts';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { Actor } from '../../../http/actor';
import { writeTable, type TableFormat } from '../../../platform/import-export/table-io';
import { shanghaiDate } from '../../../platform/time-zone';
import { addDays, resolvePeriod } from '../periods';
import { assertRegionInScope, scopePrefixOf } from '../../../platform/scope/region-scope';
import * as repo from './air-data.repository';
import { cachedAirRanking } from './ranking-cache';
import { airRanking, loadAirNetwork, loadCityDays, loadStationDays, stationDays } from './air-evaluation.service';
import { aqiNow } from './air-hourly.service';
import { toAirDayView } from './air-views';
import { RANKING_COLUMNS, rankingRows } from './ranking-table';
import { rankingXlsx } from './ranking-xlsx';

export const todayOf = (deps: ServiceDeps) => shanghaiDate(deps.clock.now().toISOString());

/** The province ranking for a period request (readable by every caller with assessment:read). */
export function rankingFor(deps: ServiceDeps, q: PeriodQuery): Promise<AirRanking> {
  return cachedAirRanking(deps.db, resolvePeriod(q, todayOf(deps)));
}

export async function exportRanking(
  deps: ServiceDeps,
  q: PeriodQuery,
  format: TableFormat,
): Promise<{ data: Buffer; name: string }> {
  const r = await rankingFor(deps, q);
  // XLSX for people (Chinese headers, number cells); CSV for machines (the CLI's snake_case columns).
  const data =
    format === 'xlsx' ? await rankingXlsx(r) : await writeTable(RANKING_COLUMNS, rankingRows(r), format, 'ranking');
  return { data, name: `air-ranking-${r.period.from}-${r.period.to}` };
}

/** A city (the route's `:regionCode`) and the period asked for. */
export type CityDetailQuery = PeriodQuery & { regionCode: string };

/** One city's evaluation (with its rank in the province) and daily series. */
export async function cityDetail(deps: ServiceDeps, actor: Actor, { regionCode, ...q }: CityDetailQuery) {
  assertRegionInScope(actor, regionCode);
  const period = resolvePeriod(q, todayOf(deps));
  const network = await loadAirNetwork(deps.db);
  const ranking = await airRanking(deps.db, period, { network });
  const city = ranking.cities.find((c) => c.regionCode === regionCode);
  if (!city) throw new AppError('REGION_NOT_EVALUATED', `no air evaluation stations in region ${regionCode}`);
  const days =
    (
      await loadCityDays(
        deps.db,
        { stations: network.stations, cities: network.cities.filter((c) => c.code === regionCode) },
        period.from,
        period.to,
      )
    ).get(regionCode) ?? [];
  return { city, days: days.map(toAirDayView), limitsStandard: ranking.limitsStandard };
}

/** A station's daily values and AQI; the station must lie in the caller's scope. */
/** A station (the route's `:code`) and an optional date range. */
export type StationDailyQuery = { code: string; from?: string | undefined; to?: string | undefined };

export async function stationDaily(deps: ServiceDeps, actor: Actor, { code, ...q }: StationDailyQuery) {
  const station = (await repo.listAirStations(deps.db)).find((s) => s.code === code);
  if (!station) throw new AppError('STATION_NOT_FOUND', `air station ${code} not found`);
  assertRegionInScope(actor, station.region_code);
  const to = q.to ?? addDays(todayOf(deps), -1);
  const from = q.from ?? addDays(to, -29);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', 'from is after to', [{ path: 'querystring.from', message: 'after to' }]);
  const days = stationDays((await loadStationDays(deps.db, [station.id], from, to)).get(station.id));
  return {
    stationCode: station.code,
    stationName: station.name,
    regionCode: station.region_code,
    days: days.map(toAirDayView),
  };
}

/** Latest hourly AQI within the caller's scope. */
export async function regionAqiNow(deps: ServiceDeps, actor: Actor) {
  const prefix = scopePrefixOf(actor);
  const network = await loadAirNetwork(deps.db, prefix);
  return aqiNow(deps.db, network, deps.clock.now());
}
