/**
 * The demo's "other media" points: coastal sea points (GB 3097), urban noise points (GB 3096) and
 * ambient gamma dose-rate stations. Names, positions and backgrounds are approximate and for
 * demonstration only.
 */
import type { NoiseZone } from '@ecocloud/standards';

/** A coastal sea point; `quality` scales nutrients (1 ≈ class I–II, 2.4 ≈ class III–IV). */
export type DemoSeaPoint = {
  code: string;
  name: string;
  regionCode: string;
  lon: number;
  lat: number;
  quality: number;
};

// Qinzhou Bay's inner waters carry the nutrient load of the Qin and Maoling rivers: the one worse point.
export const DEMO_SEA_POINTS: DemoSeaPoint[] = [
  { code: 'GX-SEA-0501', name: '北海银滩近岸', regionCode: '450500', lon: 109.13, lat: 21.41, quality: 1 },
  { code: 'GX-SEA-0701', name: '钦州湾茅尾海', regionCode: '450700', lon: 108.55, lat: 21.82, quality: 2.4 },
  { code: 'GX-SEA-0601', name: '防城港湾', regionCode: '450600', lon: 108.37, lat: 21.58, quality: 1.15 },
];

export const SEA_PARAMETERS = ['ph', 'do', 'cod', 'bod5', 'din', 'phosphate', 'petroleum'];

/** A noise point in a functional zone; `margin` is the usual dB(A) below the zone limits, `nightRisk` the share of loud nights. */
export type DemoNoisePoint = {
  code: string;
  name: string;
  regionCode: string;
  lon: number;
  lat: number;
  zone: NoiseZone;
  margin: number;
  nightRisk: number;
};

// Two per city in different zones; roadside (4a) and industrial points break the night limit more often.
export const DEMO_NOISE_POINTS: DemoNoisePoint[] = [
  {
    code: 'GX-N-0101',
    name: '南宁青秀居住区',
    regionCode: '450103',
    lon: 108.38,
    lat: 22.81,
    zone: '1',
    margin: 4,
    nightRisk: 0.03,
  },
  {
    code: 'GX-N-0102',
    name: '南宁民族大道',
    regionCode: '450103',
    lon: 108.4,
    lat: 22.82,
    zone: '4a',
    margin: 3,
    nightRisk: 0.1,
  },
  {
    code: 'GX-N-0201',
    name: '柳州柳东工业区',
    regionCode: '450200',
    lon: 109.5,
    lat: 24.36,
    zone: '3',
    margin: 5,
    nightRisk: 0.05,
  },
  {
    code: 'GX-N-0202',
    name: '柳州城中商业区',
    regionCode: '450200',
    lon: 109.41,
    lat: 24.32,
    zone: '2',
    margin: 4,
    nightRisk: 0.04,
  },
  {
    code: 'GX-N-0301',
    name: '桂林两江四湖',
    regionCode: '450300',
    lon: 110.29,
    lat: 25.28,
    zone: '1',
    margin: 5,
    nightRisk: 0.02,
  },
  {
    code: 'GX-N-0302',
    name: '桂林火车站',
    regionCode: '450300',
    lon: 110.28,
    lat: 25.26,
    zone: '4b',
    margin: 4,
    nightRisk: 0.06,
  },
  {
    code: 'GX-N-0501',
    name: '北海海城居住区',
    regionCode: '450500',
    lon: 109.11,
    lat: 21.47,
    zone: '2',
    margin: 5,
    nightRisk: 0.03,
  },
  {
    code: 'GX-N-0502',
    name: '北海港区',
    regionCode: '450500',
    lon: 109.08,
    lat: 21.49,
    zone: '3',
    margin: 4,
    nightRisk: 0.05,
  },
];

export const NOISE_PARAMETERS = ['leq_day', 'leq_night'];

/**
 * An automatic gamma dose-rate station. Background (nGy/h) is the station's own range from years of
 * records; the investigation level is the station's (no verified national figure). `latestBump`
 * lifts the newest hour above background so the demo shows a finding (rain washing out radon daughters).
 */
export type DemoRadiationStation = {
  code: string;
  name: string;
  regionCode: string;
  lon: number;
  lat: number;
  backgroundMin: number;
  backgroundMax: number;
  investigationLevel: number;
  latestBump: number;
};

export const DEMO_RADIATION_STATIONS: DemoRadiationStation[] = [
  {
    code: 'GX-R-0101',
    name: '南宁辐射环境自动站',
    regionCode: '450100',
    lon: 108.33,
    lat: 22.84,
    backgroundMin: 62,
    backgroundMax: 118,
    investigationLevel: 180,
    latestBump: 0,
  },
  {
    code: 'GX-R-0601',
    name: '防城港核电站周边（光坡）',
    regionCode: '450600',
    lon: 108.55,
    lat: 21.62,
    backgroundMin: 55,
    backgroundMax: 105,
    investigationLevel: 160,
    latestBump: 1.12,
  },
  {
    code: 'GX-R-0301',
    name: '桂林辐射环境自动站',
    regionCode: '450300',
    lon: 110.3,
    lat: 25.3,
    backgroundMin: 70,
    backgroundMax: 130,
    investigationLevel: 190,
    latestBump: 0,
  },
];
