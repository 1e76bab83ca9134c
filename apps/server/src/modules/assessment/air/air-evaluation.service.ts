import type { Kysely } from 'kysely';
import { airLimitsOn, aqiStandardOn, type AirLimitsId } from '@ecocloud/standards';
import type { AirRanking, CityEvaluation } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { cityCodeOf } from '../../../platform/regions';
import { shanghaiDate, shanghaiDateStart } from '../../../platform/time-zone';
import { addDays, previousYear, type Period } from '../periods';
import { cityDays, cityDaysFromSums, groupStationDays, stationDays, type AirDay } from './air-daily';
import * as repo from './air-data.repository';
import { readCityDays } from './city-days.repository';
import { evaluatePeriod, rankByComposite, yearOnYear, type PeriodEvaluation } from './air-period';

type CityNetwork = { code: string; name: string; stationIds: string[] };
export type AirNetwork = { stations: repo.AirStationRow[]; cities: CityNetwork[] };

// Imports before typed attributes stored the column as text: "true" means the same as true.
const isEvaluation = (attrs: string): boolean => {
  const v = (JSON.parse(attrs) as { isEvaluation?: unknown }).isEvaluation;
  return v === true || v === 'true';
};

/** The air network: stations, and per city the evaluation stations (attrs.isEvaluation) that make its value. */
export async function loadAirNetwork(db: Kysely<Database>, regionPrefix?: string): Promise<AirNetwork> {
  const [stations, names] = await Promise.all([repo.listAirStations(db, regionPrefix), repo.regionNames(db)]);
  const byCity = new Map<string, string[]>();
  for (const s of stations) {
    if (!isEvaluation(s.attrs)) continue;
    const city = cityCodeOf(s.region_code);
    byCity.set(city, [...(byCity.get(city) ?? []), s.id]);
  }
  const cities = [...byCity]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, stationIds]) => ({ code, name: names.get(code) ?? code, stationIds }));
  return { stations, cities };
}

/** Daily values of the given stations over [from, to] (Shanghai dates), grouped station → date. */
export async function loadStationDays(db: Kysely<Database>, stationIds: readonly string[], from: string, to: string) {
  const rows = await repo.loadDailyRollups(db, stationIds, shanghaiDateStart(from), shanghaiDateStart(addDays(to, 1)));
  return groupStationDays(
    rows
      .filter((r) => r.mean !== null)
      .map((r) => ({
        stationId: r.station_id,
        parameter: r.parameter,
        date: shanghaiDate(r.period_start),
        value: r.mean!,
      })),
  );
}

/** City daily series of every city of the network over a period. */
export async function loadCityDays(
  db: Kysely<Database>,
  network: AirNetwork,
  from: string,
  to: string,
): Promise<Map<string, AirDay[]>> {
  // Reads only: the city-days worker keeps the stored sums up to date (a GET never writes them).
  const rows = await readCityDays(
    db,
    network.cities.map((c) => c.code),
    shanghaiDateStart(from),
    shanghaiDateStart(addDays(to, 1)),
  );
  const byCity = cityDaysFromSums(rows, shanghaiDate);
  return new Map(network.cities.map((c) => [c.code, byCity.get(c.code) ?? []]));
}

/** The reference path (cityMean per station list); the database-aggregated path above must agree with it. */
export async function loadCityDaysByStation(
  db: Kysely<Database>,
  network: AirNetwork,
  from: string,
  to: string,
): Promise<Map<string, AirDay[]>> {
  const byStation = await loadStationDays(
    db,
    network.cities.flatMap((c) => c.stationIds),
    from,
    to,
  );
  return new Map(network.cities.map((c) => [c.code, cityDays(byStation, c.stationIds)]));
}

export { stationDays };

function toCityEvaluation(
  c: CityNetwork,
  e: PeriodEvaluation,
  rank: number | null,
  last: PeriodEvaluation | undefined,
): CityEvaluation {
  const { counts: _counts, ...stats } = e.stats;
  return {
    regionCode: c.code,
    name: c.name,
    stations: c.stationIds.length,
    daysTotal: e.daysTotal,
    daysValid: e.daysValid,
    isValid: e.isValid,
    validityNote: e.validityNote,
    stats,
    goodDays: e.goodDays,
    goodDayRatio: e.goodDayRatio,
    levelDays: e.levelDays,
    compositeIndex: e.compositeIndex,
    mainPollutants: e.mainPollutants,
    primaryPollutantDays: e.primaryPollutantDays as Record<string, number>,
    rank,
    previous: last
      ? { compositeIndex: last.compositeIndex, goodDayRatio: last.goodDayRatio, pm2_5: last.stats.pm2_5 }
      : null,
    ...yearOnYear(e, last),
  };
}

function aqiStandardsIn(period: Period): string[] {
  return [...new Set([aqiStandardOn(period.from), aqiStandardOn(period.to)])];
}

/**
 * The province's city evaluation and ranking for a period (HJ 663 statistics, good-day ratio,
 * composite index with the divisors of the GB 3095 version in force on the period's last day), with
 * the change against the same dates of the previous year computed with the same divisors.
 */
export async function airRanking(
  db: Kysely<Database>,
  period: Period,
  opts: { compare?: boolean; network?: AirNetwork } = {},
): Promise<AirRanking> {
  const network = opts.network ?? (await loadAirNetwork(db));
  const limits: AirLimitsId = airLimitsOn(period.to);
  const current = await loadCityDays(db, network, period.from, period.to);
  const evals = new Map(
    network.cities.map((c) => [c.code, evaluatePeriod(current.get(c.code) ?? [], period.from, period.to, limits)]),
  );
  const ranks = rankByComposite([...evals].map(([key, evaluation]) => ({ key, evaluation })));
  let previousPeriod: Period | null = null;
  let last = new Map<string, PeriodEvaluation>();
  if (opts.compare !== false) {
    previousPeriod = {
      kind: period.kind,
      from: previousYear(period.from),
      to: previousYear(period.to),
      label: `${previousYear(period.from)}..${previousYear(period.to)}`,
    };
    const prev = await loadCityDays(db, network, previousPeriod.from, previousPeriod.to);
    last = new Map(
      [...prev]
        .filter(([, days]) => days.length > 0)
        .map(([code, days]) => [code, evaluatePeriod(days, previousPeriod!.from, previousPeriod!.to, limits)]),
    );
  }
  const cities = network.cities
    .map((c) => toCityEvaluation(c, evals.get(c.code)!, ranks.get(c.code) ?? null, last.get(c.code)))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.regionCode.localeCompare(b.regionCode));
  return { period, previousPeriod, limitsStandard: limits, aqiStandards: aqiStandardsIn(period), cities };
}
