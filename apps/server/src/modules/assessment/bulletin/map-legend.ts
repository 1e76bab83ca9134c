/**
 * Colours of the bulletin map: the ranked cities split into five bands by rank (best green to worst
 * red), unranked cities grey. Bands are by rank so the map reads as the ranking does; the legend
 * names each band's ranks.
 */
const BAND_COLOURS = ['#2e9d4a', '#9ccc65', '#fdd835', '#fb8c00', '#e53935'] as const;
export const UNRANKED_COLOUR = '#c8c8c8';

export type MapLegend = {
  colours: Map<string, string>;
  entries: { colour: string; label: string; regionCodes: string[] }[];
};

export function mapLegend(ranked: readonly { regionCode: string; rank: number }[]): MapLegend {
  const n = ranked.length;
  const colours = new Map<string, string>();
  const bandRanks: number[][] = BAND_COLOURS.map(() => []);
  const bandCodes: string[][] = BAND_COLOURS.map(() => []);
  for (const c of ranked) {
    // Ties share a rank and therefore a band.
    const band = Math.min(BAND_COLOURS.length - 1, Math.floor(((c.rank - 1) * BAND_COLOURS.length) / Math.max(1, n)));
    colours.set(c.regionCode, BAND_COLOURS[band]!);
    bandRanks[band]!.push(c.rank);
    bandCodes[band]!.push(c.regionCode);
  }
  const entries: MapLegend['entries'] = bandRanks.flatMap((ranks, band) => {
    if (ranks.length === 0) return [];
    const lo = Math.min(...ranks);
    const hi = Math.max(...ranks);
    return [
      {
        colour: BAND_COLOURS[band]!,
        label: lo === hi ? `第${lo}名` : `第${lo}–${hi}名`,
        regionCodes: bandCodes[band]!,
      },
    ];
  });
  entries.push({ colour: UNRANKED_COLOUR, label: '未排名', regionCodes: [] });
  return { colours, entries };
}
