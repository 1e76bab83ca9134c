import { AQI_LEVELS } from '@ecocloud/standards';
import type { MapPiece } from '../../ui/map/province-map-option';
import type { ForecastStatus } from './types';

/** Shown for a missing AQI or class: no level, no standard colour. */
export const NO_DATA_COLOUR = '#BFBFBF';

/** HJ 633 level → colour (优 #00E400 … 严重污染 #7E0023), taken from the standards package, never retyped. */
const AQI_LEVEL_COLOURS: Readonly<Record<number, string>> = Object.fromEntries(AQI_LEVELS.map((l) => [l.level, l.hex]));

/** The colour of an AQI level 1–6; grey for null or anything outside the table. */
export function levelColour(level: number | null | undefined): string {
  return (level !== null && level !== undefined ? AQI_LEVEL_COLOURS[level] : undefined) ?? NO_DATA_COLOUR;
}

/** The level (1–6) of an integer AQI per HJ 633 table 2 (upper bounds 50, 100, 150, 200, 300, ∞); null for none. */
export function aqiToLevel(aqi: number | null | undefined): number | null {
  if (aqi === null || aqi === undefined || !Number.isFinite(aqi) || aqi < 0) return null;
  return (AQI_LEVELS.find((l) => aqi <= l.upper) ?? AQI_LEVELS[AQI_LEVELS.length - 1])?.level ?? null;
}

/** Text that stays readable on a level colour: dark on the light levels (优, 良, 轻度), white on the dark ones. */
export function textOnLevel(level: number | null | undefined): string {
  return level !== null && level !== undefined && level >= 4 ? '#FFFFFF' : '#1F1F1F';
}

/** Visual-map bands for AQI values: [0, 51) 优 … [301, ∞) 严重污染, with the standard colours. */
export function aqiMapPieces(labelOf: (level: number) => string): MapPiece[] {
  let min = 0;
  return AQI_LEVELS.map((l) => {
    const piece: MapPiece = { min, color: l.hex, label: labelOf(l.level) };
    if (Number.isFinite(l.upper)) piece.max = l.upper + 1;
    min = l.upper + 1;
    return piece;
  });
}

/**
 * GB 3838 water class → map colour, as the department's maps draw them: I–II blue, III green,
 * IV yellow, V orange, worse than V (class 6) red.
 */
const WATER_CLASS_COLOURS: Readonly<Record<number, string>> = {
  1: '#1677FF',
  2: '#1677FF',
  3: '#52C41A',
  4: '#FADB14',
  5: '#FA8C16',
  6: '#F5222D',
};

export function waterClassColour(waterClass: number | null | undefined): string {
  return (
    (waterClass !== null && waterClass !== undefined ? WATER_CLASS_COLOURS[waterClass] : undefined) ?? NO_DATA_COLOUR
  );
}

/** Forecast status → antd colour: on track green, at risk orange, off track red. */
export const STATUS_COLOURS: Readonly<Record<ForecastStatus, string>> = {
  on_track: '#52C41A',
  at_risk: '#FA8C16',
  off_track: '#F5222D',
};
