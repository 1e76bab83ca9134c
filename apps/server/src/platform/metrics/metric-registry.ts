import type { AppDeps } from '../../app-deps';

/**
 * Modules publish the figures other modules may track (a city's PM2.5 annual mean, the share of
 * good-class sections, open rectification items …). The work plan reads them through this
 * registry, so it depends on the registry and not on every module it can track.
 */
export type MetricQuery = { regionCode: string; year: number; asOf: Date };

export type MetricForecast = { value: number; status: 'on_track' | 'at_risk' | 'off_track'; reason: string };

type MetricReading = {
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

/** The part of a `ServerModule` the registry needs (structural, so the platform does not import the shell). */
type MetricSource = { readonly name: string; readonly metrics: readonly MetricDefinition[] };

/** Undefined until the shell fills it: a read before that is a wiring mistake, not a metric with no value. */
let metrics: Map<string, MetricDefinition> | undefined;

/**
 * Fills the registry from the module list (the shell calls it with MODULES before serving, seeding or
 * running a command); replaces what was there, so calling it again is harmless. A key published twice
 * is a programming error.
 */
export function useMetricsOf(modules: readonly MetricSource[]): void {
  const next = new Map<string, MetricDefinition>();
  for (const module of modules)
    for (const def of module.metrics) {
      const other = next.get(def.key);
      if (other) throw new Error(`metric ${def.key} published by both ${other.module} and ${module.name}`);
      next.set(def.key, def);
    }
  metrics = next;
}

function filled(): Map<string, MetricDefinition> {
  if (!metrics) throw new Error('the metric registry is empty: the shell calls useMetricsOf(MODULES) first');
  return metrics;
}

export function listMetrics(): Omit<MetricDefinition, 'read'>[] {
  return [...filled().values()].map(({ read: _read, ...rest }) => rest).sort((a, b) => a.key.localeCompare(b.key));
}

export function findMetric(key: string): MetricDefinition | undefined {
  return filled().get(key);
}
