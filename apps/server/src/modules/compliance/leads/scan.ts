import type { AppDeps } from '../../../app-deps';

export type ScanSummary = { outlets: number; signs: number; exceedanceLeads: number; missingDataLeads: number };

/**
 * STUB (filled by the leads work): turns what the stored data show in [fromMs, toMs) into leads: the
 * exceedance events, the signs of falsified data (the detectors of @ecocloud/standards over the stored
 * minutes), missing data and low transmission. Idempotent (raiseLead).
 */
export async function scanLeads(
  _deps: Pick<AppDeps, 'db' | 'clock'>,
  _q: { fromMs: number; toMs: number; outletIds?: readonly string[] },
): Promise<ScanSummary> {
  return { outlets: 0, signs: 0, exceedanceLeads: 0, missingDataLeads: 0 };
}
