import { fineOf, noPenaltyRule, tableFor, weigh, type Inputs, type WeighedFactor } from './discretion/compute';
import { GUANGDONG_2022 } from './discretion/guangdong-2022';
import { GUANGXI_2023 } from './discretion/guangxi-2023';
import type { Jurisdiction } from './discretion/types';
import { citation, DEFAULT_LEGAL_BASES, type LegalBasis, type ViolationType } from './legal-bases';
import { selectBasis, type BasisReason } from './select-basis';

export const DEFAULT_JURISDICTIONS: readonly Jurisdiction[] = [GUANGDONG_2022, GUANGXI_2023];

export interface PenaltyCase {
  jurisdiction: string;
  /** The table's number in the published benchmark (2.7.1 …). */
  table: string;
  violation: ViolationType;
  actDate: string;
  actEndDate?: string | undefined;
  decisionDate: string;
  /** Other bases the same act breaks (art. 1055), by id. */
  alsoViolates?: readonly string[];
  /** The facts the table's factors read: pollutant_count, pollutant_class, area, daily_volume_t … */
  inputs: Inputs;
}

export type PenaltyErrorCode =
  | 'UNKNOWN_JURISDICTION'
  | 'UNKNOWN_TABLE'
  | 'TABLE_NOT_FOR_VIOLATION'
  | 'NO_BASIS_AT_ACT_DATE'
  | 'NOT_ILLEGAL_AT_DECISION';

export interface PenaltyAssessment {
  ok: true;
  jurisdiction: string;
  table: string;
  tableName: string;
  violation: ViolationType;
  basis: { id: string; law: string; article: string; citation: string; verified: boolean };
  basisReason: BasisReason;
  basisExplanation: string;
  statutoryRange: { minYuan: number; maxYuan: number };
  factors: WeighedFactor[];
  sumPercent: number;
  floorPercent: number | null;
  appliedPercent: number;
  clamped: 'min' | 'max' | null;
  /** 0 when the no-penalty list applies. */
  fineYuan: number;
  noPenalty: { id: string; text: string } | null;
  warnings: string[];
}

export type PenaltyResult = PenaltyAssessment | { ok: false; code: PenaltyErrorCode; message: string };

/**
 * A case's fine: the basis by the act date (从旧兼从轻, art. 1057; the higher fine among norms the act
 * breaks, art. 1055), the jurisdiction's table weighed on the facts, the sum times the chosen basis's
 * statutory maximum, clamped to its range, or no penalty where the jurisdiction's list says so.
 */
export function assessPenalty(
  c: PenaltyCase,
  data: { jurisdictions?: readonly Jurisdiction[]; bases?: readonly LegalBasis[] } = {},
): PenaltyResult {
  const jurisdiction = (data.jurisdictions ?? DEFAULT_JURISDICTIONS).find((j) => j.code === c.jurisdiction);
  if (!jurisdiction)
    return { ok: false, code: 'UNKNOWN_JURISDICTION', message: `no discretion tables for ${c.jurisdiction}` };
  const found = tableFor(jurisdiction, c.table, c.decisionDate);
  if (!found) return { ok: false, code: 'UNKNOWN_TABLE', message: `${jurisdiction.name} has no table ${c.table}` };
  const { table, warnings } = found;
  if (!table.violations.includes(c.violation))
    return {
      ok: false,
      code: 'TABLE_NOT_FOR_VIOLATION',
      message: `table ${c.table} is for ${table.violations.join(', ')}, not ${c.violation}`,
    };
  const weighing = weigh(jurisdiction, table, c.inputs);
  const choice = selectBasis(data.bases ?? DEFAULT_LEGAL_BASES, c, (b) => fineOf(weighing.appliedPercent, b).fineYuan);
  if (!choice.ok) return { ok: false, code: choice.code, message: choice.explanation };
  const { basis } = choice;
  const fine = fineOf(weighing.appliedPercent, basis);
  const exempt = noPenaltyRule(jurisdiction, c.violation, c.inputs);
  if (!basis.verified) warnings.push('处罚依据的条款或幅度未经官方文本核实');
  return {
    ok: true,
    jurisdiction: jurisdiction.code,
    table: table.id,
    tableName: table.name,
    violation: c.violation,
    basis: {
      id: basis.id,
      law: basis.law,
      article: basis.article,
      citation: citation(basis),
      verified: basis.verified,
    },
    basisReason: choice.reason,
    basisExplanation: choice.explanation,
    statutoryRange: { minYuan: basis.minYuan, maxYuan: basis.maxYuan },
    factors: weighing.factors,
    sumPercent: weighing.sumPercent,
    floorPercent: table.floorPercent,
    appliedPercent: weighing.appliedPercent,
    clamped: fine.clamped,
    fineYuan: exempt ? 0 : fine.fineYuan,
    noPenalty: exempt ? { id: exempt.id, text: exempt.text } : null,
    warnings,
  };
}
