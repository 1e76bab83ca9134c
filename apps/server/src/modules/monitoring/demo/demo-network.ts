/**
 * The demo monitoring network of Guangxi: two national air stations per city, river sections of
 * the main rivers with their target classes, a lake point and two enterprise outlets. Names and
 * positions are approximate and for demonstration only.
 */
export type DemoCity = { code: string; name: string; lon: number; lat: number; pm25: number; no2: number };

// pm25/no2: the city's typical annual level (µg/m³) the generator is centred on.
export const DEMO_AIR_CITIES: DemoCity[] = [
  { code: '450100', name: '南宁', lon: 108.37, lat: 22.82, pm25: 29, no2: 27 },
  { code: '450200', name: '柳州', lon: 109.42, lat: 24.33, pm25: 34, no2: 25 },
  { code: '450300', name: '桂林', lon: 110.29, lat: 25.27, pm25: 33, no2: 22 },
  { code: '450400', name: '梧州', lon: 111.28, lat: 23.48, pm25: 30, no2: 20 },
  { code: '450500', name: '北海', lon: 109.12, lat: 21.48, pm25: 24, no2: 14 },
  { code: '450600', name: '防城港', lon: 108.35, lat: 21.69, pm25: 22, no2: 16 },
  { code: '450700', name: '钦州', lon: 108.65, lat: 21.98, pm25: 27, no2: 19 },
  { code: '450800', name: '贵港', lon: 109.6, lat: 23.11, pm25: 35, no2: 21 },
  { code: '450900', name: '玉林', lon: 110.18, lat: 22.65, pm25: 31, no2: 20 },
  { code: '451000', name: '百色', lon: 106.62, lat: 23.9, pm25: 30, no2: 18 },
  { code: '451100', name: '贺州', lon: 111.57, lat: 24.4, pm25: 32, no2: 17 },
  { code: '451200', name: '河池', lon: 108.09, lat: 24.69, pm25: 26, no2: 15 },
  { code: '451300', name: '来宾', lon: 109.22, lat: 23.75, pm25: 36, no2: 19 },
  { code: '451400', name: '崇左', lon: 107.36, lat: 22.38, pm25: 25, no2: 14 },
];

export const AIR_PARAMETERS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];
export const WATER_PARAMETERS = ['ph', 'do', 'codmn', 'cod', 'bod5', 'nh3_n', 'tp'];

/** [code, name, region, river, lon, lat, targetClass, quality]: quality scales the pollutant levels (1 = at target). */
export const DEMO_SECTIONS: [string, string, string, string, number, number, number, number][] = [
  ['GX-W-0101', '邕江老口', '450100', '邕江', 108.2, 22.85, 2, 0.7],
  ['GX-W-0102', '邕江六景', '450100', '郁江', 108.75, 22.88, 3, 0.8],
  ['GX-W-0201', '柳江露塘', '450200', '柳江', 109.5, 24.3, 2, 0.75],
  ['GX-W-0301', '漓江阳朔', '450321', '漓江', 110.49, 24.78, 2, 0.55],
  ['GX-W-0302', '漓江磨盘山', '450323', '漓江', 110.42, 25.45, 2, 0.45],
  ['GX-W-0401', '西江界首', '450400', '西江', 111.4, 23.47, 2, 0.8],
  ['GX-W-0501', '南流江亚桥', '450521', '南流江', 109.2, 21.7, 3, 1.25],
  ['GX-W-0601', '防城江', '450600', '防城江', 108.33, 21.75, 2, 0.7],
  ['GX-W-0701', '钦江高速公路西桥', '450700', '钦江', 108.6, 22.0, 3, 1.15],
  ['GX-W-0801', '郁江石嘴', '450800', '郁江', 109.55, 23.08, 2, 0.85],
  ['GX-W-0901', '南流江横塘', '450900', '南流江', 110.1, 22.5, 3, 1.6],
  ['GX-W-1001', '右江百色', '451000', '右江', 106.6, 23.88, 2, 0.6],
  ['GX-W-1101', '贺江信都', '451100', '贺江', 111.6, 24.1, 2, 0.65],
  ['GX-W-1201', '龙江河池', '451200', '龙江', 108.05, 24.7, 2, 0.7],
  ['GX-W-1301', '红水河来宾', '451300', '红水河', 109.25, 23.72, 2, 0.75],
  ['GX-W-1401', '左江崇左', '451400', '左江', 107.35, 22.4, 2, 0.7],
];

export const DEMO_LAKE: [string, string, string, number, number, number, number] = ['GX-L-0101', '南湖', '450100', 108.35, 22.8, 4, 0.9];

/** Enterprise outlets sending HJ 212: [code, name, region, ST, MN, factor map]. */
export const DEMO_OUTLETS: [string, string, string, string, string, Record<string, { parameter: string; scale: number }>][] = [
  ['GX-S-0001', '南宁示范热电 1#烟囱', '450103', '31', 'GXDEMO0000000000000000S1', {
    a21026: { parameter: 'so2', scale: 1 }, a21002: { parameter: 'nox', scale: 1 }, a34013: { parameter: 'dust', scale: 1 }, a00000: { parameter: 'flue_gas_flow', scale: 1 },
  }],
  ['GX-S-0002', '柳州示范钢铁 废水总排口', '450200', '32', 'GXDEMO0000000000000000W1', {
    w01018: { parameter: 'cod', scale: 1 }, w21003: { parameter: 'nh3_n', scale: 1 }, w00000: { parameter: 'flow', scale: 1 },
  }],
];

/** Lognormal noise with median 1. */
export function noise(rand: () => number, sigma: number): number {
  const u = Math.max(rand(), 1e-9);
  const v = rand();
  return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}
