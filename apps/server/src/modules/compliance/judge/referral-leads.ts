import { HEAVY_METAL_CITATION, type Rational, type ReferralFlag } from '@ecocloud/standards';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { raiseLead } from '../leads/raise-lead';
import { eventCovering } from './compliance.repository';
import { nextDay } from './day-events';
import { referralEvidence } from './heavy-metal-referral';
import type { JudgedHour } from './judge-hour';
import type { Outlet } from './outlet-plan';

const HOUR_MS = 3_600_000;

/**
 * Raises (once: raiseLead is idempotent) the referral lead of an exceeding heavy-metal hour, keyed by the
 * start of the exceedance event it belongs to, so a run of such hours is one lead that grows.
 */
export async function referHour(db: Kysely<Database>, outlet: Outlet, v: JudgedHour, nowIso: string): Promise<void> {
  if (!v.referral || v.row.limit_value == null || !v.value) return;
  const event = await eventCovering(db, outlet.id, v.row.pollutant, v.row.hour_start);
  const end = new Date(Date.parse(v.row.hour_start) + HOUR_MS).toISOString();
  await raiseLead(
    db,
    {
      kind: 'referral',
      outletId: outlet.id,
      enterpriseId: outlet.enterpriseId,
      pollutant: v.row.pollutant,
      start: event?.start ?? v.row.hour_start,
      end,
      evidence: referralEvidence(v.referral, {
        basis: 'hour',
        at: v.row.hour_start,
        value: v.value,
        limit: v.row.limit_value,
      }),
      act: HEAVY_METAL_CITATION,
    },
    nowIso,
  );
}

/**
 * Raises the referral lead of an exceeding heavy-metal day of a water outlet, keyed by the first day of its
 * run of exceeding days (one lead per day event, growing with it).
 */
export async function referDay(
  db: Kysely<Database>,
  outlet: Outlet,
  d: { pollutant: string; day: string; runFirstDay: string; referral: ReferralFlag; mean: Rational; limit: number },
  nowIso: string,
): Promise<void> {
  await raiseLead(
    db,
    {
      kind: 'referral',
      outletId: outlet.id,
      enterpriseId: outlet.enterpriseId,
      pollutant: d.pollutant,
      start: shanghaiDateStart(d.runFirstDay),
      end: shanghaiDateStart(nextDay(d.day)),
      evidence: referralEvidence(d.referral, { basis: 'day', at: d.day, value: d.mean, limit: d.limit }),
      act: HEAVY_METAL_CITATION,
    },
    nowIso,
  );
}
