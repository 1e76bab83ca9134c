import {
  aqiStandardOn,
  cityMean,
  dailyAqi,
  roundMean,
  type AqiResult,
  type DayConcentrations,
} from '@ecocloud/standards';
import { DAY_STATS, STAT_OF_PARAMETER, decimalsOf, emptyDay } from './pollutants';
import type { CitySumRow } from './air-data.repository';

/** One valid daily rollup value of a station (reported units, rounded by the monitoring rollup). */
export type RollupValue = { stationId: string; parameter: string; date: string; value: number };

/** A station's or a city's day: concentrations (null = invalid) and the daily AQI of the version in force. */
export type AirDay = { date: string; values: DayConcentrations; aqi: AqiResult; stations?: number };

/** Groups daily rollup values into station → date → concentrations. Invalid days are simply absent. */
export function groupStationDays(rows: readonly RollupValue[]): Map<string, Map<string, DayConcentrations>> {
  const out = new Map<string, Map<string, DayConcentrations>>();
  for (const r of rows) {
    const stat = STAT_OF_PARAMETER[r.parameter];
    if (!stat) continue;
    let days = out.get(r.stationId);
    if (!days) out.set(r.stationId, (days = new Map()));
    let day = days.get(r.date);
    if (!day) days.set(r.date, (day = emptyDay()));
    day[stat] = r.value;
  }
  return out;
}

/** A station's daily series with the daily AQI (HJ 633 daily set of the version in force that day). */
export function stationDays(days: ReadonlyMap<string, DayConcentrations> | undefined): AirDay[] {
  if (!days) return [];
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, values]) => ({ date, values, aqi: dailyAqi(values, aqiStandardOn(date)) }));
}

/**
 * A city's daily series: each statistic is the mean of the valid values of the city's evaluation
 * stations that day (`cityMean`, reference §3.1), then the daily AQI of the version in force.
 * A station without a value that day simply does not count; a day without any station is absent.
 */
export function cityDays(
  byStation: ReadonlyMap<string, ReadonlyMap<string, DayConcentrations>>,
  stationIds: readonly string[],
): AirDay[] {
  const byDate = new Map<string, DayConcentrations[]>();
  for (const id of stationIds) {
    for (const [date, v] of byStation.get(id) ?? []) {
      const list = byDate.get(date);
      if (list) list.push(v);
      else byDate.set(date, [v]);
    }
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => {
      const values = emptyDay();
      for (const s of DAY_STATS)
        values[s] = cityMean(
          list.map((x) => x[s]),
          decimalsOf(s),
        );
      return { date, values, aqi: dailyAqi(values, aqiStandardOn(date)), stations: list.length };
    });
}

/**
 * The same city series as `cityDays`, from per-day sums in milli-units computed by the database:
 * `roundMean(sum, n)` is exactly what `cityMean` does after summing the stations' milli-units.
 * `dateOf` maps a day-start instant to its Shanghai date.
 */
export function cityDaysFromSums(rows: readonly CitySumRow[], dateOf: (iso: string) => string): Map<string, AirDay[]> {
  const byCity = new Map<string, Map<string, { values: DayConcentrations; stations: number }>>();
  for (const r of rows) {
    const stat = STAT_OF_PARAMETER[r.parameter];
    if (!stat || r.n === 0) continue;
    const city = `${r.city}00`;
    let days = byCity.get(city);
    if (!days) byCity.set(city, (days = new Map()));
    const date = dateOf(r.period_start);
    let day = days.get(date);
    if (!day) days.set(date, (day = { values: emptyDay(), stations: 0 }));
    day.values[stat] = roundMean(r.milli, r.n, decimalsOf(stat));
    day.stations = Math.max(day.stations, r.n);
  }
  return new Map(
    [...byCity].map(([city, days]) => [
      city,
      [...days]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, d]) => ({
          date,
          values: d.values,
          aqi: dailyAqi(d.values, aqiStandardOn(date)),
          stations: d.stations,
        })),
    ]),
  );
}
