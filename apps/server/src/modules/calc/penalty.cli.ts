import { assessPenalty, VIOLATION_TYPES, type PenaltyResult, type ViolationType } from '@ecocloud/standards';

/** `--json` is the output (and the only format): accepted for the pipe-friendly spelling `… --json | jq`. */
export const PENALTY_FLAGS = ['json'];

const REQUIRED = ['jurisdiction', 'table', 'violation', 'act_date', 'decision_date'] as const;
const NUMERIC = [
  'pollutant_count',
  'daily_volume_t',
  'exceed_multiple',
  'repeats_2y',
  'ph',
  'over_load_pct',
  'duration_days',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (s: string): boolean => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

type PenaltyRow =
  ({ row: number } & PenaltyResult) | { row: number; ok: false; code: 'ROW_INVALID'; field: string; message: string };

/** One CSV row checked and assessed; `row` counts data rows from 1 (the header is row 0). */
function penaltyOfRow(r: Readonly<Record<string, string>>, row: number): PenaltyRow {
  const invalid = (field: string, message: string): PenaltyRow => ({
    row,
    ok: false,
    code: 'ROW_INVALID',
    field,
    message,
  });
  for (const c of REQUIRED) if (!r[c]?.trim()) return invalid(c, `${c} is required`);
  const violation = r.violation!.trim();
  if (!(VIOLATION_TYPES as readonly string[]).includes(violation))
    return invalid('violation', `violation must be one of ${VIOLATION_TYPES.join(', ')}`);
  for (const c of ['act_date', 'decision_date', 'act_end_date'])
    if (r[c]?.trim() && !isRealDate(r[c]!.trim())) return invalid(c, `${c} must be a date YYYY-MM-DD`);
  for (const c of NUMERIC)
    if (r[c]?.trim() && !Number.isFinite(Number(r[c]!.trim()))) return invalid(c, `${c} must be a number`);
  if (r.decision_date!.trim() < r.act_date!.trim()) return invalid('decision_date', 'decision_date is before act_date');
  const inputs = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()]));
  return {
    row,
    ...assessPenalty({
      jurisdiction: r.jurisdiction!.trim(),
      table: r.table!.trim(),
      violation: violation as ViolationType,
      actDate: r.act_date!.trim(),
      actEndDate: r.act_end_date?.trim() || undefined,
      decisionDate: r.decision_date!.trim(),
      alsoViolates: r.also_violates?.trim() ? r.also_violates.split(';').map((s) => s.trim()) : [],
      inputs,
    }),
  };
}

/**
 * `ecocloud calc penalty [FILE|-] --json`: a JSON array, one object per row in order; a row that cannot be
 * assessed keeps its place as `{row, ok: false, code, message}` and is reported on stderr too.
 */
export async function runPenalty(
  rows: Record<string, string>[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<void> {
  const out = rows.map((r, i) => penaltyOfRow(r, i + 1));
  for (const o of out) if (!o.ok) io.stderr.write(`row ${o.row}: ${o.code}: ${o.message}\n`);
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
