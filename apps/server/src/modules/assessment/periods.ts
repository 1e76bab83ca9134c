import { AppError } from '@ecocloud/contracts';

/** An evaluation period: Shanghai calendar dates, both ends inclusive. */
export type Period = { kind: PeriodKind; from: string; to: string; label: string };
export type PeriodKind = 'month' | 'quarter' | 'ytd' | 'year' | 'custom';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar date one year earlier; 29 February becomes 28 February. */
export function previousYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y - 1}-${pad(m)}-${pad(Math.min(d, lastDay(y - 1, m)))}`;
}

export function monthPeriod(month: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { kind: 'month', from: `${month}-01`, to: `${month}-${pad(lastDay(y, m))}`, label: month };
}

/** The calendar month before the one containing `date` (YYYY-MM). */
export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/**
 * Resolves a period request against `today` (Shanghai date). `date` picks the month, quarter or year
 * that contains it (default: today). Year to date ends on `date` but never after the last complete
 * day (yesterday); without `date` it is yesterday. Custom periods need from and to.
 */
export function resolvePeriod(
  q: { period: PeriodKind; date?: string | undefined; from?: string | undefined; to?: string | undefined },
  today: string,
): Period {
  const date = q.date ?? today;
  if (!DATE_RE.test(date))
    throw new AppError('VALIDATION_FAILED', 'date must be YYYY-MM-DD', [
      { path: 'querystring.date', message: 'YYYY-MM-DD' },
    ]);
  const [y, m] = date.split('-').map(Number) as [number, number];
  switch (q.period) {
    case 'month':
      return monthPeriod(date.slice(0, 7));
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return {
        kind: 'quarter',
        from: `${y}-${pad(first)}-01`,
        to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}`,
        label: `${y}-Q${(first + 2) / 3}`,
      };
    }
    case 'ytd': {
      // Year to date ends on the last complete day: today has not ended, so it is never part of it.
      const lastComplete = addDays(today, -1);
      const end = q.date && q.date < lastComplete ? q.date : lastComplete;
      const year = end.slice(0, 4);
      return { kind: 'ytd', from: `${year}-01-01`, to: end, label: `${year}-01-01..${end}` };
    }
    case 'year':
      return { kind: 'year', from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) };
    case 'custom': {
      if (!q.from || !q.to || !DATE_RE.test(q.from) || !DATE_RE.test(q.to)) {
        throw new AppError('VALIDATION_FAILED', 'a custom period needs from and to (YYYY-MM-DD)', [
          { path: 'querystring.from', message: 'required' },
        ]);
      }
      if (q.from > q.to)
        throw new AppError('VALIDATION_FAILED', 'from is after to', [
          { path: 'querystring.from', message: 'after to' },
        ]);
      if (Date.parse(q.to) - Date.parse(q.from) > 3 * 366 * 86_400_000)
        throw new AppError('VALIDATION_FAILED', 'a period spans at most three years', [
          { path: 'querystring.to', message: 'too long' },
        ]);
      return { kind: 'custom', from: q.from, to: q.to, label: `${q.from}..${q.to}` };
    }
  }
}
