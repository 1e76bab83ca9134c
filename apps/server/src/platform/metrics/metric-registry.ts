import type { AppDeps } from '../../app-deps';

/**
 * Modules publish the figures other modules may track (a city's PM2.5 annual mean, the share of
 * good-class sections, open rectification items …). The work plan reads them through this
 * registry, so it depends on the registry and not on every module it can track.
 */
export type MetricQuery = { regionCode: string; year: number; asOf: Date };

export type MetricForecast = { value: number; status: 'on_track' | 'at_risk' | 'off_track'; reason: string };

export type MetricReading = {
  value: number | null;
  asOf: string;
  forecast?: MetricForecast | undefined;
  note?: string | undefined;
};

export type MetricDefinition = {
  key: string;
  name: string;
  nameEn: string;
  unit: string;
  module: string;
  /** 'at_most' when smaller is better (PM2.5), 'at_least' when larger is better (good-day ratio). */
  direction: 'at_most' | 'at_least';
  read(deps: AppDeps, q: MetricQuery): Promise<MetricReading>;
};

const metrics = new Map<string, MetricDefinition>();

export function registerMetric(def: MetricDefinition): void {
  metrics.set(def.key, def);
}

export function listMetrics(): Omit<MetricDefinition, 'read'>[] {
  return [...metrics.values()].map(({ read: _read, ...rest }) => rest).sort((a, b) => a.key.localeCompare(b.key));
}

export function findMetric(key: string): MetricDefinition | undefined {
  return metrics.get(key);
}
