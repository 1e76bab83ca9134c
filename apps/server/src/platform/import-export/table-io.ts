import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError } from '@ecocloud/contracts';

export type TableFormat = 'csv' | 'xlsx';
export type Table = { header: string[]; rows: Record<string, string>[] };
export type ExportColumn = { key: string; header: string };

export function formatOf(filename: string): TableFormat {
  if (/\.xlsx$/i.test(filename)) return 'xlsx';
  if (/\.(csv|txt)$/i.test(filename)) return 'csv';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `unsupported file ${filename}: use .csv or .xlsx`);
}

/** Reads the first sheet (XLSX) or the whole file (CSV, UTF-8 with or without BOM); row 1 is the header. */
export async function readTable(data: Buffer, format: TableFormat): Promise<Table> {
  if (format === 'csv') {
    const records = parse(data, { bom: true, columns: false, skip_empty_lines: true, relax_column_count: true }) as string[][];
    const [header = [], ...body] = records;
    const names = header.map((h) => h.trim());
    return { header: names, rows: body.map((cells) => Object.fromEntries(names.map((h, i) => [h, (cells[i] ?? '').trim()]))) };
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => { header[col - 1] = cellText(cell.value).trim(); });
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const rec = Object.fromEntries(header.map((h, i) => [h, cellText(row.getCell(i + 1).value).trim()]));
    if (Object.values(rec).some((v) => v !== '')) rows.push(rec);
  }
  return { header, rows };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    return '';
  }
  return String(v);
}

/** Writes a table; CSV gets a BOM so Excel opens Chinese text correctly. */
export async function writeTable(columns: ExportColumn[], rows: Record<string, unknown>[], format: TableFormat, sheetName = 'data'): Promise<Buffer> {
  const matrix = rows.map((r) => columns.map((c) => toCell(r[c.key])));
  if (format === 'csv') {
    return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify([columns.map((c) => c.header), ...matrix]))]);
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  matrix.forEach((m) => sheet.addRow(m));
  sheet.columns.forEach((col) => { col.width = 18; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function toCell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
