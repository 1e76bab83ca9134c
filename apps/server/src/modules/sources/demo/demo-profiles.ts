import {
  A,
  D,
  GB18918_1A,
  GB8978_WATER,
  H,
  L,
  coalBoiler,
  gasBoiler,
  powerStack,
  type Profile,
} from './demo-profile-kit';
import { INDUSTRY_PROFILES } from './demo-profiles-industry';

/** Energy, building materials, paper, sugar and wastewater; the other industries in demo-profiles-industry.ts. */
const BASE_PROFILES = {
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
        limits: L('dust 30, so2 200, nox 400', H),
        special: {
          period: '重污染天气应急期间',
          limits: L('dust 20, so2 100, nox 320', H),
        },
        amounts: A('so2 180, nox 900, dust 110'),
      },
      {
        code: 'DA002',
        name: '窑头烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 4915-2013',
        sourceType: null,
        limits: L('dust 30', H),
        amounts: A('dust 60'),
      },
      {
        code: 'DA003',
        name: '水泥磨排气筒',
        kind: 'gas',
        isMain: false,
        standard: 'GB 4915-2013',
        sourceType: null,
        limits: L('dust 20', H),
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
        limits: L('cod 100, bod5 20, ss 50, nh3_n 12, tn 15, tp 0.8', D),
        amounts: A('cod 650, nh3_n 60'),
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
        limits: L('cod 90, bod5 20, ss 30, nh3_n 8, tn 12, tp 0.8', D),
        amounts: A('cod 320, nh3_n 28'),
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
        limits: L('cod 100, bod5 20, ss 70, nh3_n 10, tn 15, tp 0.5', D),
        amounts: A('cod 150, nh3_n 15'),
      },
      // Bagasse-fired boilers: GB 13271 sets biomass boilers the coal-fired limits.
      coalBoiler('DA001', '蔗渣锅炉烟囱', true),
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
        special: { period: '水温≤12℃', limits: L('nh3_n 8', D) },
        amounts: A('cod 1800, nh3_n 180, tn 540, tp 18'),
      },
    ],
  },
} satisfies Record<string, Profile>;

/** Every industry profile of the demo register. */
export const PROFILES = { ...BASE_PROFILES, ...INDUSTRY_PROFILES };

export type ProfileKey = keyof typeof PROFILES;
