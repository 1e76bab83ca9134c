import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addSheet } from './ranking-xlsx';

describe('addSheet', () => {
  it('stores figures as number cells with their format and defuses text that Excel would run as a formula', async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(
      wb,
      's',
      [
        { header: '名称', width: 10, value: (r: { name: string; v: number | null }) => r.name },
        { header: '数值', width: 10, numFmt: '0.0', value: (r) => r.v },
      ],
      [
        { name: '=HYPERLINK("http://x")', v: -4.1 },
        { name: '南宁市', v: null },
      ],
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = back.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getRow(2).getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: -4.1, numFmt: '0.0' });
    expect(sheet.getRow(3).getCell(1).value).toBe('南宁市');
    expect(sheet.getRow(3).getCell(2).value).toBe('');
  });
});
