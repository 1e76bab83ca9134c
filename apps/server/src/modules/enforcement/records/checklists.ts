import type { ChecklistItem } from '@ecocloud/contracts';

/**
 * The inspection checklists as data: the items every unit answers, and those of an industry, chosen by
 * the longest prefix of the register's GB/T 4754-2017 industry code. Keys are stable (stored answers
 * name them); the texts may be reworded. ⚠ Drawn from the permit and monitoring duties of the reference,
 * not from a published provincial checklist: a jurisdiction may edit them.
 */
type Item = Omit<ChecklistItem, 'industry'>;
type IndustryChecklist = { key: string; zh: string; en: string; prefixes: readonly string[]; items: readonly Item[] };

const GENERAL: readonly Item[] = [
  { key: 'permit_posted', zh: '排污许可证在有效期内并公开张贴', en: 'Discharge permit valid and posted' },
  {
    key: 'outlets_as_permitted',
    zh: '排放口数量、位置、标识与许可证一致',
    en: 'Outlets as the permit lists them, signs in place',
  },
  {
    key: 'online_monitoring',
    zh: '自动监测设备正常运行并与监控平台联网',
    en: 'Online monitoring running and connected',
  },
  {
    key: 'treatment_running',
    zh: '污染防治设施正常运行，运行台账完整',
    en: 'Treatment facilities running, operating ledger kept',
  },
  {
    key: 'hazardous_waste_ledger',
    zh: '危险废物贮存规范，管理台账与转移联单完整',
    en: 'Hazardous waste stored properly, ledger and manifests kept',
  },
  { key: 'emergency_plan', zh: '突发环境事件应急预案已备案并定期演练', en: 'Emergency plan filed and drilled' },
  {
    key: 'self_monitoring',
    zh: '按许可证要求开展自行监测并公开信息',
    en: 'Self-monitoring done and disclosed as the permit requires',
  },
];

const INDUSTRIES: readonly IndustryChecklist[] = [
  {
    key: 'thermal_power',
    zh: '火力发电、热电联产',
    en: 'Thermal power and CHP',
    prefixes: ['441'],
    items: [
      {
        key: 'tp_desulfurisation',
        zh: '脱硫设施投运，石膏、浆液指标正常',
        en: 'Desulphurisation running, gypsum and slurry normal',
      },
      {
        key: 'tp_denitrification',
        zh: '脱硝设施投运，氨逃逸受控',
        en: 'Denitrification running, ammonia slip controlled',
      },
      { key: 'tp_dust', zh: '除尘设施正常，烟囱无明显可见烟', en: 'Dust removal working, no visible plume' },
      { key: 'tp_coal_yard', zh: '煤场、灰场封闭或抑尘措施到位', en: 'Coal and ash yards enclosed or dust suppressed' },
    ],
  },
  {
    key: 'cement',
    zh: '水泥制造',
    en: 'Cement',
    prefixes: ['3011'],
    items: [
      { key: 'cm_kiln_denox', zh: '窑尾脱硝设施正常运行', en: 'Kiln-tail denitrification running' },
      { key: 'cm_bag_filters', zh: '窑头窑尾袋式除尘器完好', en: 'Kiln head and tail bag filters intact' },
      {
        key: 'cm_fugitive_dust',
        zh: '物料储存、输送环节无组织排放受控',
        en: 'Fugitive dust of storage and conveying controlled',
      },
    ],
  },
  {
    key: 'sewage_treatment',
    zh: '污水处理及其再生利用',
    en: 'Sewage treatment',
    prefixes: ['462'],
    items: [
      { key: 'st_inflow_ledger', zh: '进出水水量、水质台账完整', en: 'Inflow and outflow ledgers kept' },
      { key: 'st_bypass', zh: '无超越、旁路排放', en: 'No bypass or overflow discharge' },
      { key: 'st_sludge', zh: '污泥处置去向合规、有转移记录', en: 'Sludge disposed of lawfully, transfers recorded' },
      { key: 'st_disinfection', zh: '消毒设施正常运行', en: 'Disinfection running' },
    ],
  },
  {
    key: 'chemicals',
    zh: '化学原料和化学制品制造',
    en: 'Chemicals',
    prefixes: ['26'],
    items: [
      {
        key: 'ch_vocs',
        zh: '挥发性有机物收集处理设施正常，泄漏检测与修复（LDAR）开展',
        en: 'VOC capture and treatment running, LDAR done',
      },
      { key: 'ch_tank_area', zh: '储罐区、装卸区防渗和围堰完好', en: 'Tank and loading areas sealed and bunded' },
      {
        key: 'ch_rain_sewer',
        zh: '雨污分流，初期雨水收集，雨水排口无异常排放',
        en: 'Rain and sewage separated, first flush collected',
      },
      {
        key: 'ch_accident_pool',
        zh: '事故应急池容量满足要求并保持空置',
        en: 'Accident pool large enough and kept empty',
      },
    ],
  },
  {
    key: 'paper',
    zh: '造纸和纸制品',
    en: 'Paper',
    prefixes: ['22'],
    items: [
      { key: 'pp_black_liquor', zh: '黑液（碱回收）系统正常运行', en: 'Black liquor recovery running' },
      { key: 'pp_wastewater', zh: '废水处理设施运行正常，无私设暗管', en: 'Wastewater treated, no hidden pipes' },
      { key: 'pp_odour', zh: '恶臭气体收集处理', en: 'Odorous gases captured and treated' },
    ],
  },
];

/** The industry checklist of a register code (longest matching prefix), or undefined. */
export function industryOf(industryCode: string): IndustryChecklist | undefined {
  let best: IndustryChecklist | undefined;
  let length = 0;
  for (const ind of INDUSTRIES)
    for (const p of ind.prefixes)
      if (industryCode.startsWith(p) && p.length > length) {
        best = ind;
        length = p.length;
      }
  return best;
}

/** The items a unit of this industry code answers: the general ones, then its industry's. */
export function checklistOf(industryCode: string): ChecklistItem[] {
  const ind = industryOf(industryCode);
  return [
    ...GENERAL.map((i) => ({ ...i, industry: '' })),
    ...(ind ? ind.items.map((i) => ({ ...i, industry: ind.key })) : []),
  ];
}

/** The items of a stored record: the general ones and those of the industry key it answered. */
export function checklistOfIndustry(industryKey: string): ChecklistItem[] {
  const ind = INDUSTRIES.find((i) => i.key === industryKey);
  return checklistOf(ind?.prefixes[0] ?? '');
}
