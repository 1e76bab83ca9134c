import type { FactorMap } from './types';

/** One editable line of a device's factor map: HJ 212 factor code → our parameter, times a scale. */
export type FactorRow = { key: string; code: string; parameter: string; scale: string };
export type FactorRowError = 'codeRequired' | 'codeInvalid' | 'codeDuplicate' | 'parameterRequired' | 'scaleInvalid';

// HJ 212 field names are joined with '-', '=', ',', ';' and '&&': a code containing one cannot be parsed back.
const CODE_RE = /^[A-Za-z0-9_]{1,20}$/;
const PARAMETER_RE = /^[a-z0-9_]{1,40}$/;

let nextKey = 0;
/** A fresh row key for React lists; rows are identified by key, not by their (editable) code. */
export function newFactorRow(init: Partial<Omit<FactorRow, 'key'>> = {}): FactorRow {
  nextKey += 1;
  return { key: `f${nextKey}`, code: init.code ?? '', parameter: init.parameter ?? '', scale: init.scale ?? '1' };
}

/** The map as rows, in code order (stable for people comparing with the logger's manual). */
export function rowsFromFactorMap(map: FactorMap | undefined): FactorRow[] {
  return Object.entries(map ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, f]) => newFactorRow({ code, parameter: f.parameter, scale: String(f.scale ?? 1) }));
}

/** What is wrong with `row` among `rows`, or null. A blank row (all fields empty except scale) is not an error. */
export function factorRowError(row: FactorRow, rows: readonly FactorRow[]): FactorRowError | null {
  const code = row.code.trim();
  if (code === '') return 'codeRequired';
  if (!CODE_RE.test(code)) return 'codeInvalid';
  if (rows.some((other) => other.key !== row.key && other.code.trim() === code)) return 'codeDuplicate';
  if (!PARAMETER_RE.test(row.parameter.trim())) return 'parameterRequired';
  const scale = Number(row.scale.trim());
  if (row.scale.trim() === '' || !Number.isFinite(scale) || scale <= 0) return 'scaleInvalid';
  return null;
}

function isBlank(row: FactorRow): boolean {
  return row.code.trim() === '' && row.parameter.trim() === '';
}

/**
 * The JSON the API stores (`{ code: { parameter, scale } }`) from the valid rows, plus whether any
 * row is invalid (the form refuses to save then). Blank rows are ignored: adding a row and
 * leaving it empty must not block saving.
 */
export function factorMapFromRows(rows: readonly FactorRow[]): { map: FactorMap; hasErrors: boolean } {
  const map: FactorMap = {};
  let hasErrors = false;
  for (const row of rows) {
    if (isBlank(row)) continue;
    if (factorRowError(row, rows) !== null) {
      hasErrors = true;
      continue;
    }
    map[row.code.trim()] = { parameter: row.parameter.trim(), scale: Number(row.scale.trim()) };
  }
  return { map, hasErrors };
}
