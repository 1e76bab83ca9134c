import type { CityEvaluation } from './types';

/** The highest (worst) rank given, or null when no city is ranked; every city sharing it is "last". */
export function worstRank(cities: readonly Pick<CityEvaluation, 'rank'>[]): number | null {
  let worst: number | null = null;
  for (const c of cities) if (c.rank !== null && (worst === null || c.rank > worst)) worst = c.rank;
  return worst;
}

/** The cities at the worst rank (one, or several when they tie), in region-code order. */
export function worstCities<T extends Pick<CityEvaluation, 'rank' | 'regionCode'>>(cities: readonly T[]): T[] {
  const worst = worstRank(cities);
  return worst === null
    ? []
    : cities.filter((c) => c.rank === worst).sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}
