import { basesInForce, citation, type LegalBasis, type ViolationType } from './legal-bases';

export type BasisReason =
  /** The law in force when the act happened (Code art. 1057 sentence 1, 行政处罚法 §37). */
  | 'act_date_law'
  /** The rule changed before the decision and the new one is lighter (art. 1057 sentence 2). */
  | 'lighter_new_law';

export type BasisChoice =
  | {
      ok: true;
      basis: LegalBasis;
      reason: BasisReason;
      /** The day whose law was read first: the act's end for a continuing act. */
      actDay: string;
      /** Bases weighed, with the fine each would give (art. 1055 among those of one day). */
      weighed: { basisId: string; day: 'act' | 'decision'; fineYuan: number }[];
      explanation: string;
    }
  | { ok: false; code: 'NO_BASIS_AT_ACT_DATE' | 'NOT_ILLEGAL_AT_DECISION'; explanation: string };

export interface BasisQuery {
  violation: ViolationType;
  /** First day of the act. */
  actDate: string;
  /** Last day of a continuing act (连续或者继续状态); absent for a single act. */
  actEndDate?: string | undefined;
  decisionDate: string;
  /** Further bases the same act breaks (art. 1055); ids of `bases`. */
  alsoViolates?: readonly string[];
}

/** The bases of one day for the query: the violation's own plus the others the act breaks. */
function candidates(bases: readonly LegalBasis[], q: BasisQuery, day: string): LegalBasis[] {
  const own = basesInForce(bases, q.violation, day);
  const more = bases.filter(
    (b) => q.alsoViolates?.includes(b.id) && b.from <= day && (b.to === null || day <= b.to) && !own.includes(b),
  );
  return [...own, ...more];
}

/** The higher fine of one day's bases (art. 1055); ties keep the earlier basis of the table. */
function heaviest(list: readonly LegalBasis[], fineUnder: (b: LegalBasis) => number) {
  let best: { basis: LegalBasis; fineYuan: number } | null = null;
  for (const basis of list) {
    const fineYuan = fineUnder(basis);
    if (!best || fineYuan > best.fineYuan) best = { basis, fineYuan };
  }
  return best;
}

/**
 * Which basis governs a case (从旧兼从轻): the law in force on the act's (last) day, unless the law in force
 * on the decision day gives a lighter fine for the same facts, or no longer makes the act illegal. A
 * continuing act that runs past 2026-08-15 is therefore judged under the Code. `fineUnder` computes the
 * fine the facts would get under a basis (the discretion table scaled to that basis's range).
 */
export function selectBasis(
  bases: readonly LegalBasis[],
  q: BasisQuery,
  fineUnder: (b: LegalBasis) => number,
): BasisChoice {
  const actDay = q.actEndDate && q.actEndDate > q.actDate ? q.actEndDate : q.actDate;
  const old = heaviest(candidates(bases, q, actDay), fineUnder);
  if (!old)
    return {
      ok: false,
      code: 'NO_BASIS_AT_ACT_DATE',
      explanation: `行为发生时（${actDay}）无对应的处罚依据`,
    };
  const now = heaviest(candidates(bases, q, q.decisionDate), fineUnder);
  const weighed = [
    ...candidates(bases, q, actDay).map((b) => ({ basisId: b.id, day: 'act' as const, fineYuan: fineUnder(b) })),
    ...candidates(bases, q, q.decisionDate).map((b) => ({
      basisId: b.id,
      day: 'decision' as const,
      fineYuan: fineUnder(b),
    })),
  ];
  if (!now)
    return {
      ok: false,
      code: 'NOT_ILLEGAL_AT_DECISION',
      explanation: `作出处罚决定时（${q.decisionDate}）该行为已不认为是违法，依法不予处罚（生态环境法典第一千零五十七条）`,
    };
  const several = (day: string) =>
    candidates(bases, q, day).length > 1
      ? '；同一违法行为违反多个法律规范，按照罚款数额高的规定处罚（第一千零五十五条）'
      : '';
  const continuing =
    actDay !== q.actDate ? `违法行为有连续或者继续状态，自行为终了之日（${actDay}）起适用当时的规定；` : '';
  if (now.basis.id !== old.basis.id && now.fineYuan < old.fineYuan)
    return {
      ok: true,
      basis: now.basis,
      reason: 'lighter_new_law',
      actDay,
      weighed,
      explanation: `${continuing}行为发生时适用${citation(old.basis)}（罚款${old.fineYuan}元），作出决定时${citation(now.basis)}处罚较轻（罚款${now.fineYuan}元），依从旧兼从轻原则适用新规定（生态环境法典第一千零五十七条）${several(q.decisionDate)}`,
    };
  return {
    ok: true,
    basis: old.basis,
    reason: 'act_date_law',
    actDay,
    weighed,
    explanation: `${continuing}适用违法行为发生时的规定：${citation(old.basis)}（生态环境法典第一千零五十七条）${several(actDay)}`,
  };
}
