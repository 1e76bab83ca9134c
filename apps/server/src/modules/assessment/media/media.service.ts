import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  classifySeaSample,
  noiseCompliance,
  SEA_CLASS_LABELS,
  type NoiseZone,
  type SeaItem,
} from '@ecocloud/standards';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import type { Clock } from '../../../platform/clock';
import { scopePrefixOf } from '../../../platform/scope/region-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate, shanghaiDateStart } from '../../../platform/time-zone';
import { addDays } from '../periods';
import * as repo from './media.repository';
import { radiationStatus } from './radiation-rule';

/** Daily values of stations in [from, to] grouped station → date → parameter → value (valid flags only). */
async function dailyValues(db: Kysely<Database>, ids: string[], from: string, to: string) {
  const out = new Map<string, Map<string, Record<string, number>>>();
  const rows = await repo.dailyObservations(db, ids, shanghaiDateStart(from), shanghaiDateStart(addDays(to, 1)));
  for (const r of rows) {
    if (r.value === null || (r.flag && r.flag !== 'N')) continue;
    const byDate = out.get(r.station_id) ?? new Map<string, Record<string, number>>();
    const date = shanghaiDate(r.period_start);
    byDate.set(date, { ...byDate.get(date), [r.parameter]: r.value });
    out.set(r.station_id, byDate);
  }
  return out;
}

/** Sea points' class per survey day (GB 3097-1997, worst item; 劣四类 = 5). */
/** A range of Shanghai dates, both ends included. */
export type DateRange = { from: string; to: string };

export async function seaSurveys({ db }: ServiceDeps, actor: Actor, { from, to }: DateRange) {
  const stations = await repo.stationsOfKind(db, 'sea', scopePrefixOf(actor));
  const values = await dailyValues(
    db,
    stations.map((s) => s.id),
    from,
    to,
  );
  return stations.flatMap((s) =>
    [...(values.get(s.id) ?? [])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, v]) => {
        const r = classifySeaSample(v as Partial<Record<SeaItem, number>>);
        return {
          code: s.code,
          name: s.name,
          regionCode: s.region_code,
          surveyDate: date,
          seaClass: r.seaClass,
          classLabel: r.seaClass ? SEA_CLASS_LABELS[r.seaClass - 1]! : null,
          standard: 'GB3097-1997',
        };
      }),
  );
}

/** Every sea point's daily values in [from, to] (Shanghai dates), in one pass: the sea tab's "worse items". */
export async function seaSeries({ db }: ServiceDeps, actor: Actor, { from, to }: DateRange) {
  const stations = await repo.stationsOfKind(db, 'sea', scopePrefixOf(actor));
  const rows = await repo.dailyObservations(
    db,
    stations.map((s) => s.id),
    shanghaiDateStart(from),
    shanghaiDateStart(addDays(to, 1)),
  );
  const byStation = new Map<
    string,
    { parameter: string; periodStart: string; value: number | null; flag: string | null }[]
  >();
  for (const r of rows)
    byStation.set(r.station_id, [
      ...(byStation.get(r.station_id) ?? []),
      { parameter: r.parameter, periodStart: r.period_start, value: r.value, flag: r.flag },
    ]);
  return stations.map((s) => ({
    code: s.code,
    points: (byStation.get(s.id) ?? []).sort(
      (a, b) => a.periodStart.localeCompare(b.periodStart) || a.parameter.localeCompare(b.parameter),
    ),
  }));
}

/** Noise points' day and night compliance by zone (GB 3096-2008) from daily `leq_day` / `leq_night` values, dB(A). */
export async function noiseCompliances({ db }: ServiceDeps, actor: Actor, { from, to }: DateRange) {
  const stations = await repo.stationsOfKind(db, 'noise', scopePrefixOf(actor));
  const values = await dailyValues(
    db,
    stations.map((s) => s.id),
    from,
    to,
  );
  return stations.flatMap((s) => {
    const zone = (JSON.parse(s.attrs) as { noiseZone?: NoiseZone }).noiseZone ?? null;
    return [...(values.get(s.id) ?? [])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, v]) => {
        const day = zone && v.leq_day !== undefined ? noiseCompliance(zone, 'day', v.leq_day) : null;
        const night = zone && v.leq_night !== undefined ? noiseCompliance(zone, 'night', v.leq_night) : null;
        return {
          code: s.code,
          name: s.name,
          regionCode: s.region_code,
          zone,
          date,
          dayLeq: v.leq_day ?? null,
          nightLeq: v.leq_night ?? null,
          dayCompliant: day?.isCompliant ?? null,
          nightCompliant: night?.isCompliant ?? null,
          dayLimit: day?.limit ?? null,
          nightLimit: night?.limit ?? null,
          standard: 'GB3096-2008',
        };
      });
  });
}

type RadiationAttrs = { backgroundMin?: number; backgroundMax?: number; investigationLevel?: number };

/** Radiation stations' latest ambient dose rate (`dose_rate`, nGy/h) against their own background range. */
export function radiationPoints({ db }: ServiceDeps, actor: Actor) {
  return radiationPointsIn(db, scopePrefixOf(actor));
}

/** The radiation points under a region prefix (none: every point, for the findings job). */
async function radiationPointsIn(db: Kysely<Database>, regionPrefix?: string) {
  const stations = await repo.stationsOfKind(db, 'radiation', regionPrefix);
  return Promise.all(
    stations.map(async (s) => {
      const a = JSON.parse(s.attrs) as RadiationAttrs;
      const last = await repo.latestValue(db, s.id, 'dose_rate');
      const status = radiationStatus(last?.value ?? null, a);
      return {
        stationId: s.id,
        code: s.code,
        name: s.name,
        regionCode: s.region_code,
        latestAt: last?.period_start ?? null,
        doseRate: last?.value ?? null,
        backgroundMin: a.backgroundMin ?? null,
        backgroundMax: a.backgroundMax ?? null,
        investigationLevel: a.investigationLevel ?? null,
        status,
      };
    }),
  );
}

/**
 * Keeps a finding for each radiation station whose latest value is above its background (and, above
 * the station's investigation level, an 'investigation' finding). Monitoring exports no alert-raising
 * function, so findings live in this module's radiation_findings table. Returns the new findings.
 */
export async function recordRadiationFindings(db: Kysely<Database>, clock: Clock): Promise<number> {
  let created = 0;
  for (const p of await radiationPointsIn(db)) {
    if (p.doseRate === null || p.latestAt === null || (p.status !== 'above_background' && p.status !== 'investigation'))
      continue;
    const isNew = await repo.insertRadiationFinding(db, {
      id: randomUUID(),
      station_id: p.stationId,
      period_start: p.latestAt,
      value: p.doseRate,
      background_min: p.backgroundMin,
      background_max: p.backgroundMax,
      investigation_level: p.investigationLevel ?? p.backgroundMax ?? 0,
      kind: p.status,
      created_at: clock.now().toISOString(),
    });
    if (isNew) created++;
  }
  return created;
}
