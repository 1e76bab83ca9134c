import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { hourFloor, HOUR_MS, judgeEndedHours } from './judge/judge.service';
import { scanLeads } from './leads/scan';

/** The worker looks this far back at start (as the judge's catch-up does) and never further. */
const MAX_CATCH_UP_HOURS = 48;

/**
 * The hours to scan for leads now: those ended since the last scan (at start: the last 48), never more
 * than 48 back; null when no hour ended since.
 */
export function hoursToScan(lastScannedToMs: number | null, nowMs: number): { fromMs: number; toMs: number } | null {
  const toMs = hourFloor(nowMs);
  const fromMs = Math.max(lastScannedToMs ?? 0, toMs - MAX_CATCH_UP_HOURS * HOUR_MS);
  return fromMs < toMs ? { fromMs, toMs } : null;
}

/**
 * Judges the outlets' hours as they end, then turns the ended hours into leads: at start and then every
 * few minutes, each outlet's hours since its last judged one (at most 48 back), and the hours ended
 * since the last scan (exceedance events, signs of falsified data, missing data, low transmission).
 * Minutes that arrive late for an hour already judged are picked up by `ecocloud compliance judge` and
 * `compliance scan` over that range. One run at a time: a slow run is never overlapped.
 */
export async function startComplianceWorker(deps: AppDeps, log: FastifyBaseLogger, everyMs = 5 * 60_000) {
  let running: Promise<void> | null = null;
  let scannedTo: number | null = null;
  const step = async () => {
    const judged = await judgeEndedHours(deps, MAX_CATCH_UP_HOURS);
    if (judged.hours) log.info(judged, 'compliance hours judged');
    const range = hoursToScan(scannedTo, deps.clock.now().getTime());
    if (!range) return;
    const leads = await scanLeads(deps, range);
    scannedTo = range.toMs;
    if (leads.signs + leads.exceedanceLeads + leads.missingDataLeads + leads.transmissionLeads)
      log.info(leads, 'compliance leads raised');
  };
  const run = () => {
    if (running) return;
    running = step()
      .catch((err: unknown) => log.error({ err }, 'compliance judgement or lead scan failed'))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
