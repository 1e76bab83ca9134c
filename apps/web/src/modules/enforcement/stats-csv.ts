import type { EnforcementStatsRow } from '@ecocloud/contracts';
import type { TFunction } from 'i18next';

/** The statistics table as CSV in the page's words, for Excel (UTF-8 with its byte-order mark, CRLF lines). */

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function statsCsv(
  rows: readonly EnforcementStatsRow[],
  total: EnforcementStatsRow,
  groupBy: 'org' | 'region',
  t: TFunction,
): string {
  const k = (key: string) => t(`enforcement.stats.${key}`);
  const header = [
    groupBy === 'org' ? k('unit') : k('city'),
    k('cases'),
    k('opened'),
    k('filed'),
    k('decided'),
    `${k('fines')}（元）`,
    `${k('avgDays')}（天）`,
    `${k('onTimeRate')}（%）`,
    k('overdueClocks'),
    k('overduePayments'),
  ];
  const line = (r: EnforcementStatsRow, name: string) =>
    [
      name,
      r.cases,
      r.opened,
      r.filed,
      r.decided,
      r.finesYuan,
      r.avgDaysToDecision,
      r.onTimeRate === null ? null : Math.min(r.onTimeRate, 100),
      r.overdueClocks,
      r.overduePayments,
    ]
      .map(cell)
      .join(',');
  const lines = [header.map(cell).join(','), ...rows.map((r) => line(r, r.name)), line(total, k('total'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Saves text as a file through a temporary link (the browser's own download). */
export function saveText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
