import type { InspectionObject, MANUAL_SPECIAL_CRITERIA, OBJECT_LIBRARIES } from '@ecocloud/contracts';

type Library = (typeof OBJECT_LIBRARIES)[number];
type ManualCriterion = (typeof MANUAL_SPECIAL_CRITERIA)[number];
type Reason = InspectionObject['reasons'][number];

const MANUAL_WORDS: Record<ManualCriterion, string> = {
  credit_warning: '环境信用评价为警示等级',
  bad_credit: '环境信用评价为不良（失信）等级',
  major_risk: '存在重大环境风险隐患',
  complaints: '被查实投诉三次以上',
};

/** Said with the list for each special criterion no module derives yet: an officer marks it by hand. */
export function underivedCriteriaNote(derived: ReadonlySet<ManualCriterion>): string | null {
  const left = MANUAL_SPECIAL_CRITERIA_ORDER.filter((c) => !derived.has(c));
  if (left.length === 0) return null;
  return `以下条件暂无数据来源自动判定，请人工标注：${left.map((c) => `“${MANUAL_WORDS[c]}”`).join('、')}。`;
}
const MANUAL_SPECIAL_CRITERIA_ORDER: readonly ManualCriterion[] = [
  'complaints',
  'credit_warning',
  'bad_credit',
  'major_risk',
];

/** What the placement reads: the register, last year's decisions, the stored manual parts. */
export type LibraryFacts = {
  category: string;
  keyListYear: number | null;
  /** Case number of a decision dated in the previous calendar year, if any. */
  penalisedCaseNo: string | undefined;
  manualLibrary: Library | null;
  manualReasons: readonly ManualCriterion[];
  /** Facts other modules derive (a published credit level, substantiated complaints), with their own text. */
  derived: readonly { criterion: ManualCriterion; text: string }[];
};

/**
 * 一单两库 placement: key when the register says so (重点管理 permit class or the key-unit list) or an
 * officer placed it there; special when an officer placed it there, when it was penalised last year, or
 * a criterion (credit, major risk, complaints) holds, derived by another module or marked by hand; general
 * otherwise. Every reason is listed,
 * so an officer sees why a unit sits where it does.
 */
export function placeObject(f: LibraryFacts): { library: Library; reasons: Reason[] } {
  const key: Reason[] = [];
  if (f.category === 'key') key.push({ code: 'key_permit', text: '排污许可重点管理单位', source: 'register' });
  if (f.keyListYear !== null)
    key.push({ code: 'key_list', text: `列入${f.keyListYear}年重点排污单位名录`, source: 'register' });
  if (f.manualLibrary === 'key') key.push({ code: 'manual_key', text: '人工列入重点单位库', source: 'manual' });

  const special: Reason[] = [];
  if (f.penalisedCaseNo)
    special.push({
      code: 'penalised_last_year',
      text: `上一年度受到行政处罚（${f.penalisedCaseNo}）`,
      source: 'derived',
    });
  for (const d of f.derived) special.push({ code: d.criterion, text: d.text, source: 'derived' });
  // A manual mark the data already shows says nothing more.
  for (const c of f.manualReasons)
    if (!f.derived.some((d) => d.criterion === c)) special.push({ code: c, text: MANUAL_WORDS[c], source: 'manual' });
  if (f.manualLibrary === 'special')
    special.push({ code: 'manual_special', text: '人工列入特殊监管对象库', source: 'manual' });

  // A key unit that also meets special criteria stays key (the higher frequency) but keeps every reason.
  if (key.length) return { library: 'key', reasons: [...key, ...special] };
  if (special.length) return { library: 'special', reasons: special };
  return { library: 'general', reasons: [] };
}
