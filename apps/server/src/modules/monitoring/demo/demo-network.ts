/**
 * The demo monitoring network of Guangxi: the national air stations of the 14 cities under their
 * published names and positions, about a hundred river sections of the main rivers with their target
 * classes, a lake point and two enterprise outlets. Section names, positions and qualities are
 * plausible, not official; the city levels the generator is centred on are typical, not measured.
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

/**
 * The national (国控) air stations of each city as the national real-time feed published them:
 * [national station code, published name, lon, lat], in code order. Source: China National
 * Environmental Monitoring Centre (CNEMC), national urban air quality real-time publishing platform
 * (station list of the 2017–2018 feed). Public facts; see README › Credits.
 */
const DEMO_AIR_STATIONS: Record<string, [nationalCode: string, name: string, lon: number, lat: number][]> = {
  '450100': [
    ['1401A', '振宁花园', 108.301, 22.7875],
    ['1402A', '北湖', 108.316, 22.8561],
    ['1403A', '市监测站', 108.321, 22.8225],
    ['1404A', '大自然花园', 108.383, 22.805],
    ['1405A', '仙葫', 108.439, 22.7906],
    ['1406A', '区农职院', 108.239, 22.8464],
    ['1407A', '英华嘉园', 108.328, 22.735],
    ['1408A', '沙井镇街道办', 108.244, 22.7833],
  ],
  '450200': [
    ['1870A', '柳东小学', 109.4883, 24.3898],
    ['1871A', '环保监测站', 109.4108, 24.3304],
    ['1872A', '河西水厂', 109.3886, 24.3406],
    ['1873A', '市四中', 109.4221, 24.299],
    ['1874A', '市九中', 109.3957, 24.3663],
    ['1875A', '古亭山', 109.4839, 24.3158],
  ],
  '450300': [
    ['1862A', '电子科大尧山校区', 110.4144, 25.3167],
    ['1863A', '监测站', 110.2819, 25.2697],
    ['1864A', '龙隐路小学', 110.3089, 25.2708],
    ['1865A', '八中', 110.2869, 25.2178],
  ],
  '450400': [
    ['2495A', '市环保', 111.2897, 23.4792],
    ['2496A', '云盖小学', 111.3178, 23.475],
    ['2497A', '龙圩', 111.2353, 23.415],
    ['2498A', '龙新', 111.26, 23.4794],
  ],
  '450500': [
    ['1866A', '牛尾岭水库', 109.2256, 21.5958],
    ['1867A', '海滩公园', 109.1436, 21.4086],
    ['1868A', '新市环保局', 109.0981, 21.4661],
    ['1869A', '北海工业园', 109.1778, 21.5233],
  ],
  '450600': [
    ['2499A', '沙万', 108.3411, 21.6158],
    ['2500A', '防城镇政府', 108.3511, 21.7631],
    ['2501A', '大海花园', 108.3506, 21.6414],
  ],
  '450700': [
    ['2502A', '市环保站', 108.6236, 21.9667],
    ['2503A', '市农科院', 108.6553, 21.9508],
    ['2504A', '港区一小', 108.5989, 21.7431],
  ],
  '450800': [
    ['2505A', '德智高中', 109.5681, 23.1478],
    ['2506A', '江南子站', 109.6042, 23.0672],
    ['2507A', '贵城子站', 109.6014, 23.0944],
    ['2508A', '荷城子站', 109.5683, 23.1036],
  ],
  '450900': [
    ['2509A', '寒山水库', 110.1106, 22.7019],
    ['2510A', '市监测站', 110.1675, 22.6411],
    ['2511A', '南江一中', 110.1433, 22.6164],
  ],
  '451000': [
    ['2512A', '市监测站', 106.6103, 23.9011],
    ['2513A', '市中心血站', 106.6527, 23.8844],
  ],
  '451100': [
    ['2514A', '环保小区', 111.5269, 24.4175],
    ['2515A', '政协大楼', 111.5622, 24.4072],
  ],
  '451200': [
    ['2516A', '东仁乐园', 108.2134, 24.7121],
    ['2517A', '市环保站', 108.054, 24.6928],
    ['2518A', '市疾控中心', 108.1009, 24.6967],
  ],
  '451300': [
    ['2519A', '来宾二中', 109.2131, 23.7208],
    ['2520A', '来冶招待所', 109.2317, 23.7369],
  ],
  '451400': [
    ['2521A', '市环保局江州分局', 107.3476, 22.4137],
    ['2522A', '城南新区', 107.3701, 22.3708],
  ],
};

/** The demo's air stations: code GX-A-<city>-<n> (n in the feed's order), the published name and position. */
export const demoAirStations = () =>
  DEMO_AIR_CITIES.flatMap((city) =>
    (DEMO_AIR_STATIONS[city.code] ?? []).map(([nationalCode, name, lon, lat], i) => ({
      city,
      no: i + 1,
      code: `GX-A-${city.code}-${i + 1}`,
      nationalCode,
      name,
      lon,
      lat,
    })),
  );

export const AIR_PARAMETERS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];
export const WATER_PARAMETERS = ['ph', 'do', 'codmn', 'cod', 'bod5', 'nh3_n', 'tp'];

/** A river section: [name, river, lon, lat, targetClass, quality, nationally assessed, region (default the city)]. */
type SectionRow = [
  name: string,
  river: string,
  lon: number,
  lat: number,
  targetClass: number,
  quality: number,
  national: boolean,
  region?: string,
];

// Per city, the main stems, boundary and inflow sections first. `quality` scales the pollutant levels
// (1 = at the target class's limits): most sections are well inside, a few coastal-plain rivers
// (南流江, 钦江, 九洲江, 武思江, 西门江) carry the farming and sewage load and miss their targets.
const SECTIONS_BY_CITY: Record<string, SectionRow[]> = {
  '450100': [
    ['邕江老口', '邕江', 108.2, 22.85, 2, 0.7, true],
    ['邕江六景', '郁江', 108.75, 22.88, 3, 0.8, true],
    ['左江宋村', '左江', 108.05, 22.82, 2, 0.7, true],
    ['右江那龙', '右江', 107.82, 23.1, 2, 0.65, true],
    ['邕江水塘江', '邕江', 108.43, 22.78, 3, 0.85, false],
    ['郁江西津', '郁江', 109.1, 22.72, 2, 0.75, true],
    ['武鸣河灵马', '武鸣河', 108.05, 23.35, 3, 0.9, false],
    ['八尺江大塘', '八尺江', 108.55, 22.62, 3, 1.05, false],
    ['红水河乔利', '红水河', 108.25, 23.7, 2, 0.6, true],
    ['良凤江', '良凤江', 108.27, 22.73, 3, 0.95, false],
  ],
  '450200': [
    ['柳江露塘', '柳江', 109.5, 24.3, 2, 0.75, true],
    ['柳江三门江', '柳江', 109.47, 24.38, 2, 0.7, true],
    ['柳江凤山', '柳江', 109.33, 24.58, 2, 0.65, true],
    ['融江大将', '融江', 109.4, 25.2, 2, 0.6, true],
    ['浔江老堡', '浔江', 109.55, 25.72, 2, 0.5, false],
    ['都柳江梅林', '都柳江', 109.35, 25.95, 2, 0.55, true],
    ['贝江融水', '贝江', 109.25, 25.07, 2, 0.5, false],
    ['洛清江鹿寨', '洛清江', 109.73, 24.47, 3, 0.8, false],
    ['柳江百朋', '柳江', 109.33, 24.13, 2, 0.75, true],
  ],
  '450300': [
    ['漓江阳朔', '漓江', 110.49, 24.78, 2, 0.55, true, '450321'],
    ['漓江磨盘山', '漓江', 110.42, 25.45, 2, 0.45, true, '450323'],
    ['漓江象鼻山', '漓江', 110.3, 25.27, 2, 0.6, true],
    ['桃花江芦笛岩', '桃花江', 110.27, 25.3, 3, 0.85, false],
    ['漓江大圩', '漓江', 110.43, 25.2, 2, 0.55, true],
    ['湘江庙头', '湘江', 111.1, 26.0, 2, 0.6, true],
    ['资江资源', '资江', 110.65, 26.03, 2, 0.45, true],
    ['桂江平乐', '桂江', 110.64, 24.63, 2, 0.6, true],
    ['荔浦河荔浦', '荔浦河', 110.4, 24.5, 3, 0.8, false],
    ['恭城河恭城', '恭城河', 110.82, 24.83, 2, 0.65, false],
    ['灵渠兴安', '灵渠', 110.67, 25.6, 2, 0.55, false],
    ['洛清江永福', '洛清江', 109.98, 24.98, 3, 0.75, false],
  ],
  '450400': [
    ['西江界首', '西江', 111.4, 23.47, 2, 0.8, true],
    ['桂江京南', '桂江', 111.33, 23.65, 2, 0.6, true],
    ['西江龙圩', '西江', 111.24, 23.42, 2, 0.75, false],
    ['浔江藤县', '浔江', 110.92, 23.38, 2, 0.75, true],
    ['北流河系龙', '北流河', 111.18, 23.45, 3, 0.85, true],
    ['蒙江濛江', '蒙江', 110.6, 23.7, 2, 0.6, false],
    ['黄华河岑溪', '黄华河', 110.99, 22.92, 3, 0.8, false],
  ],
  '450500': [
    ['南流江亚桥', '南流江', 109.2, 21.7, 3, 1.25, true, '450521'],
    ['南流江总江桥', '南流江', 109.22, 21.67, 3, 1.15, true, '450521'],
    ['西门江合浦', '西门江', 109.18, 21.65, 4, 1.35, false, '450521'],
    ['白沙河白沙', '白沙河', 109.55, 21.6, 3, 0.95, false],
    ['南康江南康', '南康江', 109.4, 21.6, 3, 1.2, false],
  ],
  '450600': [
    ['防城江', '防城江', 108.33, 21.75, 2, 0.7, true],
    ['北仑河东兴', '北仑河', 107.97, 21.55, 2, 0.65, true],
    ['北仑河口', '北仑河', 108.03, 21.52, 2, 0.75, true],
    ['茅岭江茅岭', '茅岭江', 108.45, 21.85, 3, 0.9, true],
    ['江平江江平', '江平江', 108.2, 21.6, 3, 0.85, false],
  ],
  '450700': [
    ['钦江高速公路西桥', '钦江', 108.6, 22.0, 3, 1.15, true],
    ['钦江青年水闸', '钦江', 108.62, 21.97, 3, 1.1, false],
    ['钦江灵山', '钦江', 109.29, 22.42, 3, 0.95, true],
    ['茅岭江大寺', '茅岭江', 108.3, 22.0, 3, 0.85, false],
    ['大风江大风江口', '大风江', 108.9, 21.75, 3, 0.9, true],
    ['武利江武利', '武利江', 109.35, 22.2, 3, 0.85, false],
    ['钦江陆屋', '钦江', 109.05, 22.3, 3, 1.0, false],
  ],
  '450800': [
    ['郁江石嘴', '郁江', 109.55, 23.08, 2, 0.85, true],
    ['浔江桂平', '浔江', 110.08, 23.4, 2, 0.7, true],
    ['黔江大藤峡', '黔江', 110.0, 23.55, 2, 0.6, true],
    ['郁江东津', '郁江', 109.75, 23.08, 2, 0.8, false],
    ['浔江平南', '浔江', 110.39, 23.54, 2, 0.75, true],
    ['武思江桥圩', '武思江', 109.9, 22.9, 3, 1.5, true],
  ],
  '450900': [
    ['南流江横塘', '南流江', 110.1, 22.5, 3, 1.6, true],
    ['南流江博白', '南流江', 109.98, 22.27, 3, 1.3, true],
    ['九洲江文地', '九洲江', 110.3, 21.95, 3, 1.3, true],
    ['北流河北流', '北流河', 110.35, 22.7, 3, 0.9, true],
    ['绣江容县', '绣江', 110.55, 22.85, 3, 0.8, false],
    ['清湾江玉林', '清湾江', 110.12, 22.63, 4, 1.2, false],
    ['武思江兴业', '武思江', 109.87, 22.75, 3, 1.35, false],
  ],
  '451000': [
    ['右江百色', '右江', 106.6, 23.88, 2, 0.6, true],
    ['右江田东', '右江', 107.12, 23.6, 2, 0.7, true],
    ['右江平果', '右江', 107.58, 23.32, 2, 0.75, true],
    ['南盘江八渡', '南盘江', 105.9, 24.7, 2, 0.55, true],
    ['驮娘江西林', '驮娘江', 105.1, 24.5, 2, 0.45, true],
    ['剥隘河剥隘', '剥隘河', 105.83, 24.0, 2, 0.5, false],
    ['澄碧河水库', '澄碧河', 106.62, 23.95, 2, 0.4, false],
    ['乐里河田林', '乐里河', 106.23, 24.3, 2, 0.45, false],
  ],
  '451100': [
    ['贺江信都', '贺江', 111.6, 24.1, 2, 0.65, true],
    ['贺江合面狮', '贺江', 111.55, 24.4, 2, 0.55, true],
    ['贺江铺门', '贺江', 111.7, 24.0, 2, 0.7, false],
    ['桂江昭平', '桂江', 110.8, 24.17, 2, 0.55, true],
    ['富江钟山', '富江', 111.3, 24.53, 3, 0.8, false],
  ],
  '451200': [
    ['龙江河池', '龙江', 108.05, 24.7, 2, 0.7, true],
    ['龙江三岔', '龙江', 108.6, 24.5, 2, 0.7, true],
    ['龙江拉浪', '龙江', 108.2, 24.6, 2, 0.65, false],
    ['刁江六排', '刁江', 107.6, 24.95, 3, 1.1, true],
    ['红水河天峨', '红水河', 107.17, 25.0, 2, 0.5, true],
    ['红水河都安', '红水河', 108.1, 23.93, 2, 0.55, true],
    ['大环江环江', '大环江', 108.26, 24.83, 2, 0.6, false],
  ],
  '451300': [
    ['红水河来宾', '红水河', 109.25, 23.72, 2, 0.75, true],
    ['红水河迁江', '红水河', 108.98, 23.63, 2, 0.7, true],
    ['柳江象州', '柳江', 109.7, 23.97, 2, 0.75, true],
    ['黔江武宣', '黔江', 109.66, 23.6, 2, 0.7, true],
    ['清水河来宾', '清水河', 109.3, 23.8, 3, 1.1, false],
  ],
  '451400': [
    ['左江崇左', '左江', 107.35, 22.4, 2, 0.7, true],
    ['平而河平而关', '平而河', 106.75, 22.05, 2, 0.65, true],
    ['水口河水口', '水口河', 106.55, 22.48, 2, 0.6, true],
    ['黑水河硕龙', '黑水河', 106.7, 22.8, 2, 0.5, false],
    ['左江扶绥', '左江', 107.9, 22.63, 2, 0.75, true],
    ['明江宁明', '明江', 107.07, 22.13, 2, 0.65, false],
    ['左江龙州', '左江', 106.85, 22.35, 2, 0.65, true],
  ],
};

/**
 * [code, name, region, river, lon, lat, targetClass, quality, nationally assessed], code GX-W-<city's
 * two digits><nn> in the table's order (the first sections of each city keep the codes of earlier demos).
 */
export const DEMO_SECTIONS: [string, string, string, string, number, number, number, number, boolean][] =
  Object.entries(SECTIONS_BY_CITY).flatMap(([city, rows]) =>
    rows.map(
      (
        [name, river, lon, lat, targetClass, quality, national, region],
        i,
      ): [string, string, string, string, number, number, number, number, boolean] => [
        `GX-W-${city.slice(2, 4)}${String(i + 1).padStart(2, '0')}`,
        name,
        region ?? city,
        river,
        lon,
        lat,
        targetClass,
        quality,
        national,
      ],
    ),
  );

export const DEMO_LAKE: [string, string, string, number, number, number, number] = [
  'GX-L-0101',
  '南湖',
  '450100',
  108.35,
  22.8,
  4,
  0.9,
];

/** Enterprise outlets sending HJ 212: [code, name, region, ST, MN, factor map]. */
export const DEMO_OUTLETS: [
  string,
  string,
  string,
  string,
  string,
  Record<string, { parameter: string; scale: number }>,
][] = [
  [
    'GX-S-0001',
    '南宁示范热电 1#烟囱',
    '450103',
    '31',
    'GXDEMO0000000000000000S1',
    {
      a21026: { parameter: 'so2', scale: 1 },
      a21002: { parameter: 'nox', scale: 1 },
      a34013: { parameter: 'dust', scale: 1 },
      // Flue-gas O2 (%), which 折算 needs, and the flow HJ 212 sends in m³/s, stored in m³/h as the rules read it.
      a19001: { parameter: 'o2', scale: 1 },
      a00000: { parameter: 'flow', scale: 3600 },
    },
  ],
  [
    'GX-S-0002',
    '柳州示范钢铁 废水总排口',
    '450200',
    '32',
    'GXDEMO0000000000000000W1',
    {
      w01018: { parameter: 'cod', scale: 1 },
      w21003: { parameter: 'nh3_n', scale: 1 },
      w01001: { parameter: 'ph', scale: 1 },
      // HJ 212 sends wastewater flow in L/s; stored in m³/h like the gas flow.
      w00000: { parameter: 'flow', scale: 3.6 },
    },
  ],
];

/** Lognormal noise with median 1. */
export function noise(rand: () => number, sigma: number): number {
  const u = Math.max(rand(), 1e-9);
  const v = rand();
  return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}
