/**
 * What a demo enterprise of each industry discharges: its outlets (as a permit writes them), the
 * standard and source type of each, and the permitted concentrations. Demo data, not rules: the
 * figures are the limits of the standards named (the thermal-power ones the ultra-low emission
 * figures of 环发〔2015〕164号); rows marked ⚠ are from background knowledge of the standard and are
 * only meant to look plausible in the demo. Air limits are mg/m³ at the standard's reference oxygen,
 * water limits mg/L. Pollutant codes are the monitoring parameter codes (so2, nox, dust, cod, nh3_n …),
 * so the demo outlets linked to HJ 212 loggers compare like with like.
 */
import type { OxygenSourceType } from '@ecocloud/standards';

/** [pollutant, value, averaging period]; the unit follows the outlet's kind. */
export type LimitSpec = [pollutant: string, value: number, averaging: string];

export type OutletSpec = {
  code: string;
  name: string;
  kind: 'gas' | 'water';
  isMain: boolean;
  standard: string;
  sourceType: OxygenSourceType | null;
  limits: LimitSpec[];
  /** A stricter limit for a special period (重污染天气 …), on some enterprises only. */
  special?: { period: string; limits: LimitSpec[] };
  /** Annual permitted amounts (t/a) of a key unit's main outlet, for a unit of size 1. */
  amounts?: [pollutant: string, tonnesPerYear: number][];
};

export type KeyListType = 'water' | 'air' | 'soil' | 'noise' | 'risk';

export type Profile = {
  /** Word the enterprise name ends with, e.g. 糖业有限公司. */
  suffixes: string[];
  outlets: OutletSpec[];
  keyList: KeyListType[];
};

const H = '小时均值';
const D = '日均值';

const GB8978_WATER = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'water',
  isMain: false,
  standard: 'GB 8978-1996',
  sourceType: null,
  limits: [
    ['cod', 100, D],
    ['nh3_n', 15, D],
    ['ss', 70, D],
  ],
});

const GB18918_1A: LimitSpec[] = [
  ['cod', 50, D],
  ['bod5', 10, D],
  ['ss', 10, D],
  ['nh3_n', 5, D],
  ['tn', 15, D],
  ['tp', 0.5, D],
];

const coalBoiler = (code: string, name: string, isMain: boolean): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain,
  standard: 'GB 13271-2014',
  sourceType: 'coal_fired_boiler',
  limits: [
    ['dust', 50, H],
    ['so2', 300, H],
    ['nox', 300, H],
  ],
});

const gasBoiler = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain: false,
  standard: 'GB 13271-2014',
  sourceType: 'oil_gas_boiler',
  limits: [
    ['dust', 20, H],
    ['so2', 50, H],
    ['nox', 200, H],
  ],
});

const powerStack = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain: true,
  standard: 'GB 13223-2011',
  sourceType: 'thermal_power_coal',
  limits: [
    ['so2', 35, H],
    ['nox', 50, H],
    ['dust', 10, H],
  ],
  amounts: [
    ['so2', 420],
    ['nox', 600],
    ['dust', 120],
  ],
});

export const PROFILES = {
  power: {
    suffixes: ['发电有限公司', '电力有限责任公司'],
    keyList: ['air', 'water'],
    outlets: [
      powerStack('DA001', '1#机组烟囱'),
      powerStack('DA002', '2#机组烟囱'),
      GB8978_WATER('DW001', '废水总排口'),
    ],
  },
  cement: {
    suffixes: ['水泥有限公司', '建材有限公司'],
    keyList: ['air'],
    outlets: [
      {
        code: 'DA001',
        name: '窑尾烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 4915-2013',
        sourceType: 'cement_kiln',
        limits: [
          ['dust', 30, H],
          ['so2', 200, H],
          ['nox', 400, H],
        ],
        special: {
          period: '重污染天气应急期间',
          limits: [
            ['dust', 20, H],
            ['so2', 100, H],
            ['nox', 320, H],
          ],
        },
        amounts: [
          ['so2', 180],
          ['nox', 900],
          ['dust', 110],
        ],
      },
      {
        code: 'DA002',
        name: '窑头烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 4915-2013',
        sourceType: null,
        limits: [['dust', 30, H]],
        amounts: [['dust', 60]],
      },
      {
        code: 'DA003',
        name: '水泥磨排气筒',
        kind: 'gas',
        isMain: false,
        standard: 'GB 4915-2013',
        sourceType: null,
        limits: [['dust', 20, H]],
      },
    ],
  },
  pulp: {
    suffixes: ['浆业有限公司', '林浆纸有限公司'],
    keyList: ['water'],
    outlets: [
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 3544-2008',
        sourceType: null,
        limits: [
          ['cod', 100, D],
          ['bod5', 20, D],
          ['ss', 50, D],
          ['nh3_n', 12, D],
          ['tn', 15, D],
          ['tp', 0.8, D],
        ],
        amounts: [
          ['cod', 650],
          ['nh3_n', 60],
        ],
      },
      coalBoiler('DA001', '碱回收炉烟囱', true),
    ],
  },
  paper: {
    suffixes: ['纸业有限公司', '造纸有限公司'],
    keyList: ['water'],
    outlets: [
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 3544-2008',
        sourceType: null,
        limits: [
          ['cod', 90, D],
          ['bod5', 20, D],
          ['ss', 30, D],
          ['nh3_n', 8, D],
          ['tn', 12, D],
          ['tp', 0.8, D],
        ],
        amounts: [
          ['cod', 320],
          ['nh3_n', 28],
        ],
      },
      gasBoiler('DA001', '燃气锅炉排气筒'),
    ],
  },
  sugar: {
    suffixes: ['糖业有限公司', '制糖有限公司'],
    keyList: ['water'],
    outlets: [
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 21909-2008',
        sourceType: null,
        limits: [
          ['cod', 100, D],
          ['bod5', 20, D],
          ['ss', 70, D],
          ['nh3_n', 10, D],
          ['tn', 15, D],
          ['tp', 0.5, D],
        ],
        amounts: [
          ['cod', 150],
          ['nh3_n', 15],
        ],
      },
      // Bagasse-fired boilers: GB 13271 sets biomass boilers the coal-fired limits.
      coalBoiler('DA001', '蔗渣锅炉烟囱', true),
    ],
  },
  leadZinc: {
    suffixes: ['冶炼有限公司', '有色金属有限公司'],
    keyList: ['air', 'water', 'soil', 'risk'],
    outlets: [
      {
        // ⚠ GB 25466-2010 figures from background knowledge (demo only).
        code: 'DA001',
        name: '冶炼烟气制酸尾气排气筒',
        kind: 'gas',
        isMain: true,
        standard: 'GB 25466-2010',
        sourceType: null,
        limits: [
          ['so2', 400, H],
          ['dust', 80, H],
          ['pb', 8, H],
        ],
        amounts: [
          ['so2', 260],
          ['dust', 40],
        ],
      },
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 25466-2010',
        sourceType: null,
        limits: [
          ['cod', 60, D],
          ['nh3_n', 8, D],
          ['pb', 0.5, D],
          ['cd', 0.05, D],
          ['zn', 1.5, D],
          ['as', 0.3, D],
        ],
        amounts: [['cod', 30]],
      },
    ],
  },
  aluminium: {
    suffixes: ['铝业有限公司'],
    keyList: ['air', 'soil', 'risk'],
    outlets: [
      {
        // ⚠ GB 25465-2010 figures from background knowledge (demo only).
        code: 'DA001',
        name: '电解烟气净化排气筒',
        kind: 'gas',
        isMain: true,
        standard: 'GB 25465-2010',
        sourceType: null,
        limits: [
          ['dust', 20, H],
          ['so2', 200, H],
          ['fluoride', 3, H],
        ],
        amounts: [
          ['so2', 310],
          ['dust', 55],
        ],
      },
      GB8978_WATER('DW001', '生产废水排放口'),
    ],
  },
  copper: {
    suffixes: ['铜业有限公司', '有色金属有限公司'],
    keyList: ['air', 'water', 'soil', 'risk'],
    outlets: [
      {
        // ⚠ GB 25467-2010 figures from background knowledge (demo only).
        code: 'DA001',
        name: '环境集烟排气筒',
        kind: 'gas',
        isMain: true,
        standard: 'GB 25467-2010',
        sourceType: null,
        limits: [
          ['so2', 400, H],
          ['dust', 80, H],
          ['pb', 0.7, H],
        ],
        amounts: [
          ['so2', 520],
          ['dust', 70],
        ],
      },
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 25467-2010',
        sourceType: null,
        limits: [
          ['cod', 60, D],
          ['nh3_n', 8, D],
          ['cu', 0.5, D],
          ['pb', 0.5, D],
          ['as', 0.5, D],
        ],
        amounts: [['cod', 25]],
      },
    ],
  },
  wwtp: {
    suffixes: ['污水处理有限公司', '水务有限公司'],
    keyList: ['water'],
    outlets: [
      {
        code: 'DW001',
        name: '尾水排放口',
        kind: 'water',
        isMain: true,
        standard: 'GB 18918-2002 一级A',
        sourceType: null,
        limits: GB18918_1A,
        special: { period: '水温≤12℃', limits: [['nh3_n', 8, D]] },
        amounts: [
          ['cod', 1800],
          ['nh3_n', 180],
          ['tn', 540],
          ['tp', 18],
        ],
      },
    ],
  },
  chemical: {
    suffixes: ['化工有限公司', '化学有限公司'],
    keyList: ['water', 'air', 'risk'],
    outlets: [
      {
        ...GB8978_WATER('DW001', '废水总排口'),
        isMain: true,
        amounts: [
          ['cod', 90],
          ['nh3_n', 12],
        ],
      },
      coalBoiler('DA001', '动力锅炉烟囱', true),
      {
        code: 'DA002',
        name: '工艺废气排气筒',
        kind: 'gas',
        isMain: false,
        standard: 'GB 16297-1996',
        sourceType: null,
        limits: [['nmhc', 120, H]],
      },
    ],
  },
  fertiliser: {
    suffixes: ['化肥有限公司', '化工有限公司'],
    keyList: ['water', 'air'],
    outlets: [
      {
        // ⚠ GB 13458-2013 figures from background knowledge (demo only).
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 13458-2013',
        sourceType: null,
        limits: [
          ['cod', 80, D],
          ['nh3_n', 25, D],
        ],
        amounts: [
          ['cod', 140],
          ['nh3_n', 45],
        ],
      },
      coalBoiler('DA001', '造气吹风气锅炉烟囱', true),
    ],
  },
  steel: {
    suffixes: ['钢铁有限公司'],
    keyList: ['air', 'water', 'soil'],
    outlets: [
      {
        // ⚠ GB 13456-2012 figures from background knowledge (demo only).
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 13456-2012',
        sourceType: null,
        limits: [
          ['cod', 50, D],
          ['nh3_n', 5, D],
        ],
        amounts: [
          ['cod', 210],
          ['nh3_n', 21],
        ],
      },
      {
        code: 'DA001',
        name: '烧结机头烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 28662-2012',
        sourceType: null,
        limits: [
          ['dust', 10, H],
          ['so2', 35, H],
          ['nox', 50, H],
        ],
        amounts: [
          ['so2', 380],
          ['nox', 640],
        ],
      },
    ],
  },
  incineration: {
    suffixes: ['环保能源有限公司', '再生能源有限公司'],
    keyList: ['air', 'soil'],
    outlets: [
      {
        // ⚠ GB 18485-2014 24-hour figures from background knowledge (demo only).
        code: 'DA001',
        name: '焚烧炉烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 18485-2014',
        sourceType: 'waste_incinerator',
        limits: [
          ['dust', 20, D],
          ['so2', 80, D],
          ['nox', 250, D],
          ['hcl', 50, D],
          ['co', 80, D],
        ],
        amounts: [
          ['so2', 95],
          ['nox', 300],
        ],
      },
    ],
  },
  plating: {
    suffixes: ['表面处理有限公司', '电镀有限公司'],
    keyList: ['water', 'soil', 'risk'],
    outlets: [
      {
        // ⚠ GB 21900-2008 figures from background knowledge (demo only).
        code: 'DW001',
        name: '综合废水排放口',
        kind: 'water',
        isMain: true,
        standard: 'GB 21900-2008',
        sourceType: null,
        limits: [
          ['cod', 80, D],
          ['nh3_n', 15, D],
          ['tp', 1, D],
          ['cr', 1, D],
          ['ni', 0.5, D],
        ],
      },
    ],
  },
  dyeing: {
    suffixes: ['印染有限公司'],
    keyList: ['water'],
    outlets: [
      {
        ...GB8978_WATER('DW001', '废水总排口'),
        isMain: true,
        standard: 'GB 4287-2012',
        limits: [
          ['cod', 80, D],
          ['nh3_n', 10, D],
          ['tn', 15, D],
          ['tp', 0.5, D],
        ],
      },
    ],
  },
  pigFarm: {
    suffixes: ['生态养殖有限公司', '牧业有限公司'],
    keyList: [],
    outlets: [{ ...GB8978_WATER('DW001', '污水处理站排放口'), standard: 'GB 18596-2001', limits: [] }],
  },
  lime: {
    suffixes: ['钙业有限公司'],
    keyList: [],
    outlets: [
      {
        code: 'DA001',
        name: '石灰窑排气筒',
        kind: 'gas',
        isMain: false,
        standard: 'GB 9078-1996',
        sourceType: null,
        limits: [],
      },
    ],
  },
} satisfies Record<string, Profile>;

export type ProfileKey = keyof typeof PROFILES;
