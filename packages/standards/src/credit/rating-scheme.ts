/**
 * The enterprise environmental credit rating as data (regulation.md §4.1): indicators in areas, how each is
 * scored from the record, the one-vote vetoes and the score a level needs. The default is the structure of
 * 环发〔2013〕150号 (4 areas, 21 indicators); its indicator wording, the points and the level thresholds were
 * not obtained (⚠), and Guangxi's own scheme is unknown (⚠): a province replaces the scheme with a new version.
 */

export const CREDIT_LEVELS = ['green', 'blue', 'yellow', 'red'] as const;
/** 环保诚信 green, 环保良好 blue, 环保警示 yellow, 环保不良 red (☑ regulation.md §4.1). */
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

export const CREDIT_AREAS = ['pollution', 'ecology', 'management', 'society'] as const;
export type CreditArea = (typeof CREDIT_AREAS)[number];

/** Where an indicator's value comes from: a fact EcoCloud holds, or an officer's hand (`manual`). */
export const INDICATOR_SOURCES = [
  'exceedance_hours',
  'leads_confirmed',
  'cases_decided',
  'fines_yuan',
  'late_reports',
  'disclosure_missed',
  'complaints_substantiated',
  'manual',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export type RatingIndicator = {
  code: string;
  area: CreditArea;
  /** The indicator's name in Chinese (the scheme is Chinese law; the web translates codes it knows). */
  name: string;
  maxPoints: number;
  source: IndicatorSource;
  /** Points deducted per unit of the fact (an hour, a case, a report, 10 000 元 of fines); capped at maxPoints. */
  deductPerUnit: number;
};

export type RatingVeto = { code: string; name: string };

export type RatingScheme = {
  /** Increases with each version an admin saves; a run keeps the version it used. */
  version: number;
  name: string;
  /** True while the scheme carries numbers nobody has checked against an official text. */
  unverified: boolean;
  indicators: RatingIndicator[];
  vetoes: RatingVeto[];
  /** The least total score for green, blue and yellow; below yellow's is red. */
  thresholds: { green: number; blue: number; yellow: number };
};

const i = (
  code: string,
  area: CreditArea,
  name: string,
  maxPoints: number,
  source: IndicatorSource = 'manual',
  deductPerUnit = 0,
): RatingIndicator => ({ code, area, name, maxPoints, source, deductPerUnit });

/**
 * 环发〔2013〕150号's four areas and 21 indicators (☑ count and areas); names paraphrased and points ⚠.
 * The record fills: P1 from exceedance hours, M6 from confirmed compliance leads (falsification signs, data
 * gaps), M4 from late execution reports, M11 from decided cases and their fines, S1 from substantiated
 * complaints (⚠ 1 point each), S2 from missed disclosure reports.
 */
export const DEFAULT_RATING_SCHEME: RatingScheme = {
  version: 1,
  name: '企业环境信用评价指标（环发〔2013〕150号结构，分值待核实）',
  unverified: true,
  indicators: [
    i('P1', 'pollution', '大气及水污染物达标排放', 10, 'exceedance_hours', 0.5),
    i('P2', 'pollution', '一般固体废物处理处置', 4),
    i('P3', 'pollution', '危险废物规范化管理', 6),
    i('P4', 'pollution', '噪声污染防治', 3),
    i('P5', 'pollution', '重点污染物排放总量控制', 5),
    i('E1', 'ecology', '选址布局中的生态保护', 3),
    i('E2', 'ecology', '资源利用中的生态保护', 3),
    i('E3', 'ecology', '开发建设中的生态保护', 3),
    i('M1', 'management', '环境影响评价和“三同时”制度执行', 6),
    i('M2', 'management', '排污许可证', 6),
    i('M3', 'management', '环境保护税（排污费）缴纳', 3),
    i('M4', 'management', '排污许可执行报告', 4, 'late_reports', 2),
    i('M5', 'management', '污染治理设施运行', 6),
    i('M6', 'management', '自动监控与自行监测', 6, 'leads_confirmed', 2),
    i('M7', 'management', '排污口规范化整治', 3),
    i('M8', 'management', '内部环境管理', 3),
    i('M9', 'management', '环境风险管理', 4),
    i('M10', 'management', '强制性清洁生产审核', 3),
    i('M11', 'management', '行政处罚与行政命令', 12, 'cases_decided', 4),
    i('S1', 'society', '群众投诉', 4, 'complaints_substantiated', 1),
    i('S2', 'society', '环境信息依法披露', 4, 'disclosure_missed', 2),
  ],
  vetoes: [
    { code: 'crime', name: '因环境违法构成犯罪' },
    { code: 'unapproved_construction', name: '建设项目环境影响评价文件未经批准擅自开工建设' },
    { code: 'no_acceptance', name: '建设项目环境保护设施未经验收即投入生产或使用' },
    { code: 'major_change', name: '建设项目发生重大变动未重新报批环评' },
    { code: 'total_exceeded', name: '超过重点污染物排放总量控制指标' },
    { code: 'secret_discharge', name: '通过暗管、渗井、渗坑或篡改、伪造监测数据等逃避监管的方式排放污染物' },
    { code: 'hazardous_waste', name: '非法处置危险废物或交由无资质单位处置' },
  ],
  thresholds: { green: 90, blue: 75, yellow: 60 },
};

/** Why a scheme is unusable, or null: codes unique, points positive, thresholds descending within the total. */
export function schemeProblem(s: RatingScheme): string | null {
  const codes = new Set<string>();
  for (const ind of s.indicators) {
    if (codes.has(ind.code)) return `indicator ${ind.code} twice`;
    codes.add(ind.code);
    if (!(ind.maxPoints > 0) || ind.deductPerUnit < 0) return `indicator ${ind.code}: points must be positive`;
  }
  const vetoes = new Set(s.vetoes.map((v) => v.code));
  if (vetoes.size !== s.vetoes.length) return 'a veto code twice';
  const { green, blue, yellow } = s.thresholds;
  if (!(green > blue && blue > yellow && yellow > 0)) return 'thresholds must descend: green > blue > yellow > 0';
  if (green > totalPoints(s)) return 'the green threshold is above the total points';
  return null;
}

export function totalPoints(s: RatingScheme): number {
  return s.indicators.reduce((sum, ind) => sum + ind.maxPoints, 0);
}
