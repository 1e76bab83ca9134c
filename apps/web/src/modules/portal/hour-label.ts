import { formatInstant } from '../../ui/format-time';

/**
 * The label of an hourly value as Chinese bulletins print it: the hour's END in Beijing time,
 * "MM-DD HH:00" (an hour 07:00–08:00 is "08:00"). Midnight ends the previous day's last hour and
 * is printed with the new day's date, as the national feed does.
 */
export function hourEndLabel(hourEnd: string): string {
  const text = formatInstant(hourEnd); // "YYYY-MM-DD HH:mm:ss" in Beijing time
  return text.length >= 16 ? `${text.slice(5, 10)} ${text.slice(11, 16)}` : text;
}
