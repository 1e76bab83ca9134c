/**
 * The clocks of an enforcement case as data: each rule's period, its unit, the extensions the law
 * allows, the rule text shown to users and how certain it is (regulation reference §3.1–3.3; marks:
 * ✅ read in the text, ☑ cross-checked, ⚠ unverified → shown as such, changeable per jurisdiction).
 *
 * Units: 行政处罚法 §85 makes that law's "二日、三日、五日、七日" working days, so its 5-day hearing
 * request and 7-day service and hearing-notice periods count working days; every other period of the
 * law (15, 90 days) counts calendar days. The MEE rules write 工作日 where they mean it (部令第28号 §8).
 */

export type ClockUnit = 'calendar_day' | 'working_day' | 'month';

/** `by`: the act must happen on or before the due date; `not_before`: not before it (the hearing). */
type ClockBound = 'by' | 'not_before';

export type Mark = '✅' | '☑' | '⚠';

export type CaseClockCode =
  | 'FILING'
  | 'DECISION'
  | 'HEARING_REQUEST'
  | 'HEARING_NOTICE'
  | 'SERVICE'
  | 'PAYMENT'
  | 'CORRECTION_ORDER_SERVICE'
  | 'REINSPECTION'
  | 'SEIZURE'
  | 'PRODUCTION_LIMIT';

/** One allowed extension, in the order they may be granted (each at most once). */
type ClockExtensionRule = {
  by: 'approval' | 'collective';
  /** The most the extension may add, in the rule's unit. */
  max: number;
  citation: string;
  mark: Mark;
};

export type CaseClockRule = {
  code: CaseClockCode;
  citation: string;
  /** The text's own words (行政处罚法 2021, 部令第28/29/30号 as CEE holds them; the 2023 MEE rule paraphrased). */
  text: string;
  amount: number;
  unit: ClockUnit;
  bound: ClockBound;
  /** Who must act: the authority, or the party (当事人: the hearing request is a right that lapses). */
  party: 'authority' | 'party';
  /**
   * Whether a calendar period ending on a rest day ends on the next working day (when the
   * jurisdiction's `rollRestDayForward` is on). Off for the longest durations of coercive measures
   * (seizure, production limit): moving their end later would lengthen a restriction of the party.
   */
  rollsOffRestDay: boolean;
  /** Whether pause intervals (suspension, hearing, monitoring, appraisal, service, publication) stop it. */
  pausable: boolean;
  extensions: readonly ClockExtensionRule[];
  mark: Mark;
};

export const CASE_CLOCK_RULES: Readonly<Record<CaseClockCode, CaseClockRule>> = {
  FILING: {
    code: 'FILING',
    citation: '生态环境行政处罚办法（生态环境部令第30号）',
    text: '自发现线索之日起十五日内决定是否立案；经本机关负责人批准，可以延长十五日',
    amount: 15,
    unit: 'calendar_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: true,
    pausable: false,
    extensions: [{ by: 'approval', max: 15, citation: '生态环境行政处罚办法（生态环境部令第30号）', mark: '⚠' }],
    mark: '⚠',
  },
  DECISION: {
    code: 'DECISION',
    citation: '行政处罚法 第六十条',
    text: '行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定',
    amount: 90,
    unit: 'calendar_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: true,
    pausable: true,
    extensions: [
      { by: 'approval', max: 30, citation: '生态环境行政处罚办法（生态环境部令第30号）', mark: '⚠' },
      { by: 'collective', max: 60, citation: '生态环境行政处罚办法（生态环境部令第30号）', mark: '⚠' },
    ],
    mark: '✅',
  },
  HEARING_REQUEST: {
    code: 'HEARING_REQUEST',
    citation: '行政处罚法 第六十四条第（一）项、第八十五条',
    text: '当事人要求听证的，应当在行政机关告知后五日内提出（"五日"指工作日，不含法定节假日）',
    amount: 5,
    unit: 'working_day',
    bound: 'by',
    party: 'party',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  HEARING_NOTICE: {
    code: 'HEARING_NOTICE',
    citation: '行政处罚法 第六十四条第（二）项、第八十五条',
    text: '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点（"七日"指工作日）',
    amount: 7,
    unit: 'working_day',
    bound: 'not_before',
    party: 'authority',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  SERVICE: {
    code: 'SERVICE',
    citation: '行政处罚法 第六十一条第一款、第八十五条',
    text: '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人',
    amount: 7,
    unit: 'working_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  PAYMENT: {
    code: 'PAYMENT',
    citation: '行政处罚法 第六十七条第三款',
    text: '当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款',
    amount: 15,
    unit: 'calendar_day',
    bound: 'by',
    party: 'party',
    rollsOffRestDay: true,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  CORRECTION_ORDER_SERVICE: {
    code: 'CORRECTION_ORDER_SERVICE',
    citation: '环境保护主管部门实施按日连续处罚办法（环境保护部令第28号）第八条第二款',
    text: '环境保护主管部门应当在取得环境监测报告后三个工作日内向排污者送达责令改正违法行为决定书，责令立即停止违法排放污染物行为',
    amount: 3,
    unit: 'working_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  REINSPECTION: {
    code: 'REINSPECTION',
    citation: '环境保护主管部门实施按日连续处罚办法（环境保护部令第28号）第十条',
    text: '环境保护主管部门应当在送达责令改正违法行为决定书之日起三十日内，以暗查方式组织对排污者违法排放污染物行为的改正情况实施复查',
    amount: 30,
    unit: 'calendar_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: true,
    pausable: false,
    extensions: [],
    mark: '✅',
  },
  SEIZURE: {
    code: 'SEIZURE',
    citation: '环境保护主管部门实施查封、扣押办法（环境保护部令第29号）第十五条',
    text: '查封、扣押的期限不得超过三十日；情况复杂的，经本级环境保护主管部门负责人批准可以延长，但延长期限不得超过三十日',
    amount: 30,
    unit: 'calendar_day',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [
      {
        by: 'approval',
        max: 30,
        citation: '环境保护主管部门实施查封、扣押办法（环境保护部令第29号）第十五条',
        mark: '✅',
      },
    ],
    mark: '✅',
  },
  PRODUCTION_LIMIT: {
    code: 'PRODUCTION_LIMIT',
    citation: '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）第十五条',
    text: '限制生产一般不超过三个月；情况复杂的，经本级环境保护主管部门负责人批准，可以延长，但延长期限不得超过三个月',
    amount: 3,
    unit: 'month',
    bound: 'by',
    party: 'authority',
    rollsOffRestDay: false,
    pausable: false,
    extensions: [
      {
        by: 'approval',
        max: 3,
        citation: '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）第十五条',
        mark: '✅',
      },
    ],
    mark: '✅',
  },
};

/** A jurisdiction's choices over the defaults (a province or an administrator sets them). */
export type CaseClockSettings = {
  /** A calendar period whose last day is a rest day ends on the next working day (default on). */
  rollRestDayForward: boolean;
  /** Per-rule period, for a local rule or a confirmed reading of a ⚠ rule (in the rule's unit). */
  amounts: Partial<Record<CaseClockCode, number>>;
};

export const DEFAULT_CASE_CLOCK_SETTINGS: CaseClockSettings = { rollRestDayForward: true, amounts: {} };

/** The rule as it applies in a jurisdiction: the table row with the settings' period. */
export function effectiveCaseRule(code: CaseClockCode, settings: Partial<CaseClockSettings> = {}): CaseClockRule {
  const base = CASE_CLOCK_RULES[code];
  const amount = settings.amounts?.[code] ?? base.amount;
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`${code}: the period must be a whole number ≥ 0`);
  return { ...base, amount };
}
