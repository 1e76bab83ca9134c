import type { DeadlineSource, IndicatorDirection, ProposedIndicator } from '@ecocloud/contracts';
import { findDeadline } from './plan-dates';

/**
 * The targets of one sentence of a Chinese plan, as proposed indicators: values ("治理率达33%以上"),
 * reductions ("强度下降13.5%"), counts ("完成4个县…", "沿海三市制定整治计划", "南宁、柳州、桂林市做好…"),
 * eliminations ("基本消除…") and completions ("完成/建成/印发/出台…", "实现…全覆盖"). Heuristics
 * (README.md): a person reviews every proposal.
 */

const NAME_SUFFIX = '(?:率|比例|比率|浓度|天数|指数|强度|总量|排放量|面积|数量|占比|水平|均值|个数)';
const UNIT =
  '(%|％|个百分点|微克/立方米|μg/m³|µg/m³|毫克/升|mg/L|万吨|吨|个|家|项|座|条|处|天|公里|千米|平方公里|万亩|亩|亿元|万元)?';
const TARGET = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9.（）()]{1,28}?${NAME_SUFFIX})(?:要|应|须|需)?(达到|达|提高到|提高至|提升到|提升至|增加到|不低于|不少于|高于|超过|控制在|降至|降低到|降低至|下降到|下降至|低于|不高于|不超过|保持在|稳定在)(\\d+(?:\\.\\d+)?)${UNIT}(以上|以下|以内|左右)?`,
  'g',
);
const REDUCTION = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9.]{1,28}?${NAME_SUFFIX})(?:累计)?(?:下降|降低|减少)(\\d+(?:\\.\\d+)?)${UNIT}(以上)?`,
  'g',
);
const ELIMINATE = /(?:基本|全面)?消除([^，,。；;、]{2,24})/g;

const CN_NUMBER = '\\d+|[一二两三四五六七八九十]+';
const CLASSIFIER = '个|家|座|条|处|项|所|批|套|台|宗|辆|艘|万吨|吨|公里|千米|平方公里|万亩|亩';
const COUNT_VERBS = '完成|建成|新建|建设|创建|整治|改造|淘汰|关停|取缔|培育|打造|编制|制定|修订|实施|新增|治理|修复';
/** "完成4个县域…", "建成3座污水处理厂": a verb, a number and a classifier, then what is counted. */
const COUNT_VERB_FIRST = new RegExp(`(?<!第)(${COUNT_VERBS})(${CN_NUMBER})(${CLASSIFIER})([^，,。；;、]{2,30})`, 'g');
/** "4个县编制绿色转型创新发展规划", "沿海三市制定整治计划": so many places or bodies, then what each does. */
const COUNT_SUBJECT_FIRST = new RegExp(
  `(?<![第\\d一二两三四五六七八九十])(${CN_NUMBER})(个)?(县|市|区|城市|园区|企业|乡镇|村)(编制|制定|完成|建成|创建|通过|实现)([^，,。；;]{2,30})`,
  'g',
);
/** "南宁、柳州、桂林市做好“无废城市”建设工作": places listed, each to do one thing. */
const PLACE_LIST =
  /((?:[\u4e00-\u9fa5]{2,8}[、])+[\u4e00-\u9fa5]{2,4}?)(市|县)(做好|完成|推进|开展|创建|建成)([^，,。；;]{2,30})/g;
const LEADING_VERBS = /^(?:指导|督促|组织|推动|支持|鼓励|要求|推进|力争|确保)+/;

/**
 * Completion verbs with their objects. 完成 after 目标/任务/计划 is a noun ("目标完成进度"), and an
 * object starting 率/情况/进度 is a rate or a report, not a thing to finish.
 */
const COMPLETION =
  /(?<!目标|任务|计划|指标)(?:基本|全面|如期|按时|按期)?(完成|建成|印发|出台|实现)([^，,。；;：:]{2,60})/g;
const NOT_AN_OBJECT = /^(?:率|情况|进度|度|后|时|更大|更好|新|了)/;
/** 实现 is a completion only for full coverage and the like ("实现…全覆盖"), not "实现更大进展". */
const FULL_COVERAGE = /全覆盖|全面覆盖|全部覆盖|清零|应[^，,。]{1,3}尽[^，,。]{1,3}/;

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

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 4 → 4, 三 → 3, 十二 → 12, 二十 → 20; null for what is not a number under 100. */
export function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[3] ? null : DIGITS[m[1]!]!;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

/** What a completion's object names, without the trailing 工作 ("做好…建设工作" → "…建设"). */
function objectOf(raw: string): string {
  return raw.replace(/(?:等)?(?:相关)?工作$/, '').trim();
}

export type Due = { date: string; source: DeadlineSource };

/**
 * Targets of one sentence. The deadline is the sentence's own (source `text`), else `fallback`
 * (the item's, or the plan year's end marked `default`); with neither, no target is proposed.
 */
export function findIndicators(sentence: string, year: number | null, fallback: Due | null): ProposedIndicator[] {
  const own = findDeadline(sentence, year);
  const sentenceDue: Due | null = own ? { date: own, source: 'text' } : fallback;
  if (!sentenceDue) return [];
  // A target's clause dates it first ("9月底前完成A，年底前完成B": B is due 31 December), then its sentence.
  const dueAt = (index: number): Due => {
    const from = Math.max(sentence.lastIndexOf('，', index), sentence.lastIndexOf(',', index)) + 1;
    const ends = [sentence.indexOf('，', index), sentence.indexOf(',', index)].filter((i) => i >= 0);
    const clause = sentence.slice(from, ends.length ? Math.min(...ends) : undefined);
    const date = findDeadline(clause, year);
    return date ? { date, source: 'text' } : sentenceDue;
  };
  const out: ProposedIndicator[] = [];
  const taken: [number, number][] = [];
  // Each stretch of the sentence gives one target: the more specific reading (a value, a count) first.
  const claim = (m: RegExpMatchArray): boolean => {
    const [a, b] = [m.index!, m.index! + m[0].length];
    if (taken.some(([x, y]) => a < y && x < b)) return false;
    taken.push([a, b]);
    due = dueAt(a);
    return true;
  };
  let due = sentenceDue;
  const push = (x: Omit<ProposedIndicator, 'deadline' | 'deadlineSource' | 'sentence'>) =>
    out.push({ ...x, deadline: due.date, deadlineSource: due.source, sentence });

  for (const m of sentence.matchAll(TARGET)) {
    if (!claim(m)) continue;
    const name = cleanName(m[1]!);
    push({
      name,
      unit: normaliseUnit(m[4]),
      direction: direction(name, m[2]!, m[5]),
      target: Number(m[3]),
      kind: 'value',
    });
  }
  for (const m of sentence.matchAll(REDUCTION)) {
    if (!claim(m)) continue;
    push({
      name: `${cleanName(m[1]!)}降幅`,
      unit: normaliseUnit(m[3]),
      direction: 'at_least',
      target: Number(m[2]),
      kind: 'reduction',
    });
  }
  for (const m of sentence.matchAll(COUNT_VERB_FIRST)) {
    const n = cnNumber(m[2]!);
    if (n === null || !claim(m)) continue;
    push({ name: `${m[1]}${objectOf(m[4]!)}`, unit: m[3]!, direction: 'reach', target: n, kind: 'count' });
  }
  for (const m of sentence.matchAll(COUNT_SUBJECT_FIRST)) {
    const n = cnNumber(m[1]!);
    if (n === null || !claim(m)) continue;
    push({ name: `${m[4]}${objectOf(m[5]!)}的${m[3]}`, unit: '个', direction: 'reach', target: n, kind: 'count' });
  }
  for (const m of sentence.matchAll(PLACE_LIST)) {
    const places = m[1]!.replace(LEADING_VERBS, '').split('、');
    if (places.length < 2 || places.some((p) => p.length < 2 || p.length > 4) || !claim(m)) continue;
    push({
      name: `${objectOf(m[4]!)}（${places.join('、')}${m[2]}）`,
      unit: '个',
      direction: 'reach',
      target: places.length,
      kind: 'count',
    });
  }
  for (const m of sentence.matchAll(ELIMINATE)) {
    if (!claim(m)) continue;
    push({ name: m[1]!, unit: '', direction: 'eliminate', target: 0, kind: 'eliminate' });
  }
  for (const m of sentence.matchAll(COMPLETION)) {
    const [verb, rawObject] = [m[1]!, m[2]!];
    if (NOT_AN_OBJECT.test(rawObject) || new RegExp(`^(?:${CN_NUMBER})(?:${CLASSIFIER})`).test(rawObject)) continue;
    if (verb === '实现' && !FULL_COVERAGE.test(rawObject)) continue;
    if (!claim(m)) continue;
    // "印发A以及B": two documents, each issued.
    const objects = /印发|出台/.test(verb) ? rawObject.split(/以及|及/) : [rawObject];
    for (const o of objects.map(objectOf).filter((o) => o.length >= 2))
      push({ name: `${verb}${o}`, unit: '%', direction: 'reach', target: 100, kind: 'completion' });
  }
  return out;
}

function normaliseUnit(u: string | undefined): string {
  if (!u) return '';
  if (u === '％') return '%';
  if (u === 'μg/m³' || u === 'µg/m³') return '微克/立方米';
  return u;
}
