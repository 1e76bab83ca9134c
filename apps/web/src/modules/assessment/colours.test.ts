import { describe, expect, it } from 'vitest';
import { aqiMapPieces, aqiToLevel, levelColour, NO_DATA_COLOUR, textOnLevel, waterClassColour } from './colours';

describe('AQI level colours (HJ 633 table 2)', () => {
  it.each([
    [1, '#00E400'],
    [2, '#FFFF00'],
    [3, '#FF7E00'],
    [4, '#FF0000'],
    [5, '#99004C'],
    [6, '#7E0023'],
  ])('level %i is %s', (level, hex) => {
    expect(levelColour(level).toUpperCase()).toBe(hex);
  });

  it('is grey without a level or outside the table', () => {
    expect(levelColour(null)).toBe(NO_DATA_COLOUR);
    expect(levelColour(undefined)).toBe(NO_DATA_COLOUR);
    expect(levelColour(7)).toBe(NO_DATA_COLOUR);
  });

  it.each([
    [0, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [101, 3],
    [150, 3],
    [151, 4],
    [200, 4],
    [201, 5],
    [300, 5],
    [301, 6],
    [500, 6],
  ])('AQI %i is level %i (upper bounds inclusive)', (aqi, level) => {
    expect(aqiToLevel(aqi)).toBe(level);
  });

  it('has no level for a missing AQI', () => {
    expect(aqiToLevel(null)).toBeNull();
    expect(aqiToLevel(-1)).toBeNull();
  });

  it('writes white on the dark levels only', () => {
    expect(textOnLevel(2)).toBe('#1F1F1F');
    expect(textOnLevel(5)).toBe('#FFFFFF');
  });

  it('bands the map at 51, 101, 151, 201, 301 with an open top', () => {
    const pieces = aqiMapPieces((l) => `L${l}`);
    expect(pieces.map((p) => [p.min, p.max])).toEqual([
      [0, 51],
      [51, 101],
      [101, 151],
      [151, 201],
      [201, 301],
      [301, undefined],
    ]);
    expect(pieces[0]?.color.toUpperCase()).toBe('#00E400');
    expect(pieces[5]?.label).toBe('L6');
  });
});

describe('water class colours', () => {
  it('draws I–II blue, III green, IV yellow, V orange, worse than V red', () => {
    expect(waterClassColour(1)).toBe(waterClassColour(2));
    expect([3, 4, 5, 6].map(waterClassColour)).toEqual(['#52C41A', '#FADB14', '#FA8C16', '#F5222D']);
    expect(waterClassColour(null)).toBe(NO_DATA_COLOUR);
  });
});
