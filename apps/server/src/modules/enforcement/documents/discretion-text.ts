import type { CasePenalty } from '@ecocloud/contracts';
import { capitalYuan } from './capital-yuan';
import { percent, yuan, type DocumentBlock } from './document-model';

/** The benchmark each jurisdiction's tables come from, as a document names it. */
const BENCHMARKS: Readonly<Record<string, string>> = {
  '440000': '《广东省生态环境行政处罚自由裁量权规定》（粤环发〔2021〕7号）',
  '450000': '《广西壮族自治区生态环境行政处罚裁量规则（2023版）》',
};
const benchmarkOf = (jurisdiction: string) => BENCHMARKS[jurisdiction] ?? '本省生态环境行政处罚裁量基准';

/** A factor's finding: the figure the officer entered (120, 4), or — where the grade already words it. */
const finding = (f: CasePenalty['factors'][number]): string =>
  f.key === 'start' ? '—' : f.defaulted ? '未查明' : /^-?\d+(\.\d+)?$/.test(f.value) ? f.value : '—';

/** 罚款人民币200,000元（大写：人民币贰拾万元整） */
export const fineWords = (fineYuan: number): string =>
  `罚款人民币${yuan(fineYuan)}元（大写：人民币${capitalYuan(fineYuan)}）`;

/** Why this article: the basis in force on the act's day, or the lighter new one (从旧兼从轻), as assessed. */
export const basisParagraph = (p: CasePenalty): string =>
  `你单位的上述行为，依照${p.basis.citation}的规定应予处罚，法定罚款幅度为${yuan(p.statutoryRange.minYuan)}元至${yuan(p.statutoryRange.maxYuan)}元。法律依据的选择：${p.basisExplanation}。`;

/**
 * The discretion reasoning the decision must show (issue 17: every factor and its weight): the benchmark
 * and table, each factor with its finding, grade and weight, the sum, the table's floor, the product with
 * the statutory maximum and the clamp to the statutory range.
 */
export function discretionBlocks(p: CasePenalty): DocumentBlock[] {
  const raw = (p.appliedPercent * p.statutoryRange.maxYuan) / 100;
  const steps = [
    `各项权重合计${percent(p.sumPercent)}`,
    ...(p.floorPercent !== null && p.sumPercent < p.floorPercent
      ? [`低于本表规定的下限${percent(p.floorPercent)}，按${percent(p.floorPercent)}计`]
      : []),
    `适用比例${percent(p.appliedPercent)}乘以法定最高罚款${yuan(p.statutoryRange.maxYuan)}元，得${yuan(Math.round(raw))}元`,
    ...(p.clamped === 'min'
      ? [`低于法定最低罚款${yuan(p.statutoryRange.minYuan)}元，按法定最低罚款数额确定`]
      : p.clamped === 'max'
        ? [`高于法定最高罚款${yuan(p.statutoryRange.maxYuan)}元，按法定最高罚款数额确定`]
        : []),
  ];
  const defaulted = p.factors.some((f) => f.defaulted) ? '标注“未查明”的因素按该项最低档计算。' : '';
  return [
    {
      kind: 'paragraph',
      text: `依据${benchmarkOf(p.jurisdiction)}第${p.table}项“${p.tableName}”，按权重累加方式裁量，各裁量因素如下：`,
    },
    {
      kind: 'table',
      header: ['裁量因素', '查明情况', '裁量等级', '权重'],
      rows: p.factors.map((f) => [f.label, finding(f), f.grade, percent(f.weightPercent)]),
      widths: [34, 14, 40, 12],
    },
    {
      kind: 'paragraph',
      text: `${steps.join('；')}。${defaulted}据此，裁量确定的罚款数额为人民币${yuan(p.fineYuan)}元。`,
    },
    ...(p.noPenalty
      ? [{ kind: 'paragraph' as const, text: `你单位的违法行为符合不予处罚情形：${p.noPenalty.text}。` }]
      : []),
  ];
}

/** The officer's checks of an assessment: the rule engine's warnings and the basis not read in the text. */
export const penaltyChecks = (p: CasePenalty): string[] => p.warnings.map((w) => `⚠ ${w}`);
