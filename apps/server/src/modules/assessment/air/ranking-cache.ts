import type { Kysely } from 'kysely';
import type { AirRanking } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { shanghaiDateStart } from '../../monitoring';
import type { Period } from '../periods';
import { airRanking } from './air-evaluation.service';

type Entry = { stamp: string; value: AirRanking };
const caches = new WeakMap<object, Map<string, Entry>>();
const MAX_ENTRIES = 64;

/**
 * A stamp that changes whenever a daily rollup inside the period (or its year-earlier twin) changes:
 * the rollup worker recomputes the month rollups of every month a changed day belongs to, so the
 * newest update time and the count of those month rows move with any change.
 */
async function rollupStamp(db: Kysely<Database>, period: Period): Promise<string> {
  const part = async (from: string, to: string) => {
    const row = await db
      .selectFrom('observation_rollups')
      .select((eb) => [eb.fn.max('updated_at').as('latest'), eb.fn.countAll<number>().as('n')])
      .where('period', '=', '1mo')
      .where('period_start', '>=', shanghaiDateStart(`${from.slice(0, 7)}-01`))
      .where('period_start', '<=', shanghaiDateStart(`${to.slice(0, 7)}-01`))
      .executeTakeFirst();
    return `${row?.latest ?? ''}#${row?.n ?? 0}`;
  };
  const prevFrom = `${Number(period.from.slice(0, 4)) - 1}${period.from.slice(4)}`;
  const prevTo = `${Number(period.to.slice(0, 4)) - 1}${period.to.slice(4)}`;
  const stations = await db
    .selectFrom('stations')
    .select((eb) => [eb.fn.max('updated_at').as('latest'), eb.fn.countAll<number>().as('n')])
    .executeTakeFirst();
  return `${await part(period.from, period.to)}|${await part(prevFrom, prevTo)}|${stations?.latest ?? ''}#${stations?.n ?? 0}`;
}

/** `airRanking` with the result kept until the rollups or stations behind it change. */
export async function cachedAirRanking(db: Kysely<Database>, period: Period): Promise<AirRanking> {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  const key = `${period.kind}|${period.from}|${period.to}`;
  const stamp = await rollupStamp(db, period);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = await airRanking(db, period);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { stamp, value });
  return value;
}
