import { describe, expect, it } from 'vitest';
import { compositeRegionValues, RANK_COLOURS, rankPieces, statusPieces, targetRegionValues } from './map-values';
import type { CityEvaluation, TargetProgress } from './types';

function city(regionCode: string, rank: number | null, compositeIndex: string | null): CityEvaluation {
  return { regionCode, rank, compositeIndex } as CityEvaluation;
}

describe('compositeRegionValues', () => {
  it('colours thirds by rank, every city at the last rank red and unranked grey', () => {
    const cities = [
      city('1', 1, '3.10'),
      city('2', 2, '3.20'),
      city('3', 3, '3.30'),
      city('4', 4, '3.40'),
      city('5', 5, '3.50'),
      city('6', 5, '3.50'),
      city('7', null, null),
    ];
    const v = compositeRegionValues(cities);
    expect(v['1']?.color).toBe(RANK_COLOURS.top);
    expect(v['2']?.color).toBe(RANK_COLOURS.top);
    expect(v['3']?.color).toBe(RANK_COLOURS.middle);
    expect(v['4']?.color).toBe(RANK_COLOURS.middle);
    expect(v['5']?.color).toBe(RANK_COLOURS.last);
    expect(v['6']?.color).toBe(RANK_COLOURS.last);
    expect(v['7']).toEqual({ value: null, color: RANK_COLOURS.none, label: '#— · —' });
    expect(v['3']?.value).toBe(1);
    expect(v['5']?.value).toBe(3);
    expect(v['3']?.label).toBe('#3 · 3.30');
  });
});

describe('targetRegionValues', () => {
  it('keeps the worst status of a city', () => {
    const t = (regionCode: string, status: TargetProgress['status']) => ({ regionCode, status }) as TargetProgress;
    const v = targetRegionValues(
      [t('A', 'on_track'), t('A', 'off_track'), t('A', 'at_risk'), t('B', 'at_risk'), t('C', null)],
      (s) => s,
    );
    expect(v.A?.label).toBe('off_track');
    expect(v.B?.label).toBe('at_risk');
    expect(v.C).toBeUndefined();
  });
});

describe('map pieces', () => {
  it('band the values so the visual map paints each region (the geo layer ignores own colours)', () => {
    expect(rankPieces((b) => b).map((p) => [p.min, p.max, p.color])).toEqual([
      [0, 1, RANK_COLOURS.top],
      [1, 2, RANK_COLOURS.middle],
      [2, 3, RANK_COLOURS.bottom],
      [3, 4, RANK_COLOURS.last],
    ]);
    expect(statusPieces((s) => s).map((p) => [p.min, p.label])).toEqual([
      [0, 'on_track'],
      [1, 'at_risk'],
      [2, 'off_track'],
    ]);
  });
});
