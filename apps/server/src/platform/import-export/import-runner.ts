import { z } from 'zod';
import type { ImportReport, ImportRowError, ImportRowErrorCode } from '@ecocloud/contracts';

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
  /** Errors of the header row (row 1), e.g. an unknown column: they block the import in either mode. */
  headerErrors?: ImportRowError[];
  /** Looks at the valid rows before anything is written, in a dry run too; what it returns joins the report. */
  review?: (valid: { row: number; value: T }[]) => Promise<Pick<ImportReport, 'differing'>>;
}): Promise<ImportReport> {
  const errors: ImportRowError[] = [...(opts.headerErrors ?? [])];
  const valid: { row: number; value: T }[] = [];
  opts.rows.forEach((record, i) => {
    const row = i + 2;
    const result = opts.validate(record, row);
    if (result.errors.length > 0 || result.value === undefined) errors.push(...result.errors);
    else valid.push({ row, value: result.value });
  });
  const blocked = (opts.headerErrors?.length ?? 0) > 0 || (opts.mode === 'all-or-nothing' && errors.length > 0);
  const review = opts.review ? await opts.review(valid) : {};
  const applied = opts.dryRun || blocked ? 0 : await opts.apply(valid);
  return {
    dryRun: opts.dryRun,
    mode: opts.mode,
    total: opts.rows.length,
    valid: valid.length,
    applied,
    errors,
    ...review,
  };
}

/** `code` is one of the contracts' IMPORT_ROW_ERROR_CODES (the web words it); `message` is the detail. */
export function rowError(row: number, field: string | null, code: ImportRowErrorCode, message: string): ImportRowError {
  return { row, field, code, message };
}

/**
 * Label ↔ code translation for import columns: accepts a code, a Chinese label or an English label,
 * and returns the code; undefined when nothing matches.
 */
export function codeFromLabel(
  entries: readonly { code: string; label: string; labelEn: string | null }[],
  value: string,
): string | undefined {
  const v = value.trim();
  const hit =
    entries.find((e) => e.code === v) ??
    entries.find((e) => e.label === v) ??
    entries.find((e) => e.labelEn?.toLowerCase() === v.toLowerCase());
  return hit?.code;
}

/**
 * One validation for the API and the import: a row, once read into the shape of the API's request
 * body, is checked by the same contract schema (lengths, ranges, enums the database relies on).
 * Each issue becomes a row error on the file column `columnOf` names for its path; issues on a
 * column already reported (`reported`) are left out so that a row shows one error per column.
 */
export function contractCheck<S extends z.ZodType>(
  schema: S,
  input: unknown,
  row: number,
  columnOf: (path: PropertyKey[]) => string,
  reported: ImportRowError[] = [],
): { value?: z.output<S>; errors: ImportRowError[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { value: parsed.data, errors: [] };
  const seen = new Set(reported.map((e) => e.field));
  const errors: ImportRowError[] = [];
  for (const issue of parsed.error.issues) {
    const field = columnOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push(rowError(row, field, 'INVALID', issue.message));
  }
  return { errors };
}

/** `regionCode` → `region_code`: the file's column for a field of the API body. */
export const snakeColumn = (path: PropertyKey[]): string =>
  String(path[0] ?? '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  是: true,
  否: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

/**
 * A cell's text as the type its contract field expects: `true/false/是/否/1/0` (and yes/no) for a
 * boolean, a finite number for a number, the text otherwise. What does not convert stays text, so
 * that the schema names the column and the expected type in its row error.
 */
export function typedCell(field: z.ZodType, text: string): unknown {
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  if (inner instanceof z.ZodBoolean) return BOOLEAN_WORDS[text.trim().toLowerCase()] ?? text;
  if (inner instanceof z.ZodNumber) return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  return text;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * An instant from a time cell: ISO 8601 with its offset, or a wall-clock time as Excel writes it into
 * a CSV on a Chinese system (`2026/3/1 10:00`, `2026-03-01 10:00:00`, `2026-03-01`), which means
 * Beijing time. Returns the UTC ISO string, or null when the text is not a time.
 */
export function instantOf(text: string): string | null {
  if (ISO_WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = LOCAL_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not exist is not a time.
  if (
    back.getUTCMonth() !== Number(mo) - 1 ||
    back.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(sec) > 59
  )
    return null;
  return new Date(utc - 8 * 3600_000).toISOString();
}
