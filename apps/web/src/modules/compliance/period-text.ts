import { formatInstant } from '../../ui/format-time';

/** "2026-03-01 08:00 ～ 2026-03-01 14:00" in Beijing time; the end's date is left out on the same day. */
export function periodText(start: string, end: string): string {
  const from = formatInstant(start).slice(0, 16);
  const to = formatInstant(end).slice(0, 16);
  return to.slice(0, 10) === from.slice(0, 10) ? `${from} ～ ${to.slice(11)}` : `${from} ～ ${to}`;
}
