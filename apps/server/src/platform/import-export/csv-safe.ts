import { stringify } from 'csv-stringify/sync';

/** A number written as text: Excel reads it as that number, never as a formula. */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A CSV cell that Excel (or LibreOffice) would run as a formula, `=`, `+`, `-`, `@`, tab or CR first,
 * gets a leading single quote so that it shows as the text it is (OWASP "CSV injection"). Numbers,
 * and text that is exactly a number such as "-3.5", stay as they are.
 */
export function neutraliseCsvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  return neutraliseText(String(value));
}

/** Text a spreadsheet would take for a formula gets a leading single quote; text that is a number stays. */
export function neutraliseText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMERIC.test(text) ? `'${text}` : text;
}

/** The one CSV writer of every export: rows of cells (header row included), each cell neutralised. */
export function csvText(matrix: readonly (readonly unknown[])[]): string {
  return stringify(matrix.map((row) => row.map(neutraliseCsvCell)));
}
