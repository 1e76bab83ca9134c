import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { AppError } from '@ecocloud/contracts';
import { csvText } from './csv-safe';
import { xlsxParseSlots } from './parse-slots';
import { assertXlsxWithinLimits } from './xlsx-guard';

export type TableFormat = 'csv' | 'xlsx';
export type Table = { header: string[]; rows: Record<string, string>[] };
export type ExportColumn = { key: string; header: string };

export function formatOf(filename: string): TableFormat {
  if (/\.xlsx$/i.test(filename)) return 'xlsx';
  if (/\.(csv|txt)$/i.test(filename)) return 'csv';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `unsupported file ${filename}: use .csv or .xlsx`);
}

/**
 * Bounds of every import parse (CSV and XLSX): enough for the 100,000-row all-or-nothing import,
 * small enough that a crafted file cannot take the server's memory.
 */
const TABLE_LIMITS = { maxRows: 200_000, maxColumns: 500, maxCells: 4_000_000 };

/**
 * Reads the first sheet (XLSX) or the whole file (CSV); row 1 is the header. XLSX files are checked
 * for their real decompressed size first and then read as a stream, row by row; anything unreadable
 * is a coded 400 (IMPORT_FILE_MALFORMED / IMPORT_FILE_TOO_LARGE), never a 500.
 */
export async function readTable(data: Buffer, format: TableFormat, limits = TABLE_LIMITS): Promise<Table> {
  const cells = format === 'csv' ? csvCells(data, limits) : await xlsxParseSlots.run(() => xlsxCells(data, limits));
  const [header = [], ...body] = cells;
  const names = header.map((h) => h.trim());
  const rows = body
    .map((row) => Object.fromEntries(names.map((h, i) => [h, (row[i] ?? '').trim()])))
    .filter((rec) => Object.values(rec).some((v) => v !== ''));
  return { header: names, rows };
}

function bounded(limits: typeof TABLE_LIMITS) {
  let cells = 0;
  let rows = 0;
  return (width: number) => {
    rows++;
    cells += width;
    if (width > limits.maxColumns) throw tableTooLarge(`a row has ${width} columns (at most ${limits.maxColumns})`);
    if (rows > limits.maxRows + 1) throw tableTooLarge(`more than ${limits.maxRows} rows`);
    if (cells > limits.maxCells) throw tableTooLarge(`more than ${limits.maxCells} cells`);
  };
}

function tableTooLarge(why: string): AppError {
  return new AppError('IMPORT_FILE_TOO_LARGE', `the file is too large to import: ${why}`, [
    { path: 'file', message: why },
  ]);
}

function csvCells(data: Buffer, limits: typeof TABLE_LIMITS): string[][] {
  const count = bounded(limits);
  try {
    return parse(decodeText(data), {
      columns: false,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (r: string[]) => {
        count(r.length);
        return r;
      },
    }) as string[][];
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_FILE_MALFORMED', `not a readable CSV file: ${(err as Error).message}`, [
      { path: 'file', message: (err as Error).message },
    ]);
  }
}

/**
 * CSV text as people save it: UTF-8 with or without BOM, or GB18030/GBK (Excel's "CSV (逗号分隔)" on a
 * Chinese system). Bytes that are valid UTF-8 are UTF-8 (GBK text almost never is); anything else is
 * read as GB18030, a superset of GBK and GB2312. What neither reads is refused with the encodings named.
 */
function decodeText(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
  else if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
    throw encodingError('UTF-16 (Excel\'s "Unicode text")');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const text = iconv.decode(data, 'gb18030');
    if (!text.includes('\uFFFD')) return text;
    throw encodingError('neither UTF-8 nor GB18030/GBK');
  }
}

function encodingError(what: string): AppError {
  return new AppError('IMPORT_FILE_ENCODING', `the CSV file is ${what}: save it as CSV UTF-8 (逗号分隔) or GB18030`, [
    { path: 'file', message: `encoding: ${what}` },
  ]);
}

async function xlsxCells(data: Buffer, limits: typeof TABLE_LIMITS): Promise<string[][]> {
  await assertXlsxWithinLimits(data);
  const count = bounded(limits);
  const out: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        count(values.length);
        out.push(values.slice(1).map(cellText));
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_FILE_MALFORMED', `not a readable XLSX file: ${(err as Error).message}`, [
      { path: 'file', message: (err as Error).message },
    ]);
  }
  return out;
}

/**
 * A cell as the text its user sees. Excel keeps dates as wall-clock serials without a zone (exceljs
 * returns them as if UTC): they mean Beijing time, so `2026-03-01 10:00` becomes
 * `2026-03-01T10:00:00+08:00`. Numbers lose the binary noise of formulas (22.900000000000002 → 22.9),
 * as Excel shows them at 15 significant digits.
 */
function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : `${v.toISOString().slice(0, 19)}+08:00`;
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    return '';
  }
  return String(v);
}

/** Writes a table; CSV gets a BOM so Excel opens Chinese text correctly, and formula-like text is neutralised. */
export async function writeTable(
  columns: ExportColumn[],
  rows: Record<string, unknown>[],
  format: TableFormat,
  sheetName = 'data',
): Promise<Buffer> {
  const matrix = rows.map((r) => columns.map((c) => toCell(r[c.key])));
  if (format === 'csv') {
    return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(csvText([columns.map((c) => c.header), ...matrix]))]);
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  matrix.forEach((m) => sheet.addRow(m));
  sheet.columns.forEach((col) => {
    col.width = 18;
  });
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
