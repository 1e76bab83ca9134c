import type { AppDeps } from '../../../app-deps';
import { shanghaiDate, shanghaiDateStart } from '../../../platform/time-zone';
import { hoursOf, type StoredHourRow } from './compliance.repository';
import { nextDay, syncDayEvents } from './day-events';
import { replaceDays } from './days.repository';
import { judgeOutletDay } from './judge-day';
import { dailyPollutantsOf, rangePollutantsOf, type Outlet } from './outlet-plan';
import { referDay } from './referral-leads';

/**
 * The outlet's Shanghai days overlapping [fromMs, toMs) from its stored hours (judgeOutletDay): replaces
 * their compliance_days rows; for a water outlet, brings its day events in line and raises the referral
 * leads of exceeding heavy-metal days. Returns the number of day rows written.
 */
export async function judgeDays(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  outlet: Outlet,
  fromMs: number,
  toMs: number,
): Promise<number> {
  const first = shanghaiDate(new Date(fromMs).toISOString());
  const last = shanghaiDate(new Date(toMs - 1).toISOString());
  const days: string[] = [];
  for (let d = first; d <= last; d = nextDay(d)) days.push(d);
  const rows = await hoursOf(db, [outlet.id], shanghaiDateStart(first), shanghaiDateStart(nextDay(last)));
  const byKey = new Map<string, StoredHourRow[]>();
  for (const r of rows) {
    const key = `${r.pollutant}|${shanghaiDate(r.hour_start)}`;
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  const dayOutlet = { ...outlet, rangePollutants: rangePollutantsOf(outlet) };
  const pollutants = [...new Set(rows.map((r) => r.pollutant))];
  const judged = days.flatMap((day) =>
    pollutants
      .filter((p) => byKey.has(`${p}|${day}`))
      .map((p) => ({ day, ...judgeOutletDay(dayOutlet, day, p, byKey.get(`${p}|${day}`)!) })),
  );
  const nowIso = clock.now().toISOString();
  const daily = dailyPollutantsOf(outlet);
  await db.transaction().execute(async (trx) => {
    await replaceDays(
      trx,
      outlet.id,
      days,
      judged.map((j) => ({ ...j.row, judged_at: nowIso })),
    );
    for (const pollutant of daily) {
      const runs = await syncDayEvents(trx, outlet.id, pollutant, clock.now().getTime());
      for (const j of judged.filter((x) => x.row.pollutant === pollutant && x.referral && x.mean)) {
        const run = runs.find((r) => r.firstDay <= j.day && j.day <= r.lastDay);
        await referDay(
          trx,
          outlet,
          {
            pollutant,
            day: j.day,
            runFirstDay: run?.firstDay ?? j.day,
            referral: j.referral!,
            mean: j.mean!,
            limit: j.row.limit_value!,
          },
          nowIso,
        );
      }
    }
  });
  return judged.length;
}
