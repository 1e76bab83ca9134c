/**
 * HJ 212-2017 表8 data flags and what each does to the exceedance judgement.
 *
 * The flag letters and meanings are the standard's (ref standards.md §6, ✅). That only `N` data enter
 * the judgement follows the 2022 marking rules (生态环境部公告2022年第21号: "data marked invalid are not
 * used for exceedance judgment", regulation.md §2.1/§2.2 ☑). The effects are data so a province can
 * change them without code; the condition marks of the industry marking rules (停运, 并网/供能, 解列,
 * 故障/事故) are data too (their full list is ⚠ not obtained).
 */
export type Hj212Flag = 'N' | 'F' | 'M' | 'S' | 'D' | 'C' | 'T' | 'B';

export type FlagEffect = 'valid' | 'excluded';

export interface FlagRule {
  readonly flag: string;
  readonly meaning: string;
  readonly effect: FlagEffect;
  /** Why the flag has this effect (the clause, or the engineering reason). */
  readonly reason: string;
  /** A device state that says the plant or the analyser is not measuring emissions (used by the false-mark sign). */
  readonly claimsNotOperating: boolean;
}

const HJ212_EXCLUDED = 'HJ 212-2017 表8 + 2022年第21号公告: not normal data, not used for exceedance judgment';

export const HJ212_FLAG_RULES: readonly FlagRule[] = [
  {
    flag: 'N',
    meaning: '正常 normal',
    effect: 'valid',
    reason: 'HJ 212-2017 表8: normal data',
    claimsNotOperating: false,
  },
  {
    flag: 'F',
    meaning: '停运 instrument stopped',
    effect: 'excluded',
    reason: HJ212_EXCLUDED,
    claimsNotOperating: true,
  },
  { flag: 'M', meaning: '维护 maintenance', effect: 'excluded', reason: HJ212_EXCLUDED, claimsNotOperating: true },
  {
    flag: 'S',
    meaning: '手工输入设定值 manual set value',
    effect: 'excluded',
    reason: `${HJ212_EXCLUDED}; not a measurement`,
    claimsNotOperating: false,
  },
  { flag: 'D', meaning: '故障 instrument fault', effect: 'excluded', reason: HJ212_EXCLUDED, claimsNotOperating: true },
  { flag: 'C', meaning: '校准 calibration', effect: 'excluded', reason: HJ212_EXCLUDED, claimsNotOperating: true },
  {
    flag: 'T',
    meaning: '超测上限 above measuring range',
    effect: 'excluded',
    reason: `${HJ212_EXCLUDED} ⚠ (the value is a lower bound; the sign detectors still see it)`,
    claimsNotOperating: false,
  },
  {
    flag: 'B',
    meaning: '通讯异常 communication failure',
    effect: 'excluded',
    reason: HJ212_EXCLUDED,
    claimsNotOperating: false,
  },
];

/**
 * Condition marks of the 2020/2021 thermal-power, cement and paper marking rules (regulation.md §2.1,
 * Guangxi version 桂环函〔2021〕420号). ⚠ the full list and the annual cap on 故障/事故 were not obtained.
 */
export const CONDITION_MARK_RULES: readonly FlagRule[] = [
  {
    flag: '停运',
    meaning: 'unit stopped',
    effect: 'excluded',
    reason: '桂环函〔2021〕420号 condition mark ⚠',
    claimsNotOperating: true,
  },
  {
    flag: '故障/事故',
    meaning: 'fault or accident',
    effect: 'excluded',
    reason: '桂环函〔2021〕420号 condition mark; annual cap ⚠ not obtained',
    claimsNotOperating: true,
  },
  {
    flag: '并网/供能',
    meaning: 'start-up to grid',
    effect: 'excluded',
    reason: '桂环函〔2021〕420号 condition mark ⚠',
    claimsNotOperating: false,
  },
  {
    flag: '解列',
    meaning: 'shut-down from grid',
    effect: 'excluded',
    reason: '桂环函〔2021〕420号 condition mark ⚠',
    claimsNotOperating: false,
  },
];

export const DEFAULT_FLAG_RULES: readonly FlagRule[] = [...HJ212_FLAG_RULES, ...CONDITION_MARK_RULES];

/** The rule of a flag; an unknown flag is excluded (a lead, not a value: unknown data never proves compliance). */
export function flagRule(flag: string, rules: readonly FlagRule[] = DEFAULT_FLAG_RULES): FlagRule {
  const f = flag.trim();
  return (
    rules.find((r) => r.flag === f) ?? {
      flag: f,
      meaning: 'unknown flag',
      effect: 'excluded',
      reason: 'not in the flag table: excluded until a rule says otherwise',
      claimsNotOperating: false,
    }
  );
}

/** A minute value is valid when its flag's effect is `valid` (HJ 212 `N`, empty flag read as `N` ⚠). */
export function isValidMinuteFlag(flag: string, rules: readonly FlagRule[] = DEFAULT_FLAG_RULES): boolean {
  return flagRule(flag.trim() === '' ? 'N' : flag, rules).effect === 'valid';
}
