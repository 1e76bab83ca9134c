import { parseDecimal, ceil, cmp, fromInt, mul, div } from '@ecocloud/standards';
import {
  DEFAULT_INSPECTORS_PER_OBJECT,
  DEFAULT_NON_SITE_CHECKS,
  type DrawRate,
  type NonSiteCheck,
  type ObjectLibrary,
} from './draw-rates';
import { DRAW_ALGORITHM, drawK, uniformBelow, wordStream } from './draw-stream';

/**
 * 双随机: draws the units to inspect and the inspectors who go, reproducibly from a published seed.
 * Same seed and same inputs → the same list, whatever order the inputs come in (they are sorted by
 * id first, in UTF-16 code-unit order, JavaScript's default sort). See draw-stream.ts for the stream.
 *
 * - Units: per library (key, special, general, in that order), ⌈pool × percent / 100⌉ (at least the
 *   rate's minimum, at most the pool) by a partial shuffle of the library's units (label `objects:<library>`).
 * - Inspectors: for each drawn unit, `inspectorsPerObject` inspectors one by one (label
 *   `inspectors:<unit id>`), each uniform among those still eligible: never one recused from the
 *   unit, never one in conflict with a teammate already drawn. Too few eligible → `shortfall` > 0.
 * - Positive-list units get the non-site checks (online data, video, power use) instead of a visit.
 */

/** A recusal: an inspector from a unit, or two inspectors who must not work together. */
export type DrawExclusion =
  { kind: 'unit'; inspectorId: string; unitId: string } | { kind: 'pair'; inspectorIds: readonly [string, string] };

export type DrawInput = {
  seed: string;
  units: readonly { id: string; library: ObjectLibrary; positiveList: boolean }[];
  inspectorIds: readonly string[];
  exclusions: readonly DrawExclusion[];
  rates: readonly DrawRate[];
  inspectorsPerObject?: number;
  nonSiteChecks?: readonly NonSiteCheck[];
};

type DrawnObject = {
  unitId: string;
  library: ObjectLibrary;
  method: 'site_visit' | 'non_site';
  /** The checks that replace the visit (positive-list units), empty for a visit. */
  checks: NonSiteCheck[];
  inspectorIds: string[];
  /** Inspectors missing for want of eligible ones (0 when fully staffed). */
  shortfall: number;
};

export type DrawResult = {
  algorithm: typeof DRAW_ALGORITHM;
  seed: string;
  libraries: { library: ObjectLibrary; poolSize: number; percent: string; required: number }[];
  objects: DrawnObject[];
};

const LIBRARIES: readonly ObjectLibrary[] = ['key', 'special', 'general'];
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkId(kind: string, id: string): void {
  if (id.length === 0 || id.includes('\0'))
    throw new RangeError(`${kind} must be non-empty without NUL: ${JSON.stringify(id)}`);
}

function uniqueSorted(kind: string, ids: readonly string[]): string[] {
  ids.forEach((id) => checkId(kind, id));
  const sorted = [...ids].sort(byCodeUnits);
  const repeated = sorted.find((id, i) => i > 0 && sorted[i - 1] === id);
  if (repeated !== undefined) throw new RangeError(`${kind} ${repeated} listed twice`);
  return sorted;
}

/** ⌈pool × percent / 100⌉, at least `minimum`, at most the pool (exact: percent is a decimal string). */
function requiredCount(pool: number, rate: DrawRate): number {
  const percent = parseDecimal(rate.percent);
  if (cmp(percent, fromInt(0)) < 0 || cmp(percent, fromInt(100)) > 0)
    throw new RangeError(`${rate.library}: percent must be 0..100, got ${rate.percent}`);
  const byShare = Number(ceil(div(mul(fromInt(pool), percent), fromInt(100))));
  return Math.min(pool, Math.max(byShare, rate.minimum ?? 0));
}

export function drawInspections(input: DrawInput): DrawResult {
  checkId('seed', input.seed);
  const perObject = input.inspectorsPerObject ?? DEFAULT_INSPECTORS_PER_OBJECT;
  if (!Number.isInteger(perObject) || perObject < 1)
    throw new RangeError(`inspectorsPerObject must be ≥ 1: ${perObject}`);
  const checks = [...(input.nonSiteChecks ?? DEFAULT_NON_SITE_CHECKS)];
  const unitIds = uniqueSorted(
    'unit',
    input.units.map((u) => u.id),
  );
  const units = new Map(input.units.map((u) => [u.id, u]));
  const inspectors = uniqueSorted('inspector', input.inspectorIds);
  const recused = new Set(
    input.exclusions.flatMap((e) => (e.kind === 'unit' ? [`${e.inspectorId}\0${e.unitId}`] : [])),
  );
  const conflicts = new Set(
    input.exclusions.flatMap((e) =>
      e.kind === 'pair' ? [e.inspectorIds.join('\0'), [...e.inspectorIds].reverse().join('\0')] : [],
    ),
  );

  const libraries: DrawResult['libraries'] = [];
  const objects: DrawnObject[] = [];
  for (const library of LIBRARIES) {
    const rates = input.rates.filter((r) => r.library === library);
    if (rates.length > 1) throw new RangeError(`${library}: one rate per library`);
    const rate = rates[0];
    if (!rate) continue;
    const pool = unitIds.filter((id) => units.get(id)!.library === library);
    const required = requiredCount(pool.length, rate);
    libraries.push({ library, poolSize: pool.length, percent: rate.percent, required });

    for (const unitId of drawK(pool, required, wordStream(input.seed, `objects:${library}`))) {
      const next = wordStream(input.seed, `inspectors:${unitId}`);
      let eligible = inspectors.filter((i) => !recused.has(`${i}\0${unitId}`));
      const team: string[] = [];
      while (team.length < perObject && eligible.length > 0) {
        const pick = eligible[uniformBelow(next, eligible.length)]!;
        team.push(pick);
        eligible = eligible.filter((i) => i !== pick && !conflicts.has(`${pick}\0${i}`));
      }
      const positive = units.get(unitId)!.positiveList;
      objects.push({
        unitId,
        library,
        method: positive ? 'non_site' : 'site_visit',
        checks: positive ? [...checks] : [],
        inspectorIds: team,
        shortfall: perObject - team.length,
      });
    }
  }
  return { algorithm: DRAW_ALGORITHM, seed: input.seed, libraries, objects };
}
