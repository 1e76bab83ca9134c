import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { constraintKind } from '../../../db/db-errors';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import { loadAirNetwork } from './air-evaluation.service';
import { readCityDaysState, replaceCityDays, type CityDayRow, type CityDaysState } from './city-days.repository';
import { ROLLUP_PARAMETER_OF } from './pollutants';

/** Rollup transactions in flight when we read the mark may commit older update times: look back this far. */
const LOOK_BACK_MS = 15 * 60_000;
/** How often the worker asks monitoring whether the daily rollups changed (a cheap max() when nothing did). */
const POLL_MS = 30_000;

/** The province's evaluation stations: the stored city sums always cover the whole network. */
async function evaluationStationIds(db: Kysely<Database>): Promise<string[]> {
  return (await loadAirNetwork(db)).cities.flatMap((c) => c.stationIds);
}

/** Identifies the evaluation network: a changed station list or station record rebuilds everything. */
async function networkStamp(db: Kysely<Database>, stationIds: readonly string[]): Promise<string> {
  const { latest, count } = await monitoringReads.stationsStamp(db);
  const ids = createHash('sha1')
    .update([...stationIds].sort().join(','))
    .digest('hex');
  return `${latest}#${count}#${ids}`;
}

/** Per city (region code's first four digits + '00'), day and statistic: Σ round(mean × 1000) and the count. */
async function citySums(
  db: Kysely<Database>,
  stationIds: readonly string[],
  dayStarts: readonly string[] | null,
): Promise<CityDayRow[]> {
  const parameters = Object.values(ROLLUP_PARAMETER_OF);
  const chunks: (readonly string[] | null)[] = dayStarts === null ? [null] : [];
  for (let i = 0; dayStarts && i < dayStarts.length; i += 500) chunks.push(dayStarts.slice(i, i + 500));
  const byKey = new Map<string, CityDayRow>();
  for (const chunk of chunks) {
    for (const r of await monitoringReads.sumDailyRollupsByRegion(db, { stationIds, parameters, dayStarts: chunk })) {
      const city_code = `${r.region_code.slice(0, 4)}00`;
      const key = `${city_code}|${r.period_start}|${r.parameter}`;
      const row = byKey.get(key) ?? {
        city_code,
        day_start: r.period_start,
        parameter: r.parameter,
        milli_sum: 0,
        n: 0,
      };
      row.milli_sum += r.milli_sum;
      row.n += r.n;
      byKey.set(key, row);
    }
  }
  return [...byKey.values()];
}

async function refresh(db: Kysely<Database>): Promise<boolean> {
  const stationIds = await evaluationStationIds(db);
  const mark = await monitoringReads.dailyRollupMark(db);
  const next: CityDaysState = { mark, stations: await networkStamp(db, stationIds) };
  const state = await readCityDaysState(db);
  if (state && state.stations === next.stations && state.mark === mark) return false;
  // A mark stored before any rollup existed is '' (and a damaged one may not parse): neither can bound
  // an incremental refresh, so both rebuild in full, which also heals databases that stored one.
  const hasMark = state !== null && !Number.isNaN(Date.parse(state.mark));
  const isFull = !state || !hasMark || state.stations !== next.stations || mark < state.mark;
  const days = isFull
    ? null
    : await monitoringReads.dailyRollupDaysChangedSince(
        db,
        new Date(Date.parse(state.mark) - LOOK_BACK_MS).toISOString(),
      );
  try {
    await replaceCityDays(db, days, await citySums(db, stationIds, days), next);
  } catch (err) {
    // Another process refreshed the same days at the same time: its rows are as good as ours.
    if (constraintKind(err) !== 'unique') throw err;
  }
  return true;
}

const inFlight = new WeakMap<object, Promise<boolean>>();

/**
 * Brings assessment_city_days up to date with monitoring's daily rollups: a full rebuild when the
 * network changed (or the clock went back), else only the days whose rollups changed since the last
 * mark (minus a look-back for transactions that were still open). Run by the worker below, by jobs
 * and commands before they read, never by a GET. True when it wrote.
 */
export function refreshCityDays(db: Kysely<Database>): Promise<boolean> {
  // One refresh at a time per database handle: concurrent callers wait for the same one.
  const running = inFlight.get(db);
  if (running) return running;
  const p = refresh(db).finally(() => inFlight.delete(db));
  inFlight.set(db, p);
  return p;
}

/** Starts the city-days worker (polls monitoring's rollup mark); returns its stopper. Does not keep the process alive. */
export function startCityDaysWorker(db: Kysely<Database>, log?: FastifyBaseLogger, pollMs = POLL_MS): () => void {
  const tick = () =>
    void refreshCityDays(db).catch((err: unknown) => log?.error({ err }, 'assessment city-days refresh failed'));
  tick();
  const timer = setInterval(tick, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
