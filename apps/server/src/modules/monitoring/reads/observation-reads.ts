import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export type ObservationRow = {
  station_id: string;
  parameter: string;
  period_start: string;
  value: number | null;
  flag: string | null;
};

/**
 * Stored values of one period kind ('1h', '1d' …) of the given stations for period starts in
 * [fromIso, toIso), optionally only some parameters. Flags are returned as sent: callers judge them.
 */
export function readObservations(
  db: Kysely<Database>,
  q: {
    stationIds: readonly string[];
    period: string;
    parameters?: readonly string[];
    fromIso: string;
    toIso: string;
  },
): Promise<ObservationRow[]> {
  if (q.stationIds.length === 0 || q.parameters?.length === 0) return Promise.resolve([]);
  let sel = db
    .selectFrom('observations')
    .select(['station_id', 'parameter', 'period_start', 'value', 'flag'])
    .where('period', '=', q.period)
    .where('period_start', '>=', q.fromIso)
    .where('period_start', '<', q.toIso)
    .where('station_id', 'in', [...q.stationIds]);
  if (q.parameters) sel = sel.where('parameter', 'in', [...q.parameters]);
  return sel.execute();
}

/** The latest period start of one parameter and period kind among the stations, not after `notAfterIso`. */
export async function latestObservationStart(
  db: Kysely<Database>,
  q: { stationIds: readonly string[]; period: string; parameter: string; notAfterIso: string },
): Promise<string | undefined> {
  if (q.stationIds.length === 0) return undefined;
  const row = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.max('period_start').as('latest'))
    .where('period', '=', q.period)
    .where('parameter', '=', q.parameter)
    .where('station_id', 'in', [...q.stationIds])
    .where('period_start', '<=', q.notAfterIso)
    .executeTakeFirst();
  return row?.latest ?? undefined;
}

/** A station's newest non-null value of a parameter (any period kind), or undefined. */
export function latestObservation(
  db: Kysely<Database>,
  stationId: string,
  parameter: string,
): Promise<{ period_start: string; value: number | null } | undefined> {
  return db
    .selectFrom('observations')
    .select(['period_start', 'value'])
    .where('station_id', '=', stationId)
    .where('parameter', '=', parameter)
    .where('value', 'is not', null)
    .orderBy('period_start', 'desc')
    .limit(1)
    .executeTakeFirst();
}
