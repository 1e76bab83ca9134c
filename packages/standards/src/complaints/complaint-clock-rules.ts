/**
 * The clocks of a complaint or petition as data (regulation reference §5): each rule's period, its unit,
 * the extension the law allows, the citation and how certain it is (✅ read in the text, ☑ cross-checked,
 * ⚠ unverified). "日" is calendar days; only a rule that writes 工作日 counts working days.
 */

export type ComplaintClockUnit = 'calendar_day' | 'working_day';
export type ComplaintClockMark = '✅' | '☑' | '⚠';

export const COMPLAINT_CLOCK_CODES = [
  'ACCEPTANCE',
  'HANDLING',
  'REVIEW_REQUEST',
  'REVIEW_ANSWER',
  'RE_REVIEW_REQUEST',
  'RE_REVIEW_ANSWER',
] as const;
export type ComplaintClockCode = (typeof COMPLAINT_CLOCK_CODES)[number];

export type ComplaintClockRule = {
  code: ComplaintClockCode;
  citation: string;
  /** The rule in the text's words (paraphrased where marked ☑). */
  text: string;
  amount: number;
  unit: ComplaintClockUnit;
  /** Who must act: the authority, or the reporter (a request period is a right that lapses). */
  party: 'authority' | 'reporter';
  /** The most an approved extension may add (calendar days), 0 when none is allowed. */
  maxExtension: number;
  mark: ComplaintClockMark;
};

export const COMPLAINT_CLOCK_RULES: Readonly<Record<ComplaintClockCode, ComplaintClockRule>> = {
  ACCEPTANCE: {
    code: 'ACCEPTANCE',
    citation: '信访工作条例 第二十三条；环保举报热线工作管理办法（环境保护部令第15号）',
    text: '能够当场告知的，应当当场书面告知；不能当场告知的，应当自收到信访事项之日起十五日内书面告知信访人',
    amount: 15,
    unit: 'calendar_day',
    party: 'authority',
    maxExtension: 0,
    mark: '✅',
  },
  HANDLING: {
    code: 'HANDLING',
    citation: '信访工作条例 第三十四条',
    text: '信访事项应当自受理之日起六十日内办结；情况复杂的，经本机关负责人批准，可以适当延长办理期限，但延长期限不得超过三十日，并告知信访人延期理由',
    amount: 60,
    unit: 'calendar_day',
    party: 'authority',
    maxExtension: 30,
    mark: '✅',
  },
  REVIEW_REQUEST: {
    code: 'REVIEW_REQUEST',
    citation: '信访工作条例 第三十五条',
    text: '信访人对信访处理意见不服的，可以自收到书面答复之日起三十日内请求原办理机关的上一级机关复查',
    amount: 30,
    unit: 'calendar_day',
    party: 'reporter',
    maxExtension: 0,
    mark: '✅',
  },
  REVIEW_ANSWER: {
    code: 'REVIEW_ANSWER',
    citation: '信访工作条例 第三十五条',
    text: '收到复查请求的机关应当自收到复查请求之日起三十日内提出复查意见，并予以书面答复',
    amount: 30,
    unit: 'calendar_day',
    party: 'authority',
    maxExtension: 0,
    mark: '✅',
  },
  RE_REVIEW_REQUEST: {
    code: 'RE_REVIEW_REQUEST',
    citation: '信访工作条例 第三十六条',
    text: '信访人对复查意见不服的，可以自收到书面答复之日起三十日内向复查机关的上一级机关请求复核',
    amount: 30,
    unit: 'calendar_day',
    party: 'reporter',
    maxExtension: 0,
    mark: '✅',
  },
  RE_REVIEW_ANSWER: {
    code: 'RE_REVIEW_ANSWER',
    citation: '信访工作条例 第三十六条',
    text: '收到复核请求的机关应当自收到复核请求之日起三十日内提出复核意见（听证所需时间不计算在内）',
    amount: 30,
    unit: 'calendar_day',
    party: 'authority',
    maxExtension: 0,
    mark: '✅',
  },
};

/** A jurisdiction's shorter period for one clock (its own unit: a province may count working days). */
export type ComplaintClockOverride = { amount: number; unit?: ComplaintClockUnit; citation: string };

/** A jurisdiction's choices over the national rules. */
export type ComplaintClockSettings = {
  /** A calendar period whose last day is a rest day ends on the next working day (default on). */
  rollRestDayForward: boolean;
  overrides: Partial<Record<ComplaintClockCode, ComplaintClockOverride>>;
};

export const DEFAULT_COMPLAINT_CLOCK_SETTINGS: ComplaintClockSettings = { rollRestDayForward: true, overrides: {} };

/**
 * Provinces' shorter limits, as data (reference §5.2: "keep limits per jurisdiction"). Only what the
 * reference names; each ☑ single-sourced, so an administrator checks it before relying on it.
 */
export const PROVINCIAL_COMPLAINT_LIMITS: Readonly<Record<string, ComplaintClockSettings['overrides']>> = {
  // Fujian 2018, reports by WeChat: accepted in 2 working days, closed within 30 days (☑ single source).
  '350000': {
    ACCEPTANCE: { amount: 2, unit: 'working_day', citation: '福建省微信举报办理规定（2018，☑单一来源）' },
    HANDLING: { amount: 30, citation: '福建省微信举报办理规定（2018，☑单一来源）' },
  },
};

/** The settings of a jurisdiction: the province's limits, then any the administrator set. */
export function complaintClockSettingsOf(
  jurisdiction: string,
  own: Partial<ComplaintClockSettings> = {},
): ComplaintClockSettings {
  const province = `${jurisdiction.slice(0, 2)}0000`;
  return {
    rollRestDayForward: own.rollRestDayForward ?? true,
    overrides: { ...PROVINCIAL_COMPLAINT_LIMITS[province], ...own.overrides },
  };
}

/** The rule as it applies under the settings: a shorter local period replaces the national one, never a longer. */
export function effectiveComplaintRule(
  code: ComplaintClockCode,
  settings: ComplaintClockSettings = DEFAULT_COMPLAINT_CLOCK_SETTINGS,
): ComplaintClockRule {
  const base = COMPLAINT_CLOCK_RULES[code];
  const o = settings.overrides[code];
  if (!o) return base;
  if (!Number.isInteger(o.amount) || o.amount < 1) throw new RangeError(`${code}: a period is a whole number ≥ 1`);
  return { ...base, amount: o.amount, unit: o.unit ?? base.unit, citation: o.citation };
}
