import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import * as repo from '../air/air-data.repository';
import { loadAirNetwork, loadCityDays, type AirNetwork } from '../air/air-evaluation.service';
import { aqiNow, stationLast24h } from '../air/air-hourly.service';
import { todayOf } from '../air/air-queries.service';
import { toAirDayView } from '../air/air-views';
import { cachedAirRanking } from '../air/ranking-cache';
import { addDays, monthPeriod, previousMonth } from '../periods';

type Cached<T> = { at: number; value: T };
const NOW_TTL_MS = 30_000;
const nowCache = new WeakMap<object, Cached<Awaited<ReturnType<typeof aqiNow>>>>();
const networkCache = new WeakMap<object, Cached<AirNetwork>>();

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
export async function publicAqiNow(deps: AppDeps) {
  const now = deps.clock.now().getTime();
  const hit = nowCache.get(deps.db);
  if (hit && now - hit.at < NOW_TTL_MS && now >= hit.at) return hit.value;
  const value = await aqiNow(deps.db, await network(deps), deps.clock.now());
  nowCache.set(deps.db, { at: now, value });
  return value;
}

export async function publicStation24h(deps: AppDeps, code: string) {
  const station = (await network(deps)).stations.find((s) => s.code === code) ?? (await repo.listAirStations(deps.db)).find((s) => s.code === code);
  if (!station) throw new AppError('NOT_FOUND', `air station ${code} not found`);
  const hours = await stationLast24h(deps.db, station, deps.clock.now());
  return { items: hours, total: hours.length };
}

async function cityDaysBetween(deps: AppDeps, regionCode: string, from: string, to: string) {
  const net = await network(deps);
  const city = net.cities.find((c) => c.code === regionCode);
  if (!city) throw new AppError('NOT_FOUND', `no air evaluation stations in region ${regionCode}`);
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
  return { regionCode, year: y, days: days.map((d) => ({ date: d.date, aqi: d.aqi.aqi, level: d.aqi.level?.level ?? null, colour: d.aqi.level?.hex ?? null })) };
}

/** The ranking of the last complete month. */
export function publicLatestRanking(deps: AppDeps) {
  return cachedAirRanking(deps.db, monthPeriod(previousMonth(todayOf(deps))));
}
