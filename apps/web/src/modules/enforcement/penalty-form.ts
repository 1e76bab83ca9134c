import type { CasePenalty } from '@ecocloud/contracts';
import { DEFAULT_JURISDICTIONS, type DiscretionTable, type Jurisdiction } from '@ecocloud/standards';

/**
 * The penalty form as data: the discretion tables the server computes with (@ecocloud/standards, the
 * same DEFAULT_JURISDICTIONS), so the form offers the tables of the case's jurisdiction that fit its
 * violation, and for each table the facts its factors read.
 */

/** The facts in the order a benchmark lists them; a table shows the ones it reads. */
const INPUT_ORDER = [
  'pollutant_count',
  'pollutant_class',
  'area',
  'daily_volume_t',
  'period',
  'form',
  'exceed_multiple',
  'ph',
  'over_load_pct',
  'correction',
  'duration_days',
  'repeats_2y',
] as const;

export type PenaltyInput =
  { key: string; kind: 'choice'; options: string[] } | { key: string; kind: 'number'; integer: boolean };

/** Counts are whole numbers; measures may have decimals. */
const INTEGER_INPUTS = new Set(['pollutant_count', 'repeats_2y', 'duration_days']);

export function jurisdictionOf(code: string): Jurisdiction | undefined {
  return DEFAULT_JURISDICTIONS.find((j) => j.code === code);
}

/** The jurisdiction's tables for the violation, one per number (the newest version), by number. */
export function tablesFor(jurisdiction: string, violation: string): DiscretionTable[] {
  const j = jurisdictionOf(jurisdiction);
  if (!j) return [];
  const byId = new Map<string, DiscretionTable>();
  for (const table of j.tables) {
    if (!(table.violations as readonly string[]).includes(violation)) continue;
    const seen = byId.get(table.id);
    if (!seen || table.from > seen.from) byId.set(table.id, table);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/**
 * The facts a table weighs: each factor's input and the inputs its grades read instead (pH, the share
 * over the total), and those the jurisdiction's no-penalty list reads for the table's violations (the
 * correction within the deadline). A text input offers the values its grades list.
 */
export function inputsOf(table: DiscretionTable, jurisdiction?: Jurisdiction): PenaltyInput[] {
  const options = new Map<string, Set<string> | null>();
  const note = (input: string, values?: readonly string[]) => {
    const known = options.get(input);
    if (values) options.set(input, new Set([...(known ?? []), ...values]));
    else if (!options.has(input)) options.set(input, null);
  };
  for (const factor of table.factors) for (const grade of factor.grades) note(grade.input ?? factor.input, grade.oneOf);
  for (const rule of jurisdiction?.noPenalty ?? [])
    if (rule.violations.some((v) => table.violations.includes(v)))
      for (const c of rule.conditions) if (c.input) note(c.input, c.oneOf);
  const rank = (key: string) => {
    const i = (INPUT_ORDER as readonly string[]).indexOf(key);
    return i < 0 ? INPUT_ORDER.length : i;
  };
  return [...options.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, values]) =>
      values
        ? { key, kind: 'choice' as const, options: [...values] }
        : { key, kind: 'number' as const, integer: INTEGER_INPUTS.has(key) },
    );
}

/** A number as the server reads it: digits with an optional decimal part (no sign, no exponent). */
export function isDecimalText(value: string, integer: boolean): boolean {
  return integer ? /^\d+$/.test(value.trim()) : /^\d+(\.\d+)?$/.test(value.trim());
}

/** The filled facts as the server takes them: trimmed strings, empty ones left out (the lowest grade). */
export function penaltyInputs(
  values: Record<string, string | undefined>,
  inputs: PenaltyInput[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of inputs) {
    const v = values[input.key]?.trim();
    if (v) out[input.key] = v;
  }
  return out;
}

/**
 * The facts of an assessment already made, read back from its factors (each grade names the input it
 * matched), so the form opens where the officer left it. Defaulted factors had no value.
 */
export function inputsFromPenalty(penalty: CasePenalty, table: DiscretionTable | undefined): Record<string, string> {
  if (!table) return {};
  const out: Record<string, string> = {};
  for (const f of penalty.factors) {
    if (f.defaulted || f.value === '') continue;
    const factor = table.factors.find((x) => x.key === f.key);
    if (!factor) continue;
    const grade = factor.grades.find((g) => g.label === f.grade);
    out[grade?.input ?? factor.input] = f.value;
  }
  return out;
}
