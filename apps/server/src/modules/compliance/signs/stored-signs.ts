import {
  DEFAULT_SIGN_SETTINGS,
  detectClusterUnderLimit,
  detectReportedMismatch,
  detectSigns,
  parseDecimal,
  type HourValue,
  type Sign,
} from '@ecocloud/standards';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import { shanghaiDayStartMs } from '../leads/data-gaps';
import { FLOW, HOUR_MS, hourlySeries, round3, type OutletWindow } from './outlet-window';
import { judgedValues } from './signs.repository';

const DAY_MS = 24 * HOUR_MS;
/** ⚠ The cluster-under-limit test: the recent window and the outlet's own history it is compared with. */
const CLUSTER_RECENT_HOURS = 72;
const CLUSTER_HISTORY_DAYS = 90;
/** A lead's evidence chart holds at most two weeks of hours (a long gap run is cut to its last two weeks). */
const MAX_EVIDENCE_HOURS = 14 * 24;

export type OutletForSigns = {
  id: string;
  stationIds: readonly string[];
  limits: { pollutant: string; value: number }[];
};

/** A sign and the figures a person looks at: the detector's words and the hourly series it concerns. */
export type SignFinding = { sign: Sign; evidence: Record<string, unknown> };

type Point = { hour: string; mean: number | null };
type Series = { parameter: string; source: 'minutes' | 'sent' | 'judged'; points: Point[] };

function evidenceOf(sign: Sign, window: OutletWindow, extra: Series[] = []): Record<string, unknown> {
  const from = Math.max(sign.from, sign.to - MAX_EVIDENCE_HOURS * HOUR_MS);
  // A pair of identical pollutants is named `a=b`: both lines; flow beside them shows the load.
  const parameters = [...sign.pollutant.split('='), ...(window.hours.has(FLOW) ? [FLOW] : [])];
  const series: Series[] = [
    ...[...new Set(parameters)].map((parameter) => ({
      parameter,
      source: 'minutes' as const,
      points: hourlySeries(window, parameter, from, sign.to),
    })),
    ...extra.map((s) => ({ ...s, points: s.points.filter((p) => Date.parse(p.hour) >= from) })),
  ];
  return { text: sign.evidence, series };
}

/** The hourly values the logger sent (HJ 212 2061, stored as '1h') against the means of its minutes. */
async function reportedMismatches(db: Kysely<Database>, outlet: OutletForSigns, window: OutletWindow) {
  const pollutants = outlet.limits.map((l) => l.pollutant);
  const sent = await monitoringReads.readObservations(db, {
    stationIds: outlet.stationIds,
    period: '1h',
    parameters: pollutants,
    fromIso: new Date(window.fromMs).toISOString(),
    toIso: new Date(window.toMs).toISOString(),
  });
  if (!sent.length) return [];
  const findings: SignFinding[] = [];
  for (const pollutant of pollutants) {
    const byHour = new Map<number, HourValue>();
    for (const r of sent)
      if (r.parameter === pollutant && r.value !== null) {
        const h = Date.parse(r.period_start);
        if (!byHour.has(h)) byHour.set(h, { hourStart: h, value: parseDecimal(r.value) });
      }
    if (!byHour.size) continue;
    // Ours: the valid hourly mean (≥ 45 valid minutes); hours we cannot judge are not compared.
    const computed = (window.hours.get(pollutant) ?? []).map((h) => ({
      hourStart: h.hourStart,
      value: h.validMinutes >= DEFAULT_SIGN_SETTINGS.minValidMinutesPerHour ? h.mean : null,
    }));
    const reported = [...byHour.values()];
    for (const sign of detectReportedMismatch(
      'reported_hourly_mismatch',
      pollutant,
      reported,
      computed,
      DEFAULT_SIGN_SETTINGS,
    )) {
      const sentPoints = reported
        .filter((h) => h.hourStart >= sign.from && h.hourStart < sign.to)
        .map((h) => ({ hour: new Date(h.hourStart).toISOString(), mean: h.value === null ? null : round3(h.value) }));
      findings.push({
        sign,
        evidence: evidenceOf(sign, window, [{ parameter: pollutant, source: 'sent', points: sentPoints }]),
      });
    }
  }
  return findings;
}

/**
 * Converted hourly values clustering just under the limit: once per Shanghai day ending in
 * (fromMs, toMs], the last `CLUSTER_RECENT_HOURS` against the outlet's own judged hours of the
 * `CLUSTER_HISTORY_DAYS` before (compliance_hours: converted, else measured).
 */
async function clustersUnderLimit(
  db: Kysely<Database>,
  outlet: OutletForSigns,
  window: OutletWindow,
  fromMs: number,
  toMs: number,
): Promise<SignFinding[]> {
  const ends: number[] = [];
  for (let end = shanghaiDayStartMs(fromMs) + DAY_MS; end <= toMs; end += DAY_MS) if (end > fromMs) ends.push(end);
  if (!ends.length) return [];
  const rows = await judgedValues(
    db,
    outlet.id,
    new Date(ends[0]! - CLUSTER_HISTORY_DAYS * DAY_MS).toISOString(),
    new Date(ends[ends.length - 1]!).toISOString(),
  );
  const findings: SignFinding[] = [];
  for (const limit of outlet.limits) {
    const values: HourValue[] = rows
      .filter((r) => r.pollutant === limit.pollutant && (r.converted ?? r.mean) !== null)
      .map((r) => ({ hourStart: Date.parse(r.hour_start), value: parseDecimal((r.converted ?? r.mean)!) }));
    for (const end of ends) {
      const inView = values.filter((v) => v.hourStart >= end - CLUSTER_HISTORY_DAYS * DAY_MS && v.hourStart < end);
      const signs = detectClusterUnderLimit(
        limit.pollutant,
        inView,
        parseDecimal(limit.value),
        end - CLUSTER_RECENT_HOURS * HOUR_MS,
        DEFAULT_SIGN_SETTINGS,
      );
      for (const sign of signs) {
        const points = inView
          .filter((v) => v.hourStart >= sign.from)
          .map((v) => ({ hour: new Date(v.hourStart).toISOString(), mean: v.value === null ? null : round3(v.value) }));
        findings.push({
          sign,
          evidence: {
            ...evidenceOf(sign, window, [{ parameter: limit.pollutant, source: 'judged', points }]),
            limit: limit.value,
          },
        });
      }
    }
  }
  return findings;
}

/**
 * Signs of falsified or abnormal data in an outlet's stored data, for the clock hours in [fromMs, toMs):
 * the detectors of @ecocloud/standards over the window of minutes (which starts earlier, so a flat line
 * that began before the range is seen whole), the logger's sent hourly values against its minutes, and
 * the judged hours against the outlet's own history. Signs wholly before `fromMs` are left out: the
 * scan of their own range raised them.
 */
export async function storedSigns(
  db: Kysely<Database>,
  outlet: OutletForSigns,
  window: OutletWindow,
  fromMs: number,
  toMs: number,
): Promise<SignFinding[]> {
  const findings: SignFinding[] = [
    ...detectSigns(window.hours).map((sign) => ({ sign, evidence: evidenceOf(sign, window) })),
    ...(await reportedMismatches(db, outlet, window)),
    ...(await clustersUnderLimit(db, outlet, window, fromMs, toMs)),
  ];
  return findings.filter((f) => f.sign.to > fromMs && f.sign.from < toMs);
}
