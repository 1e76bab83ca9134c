import type { IndicatorDirection, ProposedIndicator } from '@ecocloud/contracts';

/**
 * Facts the importer reads from one sentence of a Chinese plan: quantitative targets, deadlines,
 * module tags, places and units. Heuristics (documented in README.md): a person reviews every proposal.
 */
export type Place = { name: string; code: string };

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthEnd = (y: number, m: number) => iso(y, m, lastDay(y, m));

const QUARTERS: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

/**
 * The first deadline phrase of a sentence as an ISO date: 2024年底/年末 → 12-31, 2024年6月底 → 06-30,
 * 上半年 → 06-30, 第三季度 → 09-30, 年底前 → the plan year's 12-31. A bare year ("到2035年") is a horizon, not a deadline.
 */
export function findDeadline(sentence: string, year: number | null): string | null {
  const candidates: [number, string | null][] = [];
  const add = (re: RegExp, f: (m: RegExpExecArray) => string | null) => {
    const m = re.exec(sentence);
    if (m) candidates.push([m.index, f(m)]);
  };
  add(/(\d{4})年(?:底|末)/, (m) => iso(Number(m[1]), 12, 31));
  add(/(\d{4})年(\d{1,2})月(?:底|末|前|份)/, (m) => monthEnd(Number(m[1]), Number(m[2])));
  add(/(\d{4})年上半年/, (m) => iso(Number(m[1]), 6, 30));
  if (year) {
    add(/(?<![\d年])(\d{1,2})月(?:底|末)/, (m) => (Number(m[1]) <= 12 ? monthEnd(year, Number(m[1])) : null));
    add(/(?<!\d年)(?:年底|年末)/, () => iso(year, 12, 31));
    add(/(?<!\d年)上半年/, () => iso(year, 6, 30));
    add(/第?([一二三四1-4])季度/, (m) => monthEnd(year, QUARTERS[m[1]!]!));
  }
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates.find((c) => c[1] !== null)?.[1] ?? null;
}

const NAME_SUFFIX = '(?:率|比例|比率|浓度|天数|指数|强度|总量|排放量|面积|数量|占比|水平|均值|个数)';
const UNIT =
  '(%|％|个百分点|微克/立方米|μg/m³|µg/m³|毫克/升|mg/L|万吨|吨|个|家|项|座|条|处|天|公里|千米|平方公里|万亩|亩|亿元|万元)?';
const TARGET = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9.]{1,28}?${NAME_SUFFIX})(?:要|应|须|需)?(达到|达|提高到|提高至|提升到|提升至|增加到|不低于|不少于|高于|超过|控制在|降至|降低到|降低至|下降到|下降至|低于|不高于|不超过|保持在|稳定在)(\\d+(?:\\.\\d+)?)${UNIT}(以上|以下|以内|左右)?`,
  'g',
);
const REDUCTION = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9.]{1,28}?${NAME_SUFFIX})(?:累计)?(?:下降|降低|减少)(\\d+(?:\\.\\d+)?)${UNIT}(以上)?`,
  'g',
);
const ELIMINATE = /(?:基本|全面)?消除([^，,。；;、]{2,24})/g;

const AT_MOST_VERBS = new Set(['控制在', '降至', '降低到', '降低至', '下降到', '下降至', '低于', '不高于', '不超过']);
const REACH_VERBS = new Set(['保持在', '稳定在']);

function direction(name: string, verb: string, qualifier: string | undefined): IndicatorDirection {
  if (qualifier === '以上') return 'at_least';
  if (qualifier === '以下' || qualifier === '以内') return 'at_most';
  if (AT_MOST_VERBS.has(verb)) return 'at_most';
  if (REACH_VERBS.has(verb)) return 'reach';
  // "浓度达到 30" reads as a ceiling: concentrations are better low.
  return /浓度|排放量/.test(name) ? 'at_most' : 'at_least';
}

const NAME_PREFIXES = [
  /^(?:力争|确保|争取|努力|使|到|至|在|要)/,
  /^\d{4}年(?:底|末|上半年)?前?/,
  /^(?:全区|全省|全市|全国|我区|我省|各市|各县|全县)/,
];

/** Strips the deadline and scope words the lazy name match swept up ("力争到2024年底全区…"). */
export function cleanName(raw: string): string {
  let name = raw;
  for (let changed = true; changed;) {
    changed = false;
    for (const p of NAME_PREFIXES) {
      const next = name.replace(p, '');
      if (next !== name && next.length >= 2) {
        name = next;
        changed = true;
      }
    }
  }
  return name;
}

/** Quantitative targets of one sentence; the deadline falls back to `fallbackDeadline` (the plan year's end). */
export function findIndicators(
  sentence: string,
  year: number | null,
  fallbackDeadline: string | null,
): ProposedIndicator[] {
  const deadline = findDeadline(sentence, year) ?? fallbackDeadline;
  if (!deadline) return [];
  const out: ProposedIndicator[] = [];
  for (const m of sentence.matchAll(TARGET)) {
    const name = cleanName(m[1]!);
    out.push({
      name,
      unit: normaliseUnit(m[4]),
      direction: direction(name, m[2]!, m[5]),
      target: Number(m[3]),
      deadline,
      sentence,
    });
  }
  for (const m of sentence.matchAll(REDUCTION)) {
    out.push({
      name: `${cleanName(m[1]!)}降幅`,
      unit: normaliseUnit(m[3]),
      direction: 'at_least',
      target: Number(m[2]),
      deadline,
      sentence,
    });
  }
  for (const m of sentence.matchAll(ELIMINATE)) {
    out.push({ name: m[1]!, unit: '', direction: 'eliminate', target: 0, deadline, sentence });
  }
  return out;
}

function normaliseUnit(u: string | undefined): string {
  if (!u) return '';
  if (u === '％') return '%';
  if (u === 'μg/m³' || u === 'µg/m³') return '微克/立方米';
  return u;
}

/** Module tags by keyword; an item inherits its parent's tags as well (see plan-parser.ts). */
const TAG_RULES: [tag: string, re: RegExp][] = [
  ['air', /大气|空气|蓝天|颗粒物|臭氧|扬尘|VOCs|挥发性有机物|秸秆|烟花爆竹|柴油货车/],
  ['water', /碧水|水污染|水环境|水生态|饮用水|黑臭水体|流域|入河排污口|污水/],
  ['marine', /海洋|海湾|湾长|入海|海水|岸滩/],
  ['soil', /土壤|净土|耕地|地下水|建设用地/],
  ['waste', /固体废物|危险废物|无废|尾矿库|新污染物|化学物质/],
  ['climate', /气候|碳排放|温室气体|碳市场|降碳|减污降碳/],
  ['enforcement', /执法|行政处罚|裁量|弄虚作假/],
  ['supervision', /督察|整改|信访|回头看/],
  ['radiation', /核与辐射|辐射|核应急|核技术/],
  ['monitoring', /监测/],
  ['ecology', /自然保护地|生态保护红线|生物多样性|绿盾|生态修复|生态产品|生态保护补偿/],
  ['emergency', /突发环境事件|应急/],
];

export function findTags(text: string): string[] {
  return TAG_RULES.filter(([, re]) => re.test(text)).map(([tag]) => tag);
}

/** Region codes of the places a text names, by full or short name (南宁市 or 南宁). */
export function findPlaces(text: string, places: readonly Place[]): string[] {
  const codes = new Set<string>();
  for (const p of places) {
    const short = p.name.replace(/(壮族自治区|自治区|省|市|县|区)$/, '');
    if (text.includes(p.name) || (short.length >= 2 && text.includes(short))) codes.add(p.code);
  }
  return [...codes].sort();
}

const UNIT_SUFFIX = /生态环境厅|生态环境局|生态环境部|研究院|监测中心|委员会/g;
const BOUNDARY = /.*(?:与|和|及|推动|联合|会同|共建|等|由|向|对|在|为|召开|年度|年|、)/;

/** Organisations a text names: known unit names, plus "…生态环境厅/局/部/研究院/委员会" phrases. */
export function findUnits(text: string, knownUnits: readonly string[]): string[] {
  const names = new Set(knownUnits.filter((u) => u.length >= 3 && text.includes(u)));
  for (const m of text.matchAll(UNIT_SUFFIX)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const head = before.replace(/^.*[^\u4e00-\u9fa5]/, '').replace(BOUNDARY, '');
    if (head.length >= 2) names.add(`${head}${m[0]}`);
    else if (m[0] === '生态环境部') names.add(m[0]); // the ministry needs no qualifier
  }
  return [...names].sort();
}
