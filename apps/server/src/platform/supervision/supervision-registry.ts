import type { ServiceDeps } from '../service-deps';

/**
 * Facts other modules know about an enterprise that put it under special supervision (特殊监管对象): a
 * published credit level of 警示 or 不良 (credit), three or more substantiated complaints (complaints). The
 * enforcement module's object library reads them through this registry, so it depends on the registry and not
 * on the modules that know the facts (which themselves read enforcement's cases: a direct import would be a
 * cycle). Same pattern as the metric registry.
 */
export type SupervisionCriterion = 'credit_warning' | 'bad_credit' | 'major_risk' | 'complaints';

export type SupervisionFact = {
  enterpriseId: string;
  criterion: SupervisionCriterion;
  /** The reason as the library shows it, in Chinese, with its evidence (e.g. “2026年度环境信用评价为不良”). */
  text: string;
};

/** One module's reader: the facts holding on `day` (Shanghai) for the given enterprises. */
export type SupervisionSource = {
  /** Which criteria this source can derive (the library says which ones still need an officer). */
  criteria: readonly SupervisionCriterion[];
  read(deps: ServiceDeps, enterpriseIds: readonly string[], day: string): Promise<SupervisionFact[]>;
};

/** The part of a `ServerModule` the registry needs (structural, so the platform does not import the shell). */
type SupervisionModule = { readonly supervision?: readonly SupervisionSource[] };

let sources: readonly SupervisionSource[] | undefined;

/** Fills the registry from the module list; the shell calls it with MODULES next to `useMetricsOf`. */
export function useSupervisionOf(modules: readonly SupervisionModule[]): void {
  sources = modules.flatMap((m) => m.supervision ?? []);
}

function filled(): readonly SupervisionSource[] {
  if (!sources) throw new Error('the supervision registry is empty: the shell calls useSupervisionOf(MODULES) first');
  return sources;
}

/** The criteria some module derives; the others are left to an officer. */
export function derivedCriteria(): ReadonlySet<SupervisionCriterion> {
  return new Set(filled().flatMap((s) => s.criteria));
}

/** Every source's facts for the enterprises, grouped by enterprise. */
export async function supervisionFactsOf(
  deps: ServiceDeps,
  enterpriseIds: readonly string[],
  day: string,
): Promise<Map<string, SupervisionFact[]>> {
  const byEnterprise = new Map<string, SupervisionFact[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const all = await Promise.all(filled().map((s) => s.read(deps, enterpriseIds, day)));
  for (const fact of all.flat()) {
    const list = byEnterprise.get(fact.enterpriseId) ?? [];
    list.push(fact);
    byEnterprise.set(fact.enterpriseId, list);
  }
  return byEnterprise;
}
