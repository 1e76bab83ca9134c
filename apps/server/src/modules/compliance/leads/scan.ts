import type { ComplianceSettings } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import { sourcesReads } from '../../sources';
import { readComplianceSettings } from '../settings/settings-read';
import { HOUR_MS, readOutletWindow, type OutletWindow } from '../signs/outlet-window';
import { storedSigns } from '../signs/stored-signs';
import { lowTransmissionDays, missingRuns } from './data-gaps';
import { exceedanceAct, missingDataAct, transmissionAct } from './lead-acts';
import { eventsOverlapping } from './leads.repository';
import { raiseLead, raiseRunLead } from './raise-lead';

/** New leads raised by one scan (a lead found again is extended, not counted). */
export type ScanSummary = {
  outlets: number;
  signs: number;
  exceedanceLeads: number;
  missingDataLeads: number;
  transmissionLeads: number;
};

/** The minutes before a range the detectors also see: a flat line that began a day earlier is seen whole. */
const SCAN_LOOK_BACK_HOURS = 24;
/** A long range is read a week of one outlet at a time (each with its day of look back). */
const CHUNK_MS = 7 * 24 * HOUR_MS;

type Outlet = Awaited<ReturnType<typeof sourcesReads.judgeableOutlets>>[number];
const iso = (ms: number) => new Date(ms).toISOString();
const hourFloor = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** One lead per exceedance event overlapping the range; an event that grew extends its lead. */
async function exceedanceLeads(
  db: Kysely<Database>,
  outlets: readonly Outlet[],
  fromMs: number,
  toMs: number,
  now: string,
) {
  const byId = new Map(outlets.map((o) => [o.id, o]));
  let raised = 0;
  for (const e of await eventsOverlapping(db, [...byId.keys()], iso(fromMs), iso(toMs))) {
    const outlet = byId.get(e.outlet_id)!;
    const limit = outlet.limits.find((l) => l.pollutant === e.pollutant);
    const isNew = await raiseLead(
      db,
      {
        kind: 'exceedance',
        outletId: e.outlet_id,
        enterpriseId: outlet.enterpriseId,
        pollutant: e.pollutant,
        start: e.start,
        end: e.end,
        evidence: {
          peakConverted: e.peak_converted,
          peakMultiple: e.peak_multiple,
          hours: e.hours,
          basis: e.basis,
          status: e.status,
          ...(limit ? { limit: limit.value, unit: limit.unit } : {}),
        },
        act: exceedanceAct(e.end),
      },
      now,
    );
    if (isNew) raised++;
  }
  return raised;
}

/**
 * From when the outlet's hours count as expected: the window's start when the logger sent any minute
 * before it, else the hour of its first minute in the window (an outlet whose logger was connected
 * yesterday is not "missing" for the weeks before); null when it never sent.
 */
async function expectedFrom(db: Kysely<Database>, outlet: Outlet, window: OutletWindow): Promise<number | null> {
  for (const parameter of outlet.limits.map((l) => l.pollutant)) {
    const before = await monitoringReads.latestObservationStart(db, {
      stationIds: outlet.stationIds,
      period: '1m',
      parameter,
      notAfterIso: iso(window.fromMs - 1),
    });
    if (before) return window.fromMs;
  }
  return window.firstReceivedMs === null ? null : hourFloor(window.firstReceivedMs);
}

/** One outlet over [fromMs, toMs) (whole hours, at most a chunk): signs, missing data, low transmission. */
async function scanOutletChunk(
  db: Kysely<Database>,
  outlet: Outlet,
  q: { fromMs: number; toMs: number; settings: ComplianceSettings; now: string },
  summary: ScanSummary,
) {
  const pollutants = outlet.limits.map((l) => l.pollutant);
  const window = await readOutletWindow(
    db,
    { stationIds: outlet.stationIds, pollutants },
    q.fromMs - SCAN_LOOK_BACK_HOURS * HOUR_MS,
    q.toMs,
  );
  const base = { outletId: outlet.id, enterpriseId: outlet.enterpriseId };
  for (const { sign, evidence } of await storedSigns(db, outlet, window, q.fromMs, q.toMs)) {
    const isNew = await raiseRunLead(
      db,
      {
        ...base,
        kind: 'sign',
        signKind: sign.kind,
        pollutant: sign.pollutant,
        start: iso(sign.from),
        end: iso(sign.to),
        evidence,
        act: sign.act,
      },
      q.now,
    );
    if (isNew) summary.signs++;
  }
  const from = await expectedFrom(db, outlet, window);
  if (from === null) return;
  for (const run of missingRuns(window.received, pollutants, from, q.toMs, q.settings.missingDataHours)) {
    if (run.to <= q.fromMs) continue;
    const isNew = await raiseRunLead(
      db,
      {
        ...base,
        kind: 'missing_data',
        pollutant: run.pollutant,
        start: iso(run.from),
        end: iso(run.to),
        evidence: {
          hours: run.hours,
          pollutants: run.pollutant ? [run.pollutant] : pollutants,
          minHours: q.settings.missingDataHours,
        },
        act: missingDataAct(iso(run.to)),
      },
      q.now,
    );
    if (isNew) summary.missingDataLeads++;
  }
  for (const day of lowTransmissionDays(window.received, pollutants, {
    windowFromMs: window.fromMs,
    fromMs: q.fromMs,
    toMs: q.toMs,
    expectedFromMs: from,
    alertPercent: q.settings.transmissionAlertPercent,
  })) {
    const isNew = await raiseLead(
      db,
      {
        ...base,
        kind: 'transmission',
        start: iso(day.from),
        end: iso(day.to),
        evidence: {
          day: day.day,
          ratePercent: day.ratePercent,
          thresholdPercent: q.settings.transmissionAlertPercent,
          receivedMinutes: day.receivedMinutes,
          expectedMinutes: day.expectedMinutes,
          byPollutant: day.byPollutant,
        },
        act: transmissionAct(iso(day.to)),
      },
      q.now,
    );
    if (isNew) summary.transmissionLeads++;
  }
}

/**
 * Turns what the stored data show in the clock hours of [fromMs, toMs) into leads for a person: the
 * exceedance events, the signs of falsified data (the detectors of @ecocloud/standards over the stored
 * minutes, a day of look back included), runs of hours without data and Shanghai days of low
 * transmission. Idempotent (raiseLead): a second scan of the same range raises nothing new. An hour
 * not yet ended at `toMs` (rounded down to its hour) waits for the next scan.
 */
export async function scanLeads(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  q: { fromMs: number; toMs: number; outletIds?: readonly string[] },
): Promise<ScanSummary> {
  const summary: ScanSummary = { outlets: 0, signs: 0, exceedanceLeads: 0, missingDataLeads: 0, transmissionLeads: 0 };
  const fromMs = hourFloor(q.fromMs);
  const toMs = hourFloor(q.toMs);
  if (toMs <= fromMs) return summary;
  const settings = await readComplianceSettings(db);
  const now = clock.now().toISOString();
  const outlets = (await sourcesReads.judgeableOutlets(db, q.outletIds)).filter((o) => o.limits.length);
  summary.outlets = outlets.length;
  summary.exceedanceLeads = await exceedanceLeads(db, outlets, fromMs, toMs, now);
  for (const outlet of outlets)
    for (let c = fromMs; c < toMs; c += CHUNK_MS)
      await scanOutletChunk(db, outlet, { fromMs: c, toMs: Math.min(c + CHUNK_MS, toMs), settings, now }, summary);
  return summary;
}
