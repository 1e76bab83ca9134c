import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { statsCsv } from './stats-csv';
import { statsRowFixture } from './testing/stats-fixture';

describe('statsCsv', () => {
  it('writes the table in Chinese with the total row, for Excel', () => {
    const t = createI18n('zh-CN').t;
    const rows = [
      statsRowFixture(),
      statsRowFixture({
        key: 'org-gl',
        name: '桂林市生态环境局, 执法支队',
        finesYuan: 1234.5,
        onTimeRate: null,
        avgDaysToDecision: null,
      }),
    ];
    const total = statsRowFixture({ key: 'total', name: '', cases: 4, finesYuan: 601_234.5, onTimeRate: 100 });
    const csv = statsCsv(rows, total, 'org', t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '办案单位,案件数,线索,立案,作出决定,罚款金额（元）,平均办案天数（天）,按期率（%）,逾期期限,逾期未缴',
    );
    expect(lines[1]).toBe('南宁市生态环境局,3,2,2,3,600000,63,66.7,0,1');
    // A comma in a name is quoted; an empty figure stays empty.
    expect(lines[2]).toBe('"桂林市生态环境局, 执法支队",3,2,2,3,1234.5,,,0,1');
    expect(lines[3]).toBe('合计,4,2,2,3,601234.5,63,100,0,1');
    expect(lines[4]).toBe('');
    expect(statsCsv(rows, total, 'region', t).slice(1).startsWith('城市,')).toBe(true);
  });
});
