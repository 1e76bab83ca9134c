import type { CalendarDayKind } from '@ecocloud/contracts';

/**
 * Base data: Chinese public holidays and make-up working days (调休) for 2024–2026, written from
 * public knowledge of the State Council General Office's annual notices (国务院办公厅关于…部分节假日安排的通知).
 * NOT verified against the notices' text here: an administrator corrects or extends it through the
 * calendar API (custom rows override base rows of the same date). 2026 is the least certain year.
 * Holiday spans list every day off, weekends included (harmless: weekends are off anyway).
 */
export type BaseCalendarDay = { date: string; kind: CalendarDayKind; name: string };

type Span = [name: string, from: string, to: string, makeUpDays: string[]];

const SPANS: Span[] = [
  // 2024 (国办发明电〔2023〕7号)
  ['元旦', '2024-01-01', '2024-01-01', []],
  ['春节', '2024-02-10', '2024-02-17', ['2024-02-04', '2024-02-18']],
  ['清明节', '2024-04-04', '2024-04-06', ['2024-04-07']],
  ['劳动节', '2024-05-01', '2024-05-05', ['2024-04-28', '2024-05-11']],
  ['端午节', '2024-06-08', '2024-06-10', []],
  ['中秋节', '2024-09-15', '2024-09-17', ['2024-09-14']],
  ['国庆节', '2024-10-01', '2024-10-07', ['2024-09-29', '2024-10-12']],
  // 2025 (国办发明电〔2024〕12号; Spring Festival and Labour Day one day longer from 2025)
  ['元旦', '2025-01-01', '2025-01-01', []],
  ['春节', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
  ['清明节', '2025-04-04', '2025-04-06', []],
  ['劳动节', '2025-05-01', '2025-05-05', ['2025-04-27']],
  ['端午节', '2025-05-31', '2025-06-02', []],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
  // 2026 (published late 2025; least certain, check against the notice)
  ['元旦', '2026-01-01', '2026-01-03', ['2026-01-04']],
  ['春节', '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
  ['清明节', '2026-04-04', '2026-04-06', []],
  ['劳动节', '2026-05-01', '2026-05-05', ['2026-05-09']],
  ['端午节', '2026-06-19', '2026-06-21', []],
  ['中秋节', '2026-09-25', '2026-09-27', []],
  ['国庆节', '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
];

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= to;
    d = new Date(d.getTime() + 86_400_000)
  ) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export const BASE_CALENDAR_DAYS: readonly BaseCalendarDay[] = SPANS.flatMap(([name, from, to, makeUp]) => [
  ...expand(from, to).map((date) => ({ date, kind: 'holiday' as const, name })),
  ...makeUp.map((date) => ({ date, kind: 'workday' as const, name: `${name}调休上班` })),
]);
