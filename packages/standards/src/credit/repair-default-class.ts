import type { PunishmentClass } from './repair-regimes';

/**
 * The class an officer is offered for a punishment record from an enforcement decision; the officer
 * confirms or changes it. ⚠ Data: the 2026 办法 names the classes by kind (轻微: simple-procedure penalties,
 * warnings, circulated criticism; 一般: larger fines, confiscation; 严重: huge fines, licence withdrawal,
 * employment bans) without amounts. Defaults:
 * - minor: no fine, or a fine within the simple procedure for an organisation (行政处罚法 §51: ≤ 3 000 元);
 * - serious: a fine of at least `seriousFineYuan` (⚠ 1 000 000 元 by default), or a referral to the police
 *   (detention or criminal liability follows);
 * - general: any other fine.
 */
export interface DefaultClassThresholds {
  readonly minorMaxFineYuan: number;
  readonly seriousFineYuan: number;
}

export const DEFAULT_CLASS_THRESHOLDS: DefaultClassThresholds = {
  minorMaxFineYuan: 3_000,
  seriousFineYuan: 1_000_000,
};

export function defaultPunishmentClass(
  decision: { fineYuan: number | null; referredToPolice: boolean },
  t: DefaultClassThresholds = DEFAULT_CLASS_THRESHOLDS,
): { punishmentClass: PunishmentClass; reason: string } {
  const fine = decision.fineYuan ?? 0;
  if (decision.referredToPolice) return { punishmentClass: 'serious', reason: '案件已移送公安机关' };
  if (fine >= t.seriousFineYuan)
    return { punishmentClass: 'serious', reason: `罚款${fine}元，达到${t.seriousFineYuan}元（⚠默认阈值，可配置）` };
  if (fine <= t.minorMaxFineYuan)
    return {
      punishmentClass: 'minor',
      reason: fine === 0 ? '未处罚款（警告等）' : `罚款${fine}元，不超过简易程序限额${t.minorMaxFineYuan}元`,
    };
  return { punishmentClass: 'general', reason: `罚款${fine}元` };
}
