import type { MetricDefinition } from '../../../platform/metrics/metric-registry';
import * as repo from './targets.repository';
import { LIVE_INDICATORS } from './indicators';
import { indicatorProgress } from './target-progress.service';

/**
 * The live indicators assessment publishes (the platform's metric registry takes them from the module
 * list): the value to date and, when a target for that region and year is stored, the year-end forecast
 * against it.
 */
export const ASSESSMENT_METRICS: readonly MetricDefinition[] = LIVE_INDICATORS.map((ind): MetricDefinition => ({
  key: ind.key,
  name: ind.name,
  nameEn: ind.nameEn,
  unit: ind.unit,
  module: 'assessment',
  direction: ind.direction,
  async read(deps, q) {
    const target = await repo.findTargetByKey(deps.db, q.year, q.regionCode, ind.key);
    // Without a target the value to date still counts; the forecast needs a target to judge against.
    const p = await indicatorProgress(deps, ind.key, q.regionCode, q.year, target?.target_value ?? 0, q.asOf);
    if (!p) return { value: null, asOf: q.asOf.toISOString() };
    const value = p.reported === null ? null : Math.round(p.reported * 10) / 10;
    const forecast =
      target && p.status && p.projected !== null
        ? { value: Math.round(p.projected * 10) / 10, status: p.status, reason: p.text }
        : target && p.status === 'off_track'
          ? { value: value ?? 0, status: p.status, reason: p.text }
          : undefined;
    return {
      value,
      asOf: p.asOf,
      forecast,
      note:
        value === null
          ? 'no data yet for this region and year'
          : target
            ? undefined
            : 'no target stored for this region and year',
    };
  },
}));
