import ExcelJS from 'exceljs';
import { addSheet, type SheetColumn } from '../air/ranking-xlsx';
import type { BulletinCityRow, BulletinData } from './bulletin-data';

/** The bulletin's city table as printed: six pollutants, good-day ratio, composite index and rank. */
export const CITY_TABLE_COLUMNS: SheetColumn<BulletinCityRow>[] = [
  { header: '城市', width: 10, value: (c) => c.name },
  { header: 'SO₂（µg/m³）', width: 11, numFmt: '0', value: (c) => c.so2 },
  { header: 'NO₂（µg/m³）', width: 11, numFmt: '0', value: (c) => c.no2 },
  { header: 'PM₁₀（µg/m³）', width: 11, numFmt: '0', value: (c) => c.pm10 },
  { header: 'PM₂.₅（µg/m³）', width: 11, numFmt: '0', value: (c) => c.pm2_5 },
  { header: 'CO 第95百分位（mg/m³）', width: 13, numFmt: '0.0', value: (c) => c.co },
  { header: 'O₃ 日最大8小时第90百分位（µg/m³）', width: 14, numFmt: '0', value: (c) => c.o3 },
  { header: '优良天数比例（%）', width: 12, numFmt: '0.0', value: (c) => c.goodDayRatio },
  { header: '综合指数', width: 10, numFmt: '0.00', value: (c) => c.compositeIndex },
  { header: '排名', width: 6, numFmt: '0', value: (c) => c.rank },
  { header: '主要污染物', width: 12, value: (c) => c.mainPollutant },
  { header: '综合指数同比（%）', width: 12, numFmt: '0.0', value: (c) => c.compositeChangePct },
];

/** The bulletin's own tables as XLSX (what the office pastes into its documents), not the ranking export. */
export async function bulletinTablesXlsx(d: BulletinData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = d.title;
  addSheet(wb, '各市空气质量', CITY_TABLE_COLUMNS, d.cityTable, [d.title, d.standards]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
