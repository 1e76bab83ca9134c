/** The month grid of the inspection calendar: pure, Monday first, days as `YYYY-MM-DD`. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `YYYY-MM` `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + delta;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/**
 * The weeks of a month, Monday to Sunday; the days before the first and after the last are null
 * (the grid shows only the month's own days).
 */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday; Monday-first column of the 1st.
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Items grouped by their day. */
export function byDay<T>(items: readonly T[], dayOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    map.set(day, [...(map.get(day) ?? []), item]);
  }
  return map;
}
