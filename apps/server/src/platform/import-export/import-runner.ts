import type { ImportReport, ImportRowError } from '@ecocloud/contracts';

export type ImportMode = 'valid-rows' | 'all-or-nothing';

/** Validates one input row; `row` is the spreadsheet row number (header = 1). */
export type RowValidator<T> = (record: Record<string, string>, row: number) => { value?: T; errors: ImportRowError[] };

/**
 * The shared import flow: validate every row, then (unless a dry run) apply either the valid rows
 * or, in all-or-nothing mode, nothing at all when any row failed. `apply` runs in the caller's
 * transaction and returns how many rows it wrote.
 */
export async function runImport<T>(opts: {
  rows: Record<string, string>[];
  validate: RowValidator<T>;
  apply: (valid: { row: number; value: T }[]) => Promise<number>;
  dryRun: boolean;
  mode: ImportMode;
}): Promise<ImportReport> {
  const errors: ImportRowError[] = [];
  const valid: { row: number; value: T }[] = [];
  opts.rows.forEach((record, i) => {
    const row = i + 2;
    const result = opts.validate(record, row);
    if (result.errors.length > 0 || result.value === undefined) errors.push(...result.errors);
    else valid.push({ row, value: result.value });
  });
  const blocked = opts.mode === 'all-or-nothing' && errors.length > 0;
  const applied = opts.dryRun || blocked ? 0 : await opts.apply(valid);
  return { dryRun: opts.dryRun, mode: opts.mode, total: opts.rows.length, valid: valid.length, applied, errors };
}

export function rowError(row: number, field: string | null, code: string, message: string): ImportRowError {
  return { row, field, code, message };
}

/**
 * Label ↔ code translation for import columns: accepts a code, a Chinese label or an English label,
 * and returns the code; undefined when nothing matches.
 */
export function codeFromLabel(entries: readonly { code: string; label: string; labelEn: string | null }[], value: string): string | undefined {
  const v = value.trim();
  const hit = entries.find((e) => e.code === v) ?? entries.find((e) => e.label === v) ?? entries.find((e) => e.labelEn?.toLowerCase() === v.toLowerCase());
  return hit?.code;
}
