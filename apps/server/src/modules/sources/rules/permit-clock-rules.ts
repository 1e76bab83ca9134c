/**
 * The permit clocks of 排污许可管理条例 (国务院令第736号) as data: each rule's period, whether it
 * counts calendar days (日) or working days (工作日), which way it runs, and the rule text shown to
 * users. Regulation reference §1.2 marks the periods ✅ PRIMARY.
 *
 * Day kind ⚠: the 条例 writes every one of these periods in 日, so the default is calendar days.
 * 行政许可法 §82 counts *that law's* licensing periods in working days, and a province may read the
 * authority's own periods (§9, §12, §14 review) the same way; that reading is not settled here, so the
 * day kind is a setting per rule (`ClockSettings.dayKinds`), not code.
 */

export type DayKind = 'calendar' | 'working';

/** `after`: the period runs from an event (starts the next day); `before`: a deadline ahead of an event (expiry). */
type ClockDirection = 'after' | 'before';

export type PermitClockCode =
  | 'PERMIT_CORRECTION_NOTICE'
  | 'PERMIT_DECISION_SIMPLIFIED'
  | 'PERMIT_DECISION_KEY'
  | 'PERMIT_DECISION_KEY_SITE_CHECK'
  | 'PERMIT_RENEWAL_APPLICATION'
  | 'PERMIT_RENEWAL_REVIEW'
  | 'PERMIT_CHANGE_APPLICATION'
  | 'REGISTRATION_FORM_UPDATE';

/** Who must act when the clock runs out: the authority or the discharging unit. */
type ClockParty = 'authority' | 'unit';

export type PermitClockRule = {
  code: PermitClockCode;
  citation: string;
  days: number;
  dayKind: DayKind;
  direction: ClockDirection;
  party: ClockParty;
  /** The 条例's own words (LawRefBook/Laws 行政法规/排污许可管理条例(2021-01-24).md). */
  text: string;
  /** Certainty of the number (✅ read in the 条例) and of the day kind (⚠ configurable). */
  certainty: { days: '✅'; dayKind: '⚠' };
};

const MARK = { days: '✅', dayKind: '⚠' } as const;

export const PERMIT_CLOCK_RULES: Readonly<Record<PermitClockCode, PermitClockRule>> = {
  PERMIT_CORRECTION_NOTICE: {
    code: 'PERMIT_CORRECTION_NOTICE',
    citation: '排污许可管理条例 第九条第(四)项',
    days: 3,
    dayKind: 'calendar',
    direction: 'after',
    party: 'authority',
    text: '申请材料不齐全或者不符合法定形式的，应当当场或者在3日内出具告知单，一次性告知排污单位需要补正的全部材料；逾期不告知的，自收到申请材料之日起即视为受理',
    certainty: MARK,
  },
  PERMIT_DECISION_SIMPLIFIED: {
    code: 'PERMIT_DECISION_SIMPLIFIED',
    citation: '排污许可管理条例 第十二条',
    days: 20,
    dayKind: 'calendar',
    direction: 'after',
    party: 'authority',
    text: '对实行排污许可简化管理的排污单位，审批部门应当自受理申请之日起20日内作出审批决定',
    certainty: MARK,
  },
  PERMIT_DECISION_KEY: {
    code: 'PERMIT_DECISION_KEY',
    citation: '排污许可管理条例 第十二条',
    days: 30,
    dayKind: 'calendar',
    direction: 'after',
    party: 'authority',
    text: '对实行排污许可重点管理的排污单位，审批部门应当自受理申请之日起30日内作出审批决定',
    certainty: MARK,
  },
  PERMIT_DECISION_KEY_SITE_CHECK: {
    code: 'PERMIT_DECISION_KEY_SITE_CHECK',
    citation: '排污许可管理条例 第十二条',
    days: 45,
    dayKind: 'calendar',
    direction: 'after',
    party: 'authority',
    text: '对实行排污许可重点管理的排污单位……需要进行现场核查的，应当自受理申请之日起45日内作出审批决定',
    certainty: MARK,
  },
  PERMIT_RENEWAL_APPLICATION: {
    code: 'PERMIT_RENEWAL_APPLICATION',
    citation: '排污许可管理条例 第十四条第二款',
    days: 60,
    dayKind: 'calendar',
    direction: 'before',
    party: 'unit',
    text: '排污许可证有效期届满，排污单位需要继续排放污染物的，应当于排污许可证有效期届满60日前向审批部门提出申请',
    certainty: MARK,
  },
  PERMIT_RENEWAL_REVIEW: {
    code: 'PERMIT_RENEWAL_REVIEW',
    citation: '排污许可管理条例 第十四条第二款',
    days: 20,
    dayKind: 'calendar',
    direction: 'after',
    party: 'authority',
    text: '审批部门应当自受理申请之日起20日内完成审查；对符合条件的予以延续，对不符合条件的不予延续并书面说明理由',
    certainty: MARK,
  },
  PERMIT_CHANGE_APPLICATION: {
    code: 'PERMIT_CHANGE_APPLICATION',
    citation: '排污许可管理条例 第十四条第三款',
    days: 30,
    dayKind: 'calendar',
    direction: 'after',
    party: 'unit',
    text: '排污单位变更名称、住所、法定代表人或者主要负责人的，应当自变更之日起30日内，向审批部门申请办理排污许可证变更手续',
    certainty: MARK,
  },
  REGISTRATION_FORM_UPDATE: {
    code: 'REGISTRATION_FORM_UPDATE',
    citation: '排污许可管理条例 第二十四条第三款',
    days: 20,
    dayKind: 'calendar',
    direction: 'after',
    party: 'unit',
    text: '填报的信息发生变动的，应当自发生变动之日起20日内进行变更填报',
    certainty: MARK,
  },
};

/** A jurisdiction's choices over the defaults (a province or an administrator sets them). */
export type ClockSettings = {
  /**
   * A forward calendar period whose last day is a rest day ends on the next working day
   * (default on; 民法典 §203 ⚠ background: a period whose last day is a statutory holiday ends the
   * day after it; §201: the start day is not counted). Never applied to
   * `before` deadlines: moving "no later than 60 days before expiry" later would shorten the
   * authority's time, and moving it earlier is not what the text says.
   */
  rollRestDayForward: boolean;
  /** Per-rule day kind (⚠): e.g. a province that counts §12 decisions in working days. */
  dayKinds: Partial<Record<PermitClockCode, DayKind>>;
  /** Per-rule number of days, for a local rule that shortens a period (e.g. 承诺时限). */
  days: Partial<Record<PermitClockCode, number>>;
};

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { rollRestDayForward: true, dayKinds: {}, days: {} };

/** The rule as it applies in a jurisdiction: the table row with the settings' days and day kind. */
export function effectiveRule(code: PermitClockCode, settings: Partial<ClockSettings> = {}): PermitClockRule {
  const base = PERMIT_CLOCK_RULES[code];
  const days = settings.days?.[code] ?? base.days;
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`${code}: days must be a non-negative integer`);
  return { ...base, days, dayKind: settings.dayKinds?.[code] ?? base.dayKind };
}
