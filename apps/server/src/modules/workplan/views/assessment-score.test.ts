import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, percentOneDecimal, scoreUnit, type UnitFacts } from './assessment-score';

const facts: UnitFacts = {
  items: 4,
  percentSum: 300,
  reportsDue: 10,
  reportsOnTime: 8,
  indicatorsJudged: 2,
  indicatorsAttained: 1,
};

describe('unit assessment score', () => {
  it.each<[string, Partial<UnitFacts>, { completion: number; timeliness: number; attainment: number; score: number }]>([
    ['the weighted mean of the three components', {}, { completion: 75, timeliness: 80, attainment: 50, score: 71.5 }],
    [
      'all done, all on time, all attained',
      { percentSum: 400, reportsOnTime: 10, indicatorsAttained: 2 },
      { completion: 100, timeliness: 100, attainment: 100, score: 100 },
    ],
    [
      'no indicators: their weight is shared out',
      { indicatorsJudged: 0, indicatorsAttained: 0 },
      { completion: 75, timeliness: 80, attainment: 0, score: 76.9 },
    ],
  ])('%s', (_why, patch, expected) => {
    expect(scoreUnit({ ...facts, ...patch }, DEFAULT_WEIGHTS)).toEqual(expected);
  });

  it("follows the plan's weights", () => {
    expect(scoreUnit(facts, { completion: 0, timeliness: 0, attainment: 100 }).score).toBe(50);
    expect(scoreUnit(facts, { completion: 0, timeliness: 0, attainment: 0 }).score).toBe(0);
  });

  it.each([
    [1n, 3n, 33.3],
    [2n, 3n, 66.7],
    [1n, 8n, 12.5],
    [1n, 16n, 6.2],
    [3n, 16n, 18.8],
    [0n, 0n, 0],
  ] as const)('%i/%i as a percent to one decimal, half to even = %d', (n, d, expected) => {
    expect(percentOneDecimal({ n, d })).toBe(expected);
  });
});
