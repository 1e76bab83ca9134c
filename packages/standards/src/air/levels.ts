/** AQI level 1-6 (一级 … 六级). */
export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface AqiLevelInfo {
  level: AqiLevel;
  roman: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
  /** 类别, as printed in HJ 633. */
  categoryZh: string;
  /** Common MEE English usage; not in the standard text (reference §1.2 ⚠). */
  categoryEn: string;
  colourZh: string;
  colourEn: string;
  /** #RRGGBB derived from the standard's RGB. */
  hex: string;
  rgb: readonly [number, number, number];
  /** Highest AQI of the level; Infinity for level 6. */
  upper: number;
}

// HJ 633-2012 table 2 / HJ 633-2026 table 1 (identical apart from level I starting at 1 in 2026).
export const AQI_LEVELS: readonly AqiLevelInfo[] = [
  {
    level: 1,
    roman: 'I',
    categoryZh: '优',
    categoryEn: 'Excellent',
    colourZh: '绿色',
    colourEn: 'green',
    hex: '#00E400',
    rgb: [0, 228, 0],
    upper: 50,
  },
  {
    level: 2,
    roman: 'II',
    categoryZh: '良',
    categoryEn: 'Good',
    colourZh: '黄色',
    colourEn: 'yellow',
    hex: '#FFFF00',
    rgb: [255, 255, 0],
    upper: 100,
  },
  {
    level: 3,
    roman: 'III',
    categoryZh: '轻度污染',
    categoryEn: 'Lightly polluted',
    colourZh: '橙色',
    colourEn: 'orange',
    hex: '#FF7E00',
    rgb: [255, 126, 0],
    upper: 150,
  },
  {
    level: 4,
    roman: 'IV',
    categoryZh: '中度污染',
    categoryEn: 'Moderately polluted',
    colourZh: '红色',
    colourEn: 'red',
    hex: '#FF0000',
    rgb: [255, 0, 0],
    upper: 200,
  },
  {
    level: 5,
    roman: 'V',
    categoryZh: '重度污染',
    categoryEn: 'Heavily polluted',
    colourZh: '紫色',
    colourEn: 'purple',
    hex: '#99004C',
    rgb: [153, 0, 76],
    upper: 300,
  },
  {
    level: 6,
    roman: 'VI',
    categoryZh: '严重污染',
    categoryEn: 'Severely polluted',
    colourZh: '褐红色',
    colourEn: 'maroon',
    hex: '#7E0023',
    rgb: [126, 0, 35],
    upper: Infinity,
  },
];

/**
 * Level of an integer AQI (HJ 633-2012 table 2; HJ 633-2026 table 1). AQI 0 (every pollutant at zero)
 * is put in level I under both versions.
 */
export function aqiLevel(aqi: number): AqiLevelInfo {
  if (!Number.isInteger(aqi) || aqi < 0) throw new RangeError(`AQI must be a non-negative integer, got ${aqi}`);
  return AQI_LEVELS.find((l) => aqi <= l.upper) as AqiLevelInfo;
}
