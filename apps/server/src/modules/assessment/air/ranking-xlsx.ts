import ExcelJS from 'exceljs';
import type { AirRanking } from '@ecocloud/contracts';
import { POLLUTANT_LABELS } from './pollutants';
import { neutraliseText } from '../../../platform/import-export/csv-safe';

/** A column of an XLSX sheet: Chinese header, value of a row, Excel number format for numeric cells. */
export type SheetColumn<T> = {
  header: string;
  width: number;
  numFmt?: string;
  value: (row: T) => string | number | null;
};

type City = AirRanking['cities'][number];
const num = (v: string | number | null): number | null => (v === null || v === '' ? null : Number(v));

/**
 * The ranking sheet as an official reads it: headers in Chinese (the zh-CN page labels) and every
 * figure a number cell (with its shown decimals as the number format), so Excel can sum and sort.
 * The CSV and the CLI keep their machine-readable snake_case columns.
 */
const RANKING_SHEET: SheetColumn<City>[] = [
  { header: '排名', width: 6, numFmt: '0', value: (c) => c.rank },
  { header: '城市', width: 10, value: (c) => c.name },
  { header: '行政区划代码', width: 12, value: (c) => c.regionCode },
  { header: '有效天数', width: 9, numFmt: '0', value: (c) => c.daysValid },
  { header: 'SO₂（µg/m³）', width: 11, numFmt: '0', value: (c) => c.stats.so2 },
  { header: 'NO₂（µg/m³）', width: 11, numFmt: '0', value: (c) => c.stats.no2 },
  { header: 'PM₁₀（µg/m³）', width: 11, numFmt: '0', value: (c) => c.stats.pm10 },
  { header: 'PM₂.₅（µg/m³）', width: 11, numFmt: '0', value: (c) => c.stats.pm2_5 },
  { header: 'CO 日均值第95百分位（mg/m³）', width: 14, numFmt: '0.0', value: (c) => c.stats.co_p95 },
  { header: 'O₃ 日最大8小时第90百分位（µg/m³）', width: 14, numFmt: '0', value: (c) => c.stats.o3_8h_p90 },
  { header: '优良天数比例（%）', width: 12, numFmt: '0.0', value: (c) => num(c.goodDayRatio) },
  { header: '综合指数', width: 10, numFmt: '0.00', value: (c) => num(c.compositeIndex) },
  {
    header: '主要污染物',
    width: 12,
    value: (c) => c.mainPollutants.map((p) => POLLUTANT_LABELS[p as keyof typeof POLLUTANT_LABELS] ?? p).join('、'),
  },
  { header: '综合指数同比（%）', width: 12, numFmt: '0.0', value: (c) => num(c.compositeChangePct) },
];

/** Names come from editable dictionaries: formula-like text is neutralised as in every CSV export. Numbers stay numbers. */
const textSafe = (v: string | number): string | number => (typeof v === 'string' ? neutraliseText(v) : v);

/** Adds a sheet: header row (bold), one row per item, numbers as number cells with their format. */
export function addSheet<T>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn<T>[],
  rows: readonly T[],
  notes: string[] = [],
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) sheet.addRow(columns.map((c) => textSafe(c.value(r) ?? '')));
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  // Notes (period, standards) below the table, so row 1 stays the header.
  if (notes.length) sheet.addRow([]);
  for (const n of notes) sheet.addRow([n]);
  return sheet;
}

const rankingNotes = (r: AirRanking): string[] => [
  `统计时段：${r.period.from} 至 ${r.period.to}`,
  `评价标准：综合指数除数 ${r.limitsStandard}；日 AQI ${r.aqiStandards.join('/')}；HJ 663`,
];

/** The ranking as an XLSX workbook. */
export async function rankingXlsx(r: AirRanking): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, '城市排名', RANKING_SHEET, r.cities, rankingNotes(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
