/**
 * The publication periods of administrative punishment records (行政处罚信息) on the credit portals, by the
 * regime in force on the decision date (regulation.md §4.2). Versioned data: a deployment may pass its own
 * list to `repairPeriods`. Marks as in the reference: `cross_checked` (☑) or `unverified` (⚠).
 */

/** The class of a punishment record: 轻微 / 一般 / 严重 失信行为. */
export const PUNISHMENT_CLASSES = ['minor', 'general', 'serious'] as const;
export type PunishmentClass = (typeof PUNISHMENT_CLASSES)[number];

export const PUNISHMENT_CLASS_TEXT: Readonly<Record<PunishmentClass, string>> = {
  minor: '轻微失信',
  general: '一般失信',
  serious: '严重失信',
};

export interface RepairClassRule {
  /** False: the record is not published on the credit portal at all. */
  readonly published: boolean;
  /** Minimum publication period in months (repair may be asked only after it); null when not published. */
  readonly minMonths: number | null;
  /** Maximum publication period in months (removed automatically after it); null when not published. */
  readonly maxMonths: number | null;
  /** The rule in Chinese, as the UI and the CLI show it. */
  readonly text: string;
  /** Set when the numbers are ⚠ (one source, or a default where the reference has none): say so in the UI. */
  readonly unverified?: string;
}

export interface RepairRegime {
  readonly id: string;
  readonly instrument: string;
  /** First decision day the regime governs; the earliest regime also governs every day before it. */
  readonly inForceFrom: string;
  readonly mark: 'cross_checked' | 'unverified';
  readonly classes: Readonly<Record<PunishmentClass, RepairClassRule>>;
  readonly notes: readonly string[];
}

const DEFAULT_2023 = '参考资料未区分该类别，默认按令第58号通用公示期（最短3个月、最长3年），可配置';

export const REPAIR_REGIMES: readonly RepairRegime[] = [
  {
    id: 'ndrc-2019-527',
    instrument: '发改办财金〔2019〕527号',
    inForceFrom: '2019-01-01',
    mark: 'unverified',
    classes: {
      minor: {
        published: true,
        minMonths: 3,
        maxMonths: 36,
        text: '发改办财金〔2019〕527号：行政处罚信息公示期最短3个月、最长3年（⚠默认值）',
        unverified: '参考资料仅给出严重失信的公示期，此类别默认最短3个月、最长3年，可配置',
      },
      general: {
        published: true,
        minMonths: 3,
        maxMonths: 36,
        text: '发改办财金〔2019〕527号：行政处罚信息公示期最短3个月、最长3年（⚠默认值）',
        unverified: '参考资料仅给出严重失信的公示期，此类别默认最短3个月、最长3年，可配置',
      },
      serious: {
        published: true,
        minMonths: 6,
        maxMonths: 36,
        text: '发改办财金〔2019〕527号：严重失信行政处罚信息公示期最短6个月、最长3年',
        unverified: '单一来源（历史规定），可配置',
      },
    },
    notes: ['⚠ 历史规定，单一来源；生效日期未核实，2023-05-01前的决定均按此处理'],
  },
  {
    id: 'ndrc-2023-58',
    instrument: '失信行为纠正后的信用信息修复管理办法（试行）（国家发展改革委令第58号）',
    inForceFrom: '2023-05-01',
    mark: 'cross_checked',
    classes: {
      minor: {
        published: true,
        minMonths: 3,
        maxMonths: 36,
        text: '令第58号：行政处罚信息最短公示3个月、最长公示3年，最短公示期满后可申请信用修复',
        unverified: DEFAULT_2023,
      },
      general: {
        published: true,
        minMonths: 3,
        maxMonths: 36,
        text: '令第58号：行政处罚信息最短公示3个月、最长公示3年，最短公示期满后可申请信用修复',
      },
      serious: {
        published: true,
        minMonths: 3,
        maxMonths: 36,
        text: '令第58号：行政处罚信息最短公示3个月、最长公示3年，最短公示期满后可申请信用修复',
      },
    },
    notes: ['安全生产、消防、特种设备领域最短公示期1年，不适用于生态环境处罚'],
  },
  {
    id: 'ndrc-2026',
    instrument: '信用修复管理办法（国家发展改革委，2026-04-01施行）',
    inForceFrom: '2026-04-01',
    mark: 'cross_checked',
    classes: {
      minor: {
        published: false,
        minMonths: null,
        maxMonths: null,
        text: '信用修复管理办法：轻微失信（适用简易程序的处罚、警告、通报批评）的处罚信息不予公示',
      },
      general: {
        published: true,
        minMonths: 3,
        maxMonths: 12,
        text: '信用修复管理办法：一般失信处罚信息最短公示3个月、最长公示1年，自决定之日起计算；最短公示期满后可申请修复，最长公示期满自动停止公示',
      },
      serious: {
        published: true,
        minMonths: 12,
        maxMonths: 36,
        text: '信用修复管理办法：严重失信处罚信息最短公示1年、最长公示3年，自决定之日起计算；最短公示期满后可申请修复，最长公示期满自动停止公示',
      },
    },
    notes: [
      '轻微失信信息如已公示，公示期不超过3个月，履行义务后即可修复',
      '“信用中国”网站为统一修复窗口，谁认定、谁修复',
    ],
  },
];
