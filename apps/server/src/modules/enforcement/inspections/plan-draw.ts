import type { InspectionObject } from '@ecocloud/contracts';
import type { DrawRate, NonSiteCheck } from '../draw/draw-rates';
import { DEFAULT_NON_SITE_CHECKS } from '../draw/draw-rates';
import { drawInspections, type DrawExclusion, type DrawInput, type DrawResult } from '../draw/random-draw';
import type { InspectorEntry } from './inspectors.service';

/**
 * What a plan stores in `result`: the draw's exact inputs (so anyone can re-run it), the names as they
 * were on the day of the draw (the published list does not change when a unit is renamed), the result.
 */
export type StoredDraw = {
  inputs: Omit<DrawInput, 'seed' | 'rates'> & { nonSiteChecks: readonly NonSiteCheck[] };
  units: Record<string, { name: string; uscc: string }>;
  inspectors: Record<string, string>;
  draw: DrawResult;
};

export const algorithmLabel = (a: DrawResult['algorithm']) => `${a.name}@${a.version}`;

/**
 * Runs the draw over the object library and the available inspectors: recusals become unit exclusions
 * (only for units in the pool, so the stored inputs stay small and the same draw comes out).
 */
export function drawPlan(
  seed: string,
  rates: readonly DrawRate[],
  objects: readonly InspectionObject[],
  inspectors: readonly InspectorEntry[],
  inspectorsPerObject: number | undefined,
): StoredDraw {
  const pool = new Set(objects.map((o) => o.enterpriseId));
  const available = inspectors.filter((i) => i.active);
  const exclusions: DrawExclusion[] = available.flatMap((i) =>
    i.recusals.filter((u) => pool.has(u)).map((unitId) => ({ kind: 'unit' as const, inspectorId: i.userId, unitId })),
  );
  const inputs = {
    units: objects.map((o) => ({ id: o.enterpriseId, library: o.library, positiveList: o.positiveList })),
    inspectorIds: available.map((i) => i.userId),
    exclusions,
    nonSiteChecks: DEFAULT_NON_SITE_CHECKS,
    ...(inspectorsPerObject ? { inspectorsPerObject } : {}),
  };
  return {
    inputs,
    units: Object.fromEntries(objects.map((o) => [o.enterpriseId, { name: o.name, uscc: o.uscc }])),
    inspectors: Object.fromEntries(available.map((i) => [i.userId, i.displayName])),
    draw: drawInspections({ ...inputs, seed, rates }),
  };
}

/** Re-runs a stored draw from its seed, rates and inputs: true when it gives the stored list. */
export function drawReproduces(seed: string, rates: readonly DrawRate[], stored: StoredDraw): boolean {
  const again = drawInspections({ ...stored.inputs, seed, rates });
  return JSON.stringify(again) === JSON.stringify(stored.draw);
}
