import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CitySumRow } from './air-data.repository';

const STATE_KEY = 'city_days';

/** What the stored city days were computed from: the daily rollups' mark and the network's stamp. */
export type CityDaysState = { mark: string; stations: string };

export type CityDayRow = { city_code: string; day_start: string; parameter: string; milli_sum: number; n: number };

/** The state of the last refresh, or null (never refreshed, or the stored value does not parse). */
export async function readCityDaysState(db: Kysely<Database>): Promise<CityDaysState | null> {
  const raw = (await db.selectFrom('assessment_state').select('value').where('key', '=', STATE_KEY).executeTakeFirst())
    ?.value;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as CityDaysState;
  } catch {
    return null;
  }
}

/**
 * Replaces the city days of the given day starts (all days when null) by `rows` and stores the new
 * state, in one transaction: readers see the old figures or the new ones, never a mix.
 */
export async function replaceCityDays(
  db: Kysely<Database>,
  dayStarts: readonly string[] | null,
  rows: readonly CityDayRow[],
  next: CityDaysState,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (dayStarts === null) await trx.deleteFrom('assessment_city_days').execute();
    else
      for (let i = 0; i < dayStarts.length; i += 500)
        await trx
          .deleteFrom('assessment_city_days')
          .where('day_start', 'in', dayStarts.slice(i, i + 500))
          .execute();
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('assessment_city_days')
        .values(rows.slice(i, i + 500))
        .execute();
    const value = JSON.stringify(next);
    const res = await trx
      .updateTable('assessment_state')
      .set({ value })
      .where('key', '=', STATE_KEY)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0)
      await trx.insertInto('assessment_state').values({ key: STATE_KEY, value }).execute();
  });
}

/** City sums of the given cities for day starts in [fromIso, toIso). */
export async function readCityDays(
  db: Kysely<Database>,
  cityCodes: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<CitySumRow[]> {
  if (cityCodes.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_city_days')
    .select(['city_code', 'day_start', 'parameter', 'milli_sum', 'n'])
    .where('city_code', 'in', [...cityCodes])
    .where('day_start', '>=', fromIso)
    .where('day_start', '<', toIso)
    .execute();
  return rows.map((r) => ({
    city: r.city_code.slice(0, 4),
    period_start: r.day_start,
    parameter: r.parameter,
    milli: Number(r.milli_sum),
    n: Number(r.n),
  }));
}
