import { A, D, GB8978_WATER, H, L, coalBoiler, type Profile } from './demo-profile-kit';

/** Smelting, chemicals, steel, incineration, plating, dyeing, and the registration-form units. */
export const INDUSTRY_PROFILES = {
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
        limits: L('so2 400, dust 80, pb 8', H),
        amounts: A('so2 260, dust 40'),
      },
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 25466-2010',
        sourceType: null,
        limits: L('cod 60, nh3_n 8, pb 0.5, cd 0.05, zn 1.5, as 0.3', D),
        amounts: A('cod 30'),
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
        limits: L('dust 20, so2 200, fluoride 3', H),
        amounts: A('so2 310, dust 55'),
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
        limits: L('so2 400, dust 80, pb 0.7', H),
        amounts: A('so2 520, dust 70'),
      },
      {
        code: 'DW001',
        name: '废水总排口',
        kind: 'water',
        isMain: true,
        standard: 'GB 25467-2010',
        sourceType: null,
        limits: L('cod 60, nh3_n 8, cu 0.5, pb 0.5, as 0.5', D),
        amounts: A('cod 25'),
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
        amounts: A('cod 90, nh3_n 12'),
      },
      coalBoiler('DA001', '动力锅炉烟囱', true),
      {
        code: 'DA002',
        name: '工艺废气排气筒',
        kind: 'gas',
        isMain: false,
        standard: 'GB 16297-1996',
        sourceType: null,
        limits: L('nmhc 120', H),
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
        limits: L('cod 80, nh3_n 25', D),
        amounts: A('cod 140, nh3_n 45'),
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
        limits: L('cod 50, nh3_n 5', D),
        amounts: A('cod 210, nh3_n 21'),
      },
      {
        code: 'DA001',
        name: '烧结机头烟囱',
        kind: 'gas',
        isMain: true,
        standard: 'GB 28662-2012',
        sourceType: null,
        limits: L('dust 10, so2 35, nox 50', H),
        amounts: A('so2 380, nox 640'),
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
        limits: L('dust 20, so2 80, nox 250, hcl 50, co 80', D),
        amounts: A('so2 95, nox 300'),
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
        limits: L('cod 80, nh3_n 15, tp 1, cr 1, ni 0.5', D),
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
        limits: L('cod 80, nh3_n 10, tn 15, tp 0.5', D),
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
