import type { Kysely } from 'kysely';
import type { AirRanking } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Period } from '../periods';
import { airRanking } from './air-evaluation.service';
import { readCityDaysState } from './city-days.repository';

type Entry = { stamp: string; value: AirRanking };
const caches = new WeakMap<object, Map<string, Entry>>();
const MAX_ENTRIES = 64;

/**
 * A stamp that changes whenever the city days behind a ranking change: the city-days worker stores
 * the rollup mark and the network stamp it refreshed from, in the same transaction as the sums.
 */
async function cityDaysStamp(db: Kysely<Database>): Promise<string> {
  const state = await readCityDaysState(db);
  return state ? `${state.mark}|${state.stations}` : '';
}

/** `airRanking` with the result kept until the city days (or the network) behind it change. */
export async function cachedAirRanking(db: Kysely<Database>, period: Period): Promise<AirRanking> {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  const key = `${period.kind}|${period.from}|${period.to}`;
  const stamp = await cityDaysStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = await airRanking(db, period);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { stamp, value });
  return value;
}
