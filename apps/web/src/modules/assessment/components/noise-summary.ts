import type { NoisePointSchema } from '@ecocloud/contracts';
import type { z } from 'zod';

export type NoiseDay = z.infer<typeof NoisePointSchema>;

export type NoiseSummary = {
  code: string;
  name: string;
  regionCode: string;
  zone: string | null;
  days: number;
  dayLimit: number | null;
  nightLimit: number | null;
  /** Energy means of the daily Leq, dB(A), 1 decimal; null without values. */
  dayLeq: number | null;
  nightLeq: number | null;
  dayOver: number;
  nightOver: number;
  latest: NoiseDay | null;
};

/**
 * The energy mean of levels in dB: 10·lg(mean 10^(L/10)). Sound levels add as energies, so an
 * arithmetic mean would understate loud days; this is a display figure (compliance is judged per day).
 */
export function energyMean(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const mean = levels.reduce((s, l) => s + 10 ** (l / 10), 0) / levels.length;
  return Math.round(100 * Math.log10(mean)) / 10;
}

/** Per noise point: days measured, mean day/night Leq, limits and the days over the limit (as the server judged them). */
export function summariseNoise(days: readonly NoiseDay[]): NoiseSummary[] {
  const byCode = new Map<string, NoiseDay[]>();
  for (const d of days) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  return [...byCode.values()].map((list) => {
    const first = list[0]!;
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
    const values = (pick: (d: NoiseDay) => number | null) => list.map(pick).filter((v): v is number => v !== null);
    return {
      code: first.code,
      name: first.name,
      regionCode: first.regionCode,
      zone: first.zone,
      days: list.length,
      dayLimit: first.dayLimit,
      nightLimit: first.nightLimit,
      dayLeq: energyMean(values((d) => d.dayLeq)),
      nightLeq: energyMean(values((d) => d.nightLeq)),
      dayOver: list.filter((d) => d.dayCompliant === false).length,
      nightOver: list.filter((d) => d.nightCompliant === false).length,
      latest: sorted.at(-1) ?? null,
    };
  });
}
