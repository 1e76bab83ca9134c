import type { WorkplanTag } from '@ecocloud/contracts';

/**
 * Facts the importer reads from an item's text besides targets and deadlines (`plan-targets.ts`,
 * `plan-dates.ts`) and units (`unit-dictionary.ts`): module tags and places. Heuristics (README.md).
 */
export type Place = { name: string; code: string };

/** Module tags by keyword, from the vocabulary `WORKPLAN_TAGS`; an item inherits its parent's tags as well (see plan-parser.ts). */
const TAG_RULES: [tag: WorkplanTag, re: RegExp][] = [
  ['air', /大气|空气|蓝天|颗粒物|臭氧|扬尘|VOCs|挥发性有机物|秸秆|烟花爆竹|柴油货车/],
  ['water', /碧水|水污染|水环境|水生态|饮用水|黑臭水体|流域|入河排污口|污水/],
  ['marine', /海洋|海湾|湾长|入海|海水|岸滩/],
  ['soil', /土壤|净土|耕地|地下水|建设用地/],
  ['waste', /固体废物|危险废物|无废|尾矿库|新污染物|化学物质/],
  ['climate', /气候|碳排放|温室气体|碳市场|降碳|减污降碳/],
  ['enforcement', /执法|行政处罚|裁量|弄虚作假/],
  ['supervision', /督察|整改|回头看/],
  ['complaints', /信访|投诉|举报/],
  ['credit', /信用/],
  ['permits', /排污许可|环评/],
  ['radiation', /核与辐射|辐射|核应急|核技术/],
  ['monitoring', /监测/],
  ['ecology', /自然保护地|生态保护红线|生物多样性|绿盾|生态修复|生态产品|生态保护补偿/],
  ['emergency', /突发环境事件|应急/],
];

export function findTags(text: string): WorkplanTag[] {
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
