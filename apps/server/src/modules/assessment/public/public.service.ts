import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import * as repo from '../air/air-data.repository';
import { loadAirNetwork, loadCityDays, type AirNetwork } from '../air/air-evaluation.service';
import { aqiNow, stationLast24h } from '../air/air-hourly.service';
import { todayOf } from '../air/air-queries.service';
import { toAirDayView } from '../air/air-views';
import { cachedAirRanking } from '../air/ranking-cache';
import { addDays, monthPeriod, previousMonth } from '../periods';
import { ResponseCache, type CachedJson } from './response-cache';

type Cached<T> = { at: number; value: T };
const networkCache = new WeakMap<object, Cached<AirNetwork>>();
const responses = new WeakMap<object, ResponseCache>();
/** Hourly data changes once an hour; the portal is read constantly. */
const NOW_TTL_MS = 30_000;
/** The ranking is recomputed only when rollups change (ranking-cache.ts); checking that costs queries, so at most every 10 s. */
const RANKING_TTL_MS = 10_000;

/** The per-database cache of serialised public responses. */
function publicCache(deps: AppDeps): ResponseCache {
  let c = responses.get(deps.db);
  if (!c) responses.set(deps.db, (c = new ResponseCache()));
  return c;
}

/** The province network, reloaded at most once a minute (stations change rarely; the portal is hot). */
async function network(deps: AppDeps): Promise<AirNetwork> {
  const hit = networkCache.get(deps.db);
  const now = deps.clock.now().getTime();
  if (hit && now - hit.at < 60_000 && now >= hit.at) return hit.value;
  const value = await loadAirNetwork(deps.db);
  networkCache.set(deps.db, { at: now, value });
  return value;
}

/**
 * Each city's and station's latest hourly AQI with level, colour, category, primary pollutant and
 * health advice. Kept for 30 s: hourly data changes once an hour, the portal is read constantly.
 */
type AqiNow = Awaited<ReturnType<typeof aqiNow>>;

export function publicAqiNow(deps: AppDeps, withStations = true): Promise<CachedJson<AqiNow>> {
  const now = deps.clock.now().getTime();
  const all = () =>
    publicCache(deps).get('now', NOW_TTL_MS, now, async () => aqiNow(deps.db, await network(deps), deps.clock.now()));
  if (withStations) return all();
  return publicCache(deps).get('now|cities', NOW_TTL_MS, now, async () => ({ ...(await all()).value, stations: [] }));
}

export function publicStation24h(deps: AppDeps, code: string) {
  return publicCache(deps).get(`24h|${code}`, NOW_TTL_MS, deps.clock.now().getTime(), () => station24h(deps, code));
}

async function station24h(deps: AppDeps, code: string) {
  const station =
    (await network(deps)).stations.find((s) => s.code === code) ??
    (await repo.listAirStations(deps.db)).find((s) => s.code === code);
  if (!station) throw new AppError('STATION_NOT_FOUND', `air station ${code} not found`);
  const hours = await stationLast24h(deps.db, station, deps.clock.now());
  return { items: hours, total: hours.length };
}

async function cityDaysBetween(deps: AppDeps, regionCode: string, from: string, to: string) {
  const net = await network(deps);
  const city = net.cities.find((c) => c.code === regionCode);
  if (!city) throw new AppError('REGION_NOT_EVALUATED', `no air evaluation stations in region ${regionCode}`);
  return (await loadCityDays(deps.db, { stations: net.stations, cities: [city] }, from, to)).get(regionCode) ?? [];
}

/** A city's daily AQI for the last 30 days (up to yesterday). */
export async function publicCity30Days(deps: AppDeps, regionCode: string) {
  const to = addDays(todayOf(deps), -1);
  const items = (await cityDaysBetween(deps, regionCode, addDays(to, -29), to)).map(toAirDayView);
  return { items, total: items.length };
}

/** The calendar of a city's daily levels for a year (default: this year). */
export async function publicCalendar(deps: AppDeps, regionCode: string, year: number | undefined) {
  const y = year ?? Number(todayOf(deps).slice(0, 4));
  const days = await cityDaysBetween(deps, regionCode, `${y}-01-01`, `${y}-12-31`);
  return {
    regionCode,
    year: y,
    days: days.map((d) => ({
      date: d.date,
      aqi: d.aqi.aqi,
      level: d.aqi.level?.level ?? null,
      colour: d.aqi.level?.hex ?? null,
    })),
  };
}

/** The ranking of the last complete month. */
export function publicLatestRanking(deps: AppDeps) {
  const month = previousMonth(todayOf(deps));
  return publicCache(deps).get(`ranking|${month}`, RANKING_TTL_MS, deps.clock.now().getTime(), () =>
    cachedAirRanking(deps.db, monthPeriod(month)),
  );
}
