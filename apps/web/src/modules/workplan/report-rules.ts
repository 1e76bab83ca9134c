import type { Round } from './types';

/** The server's limit per attachment, after base64 decoding (README: ≤ 5 MB each). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** A report's percent: an integer from 0 to 100 (the contract's `SubmitReportBodySchema`). */
export function isValidPercent(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

/**
 * The round a unit most likely reports for today: the last round whose period has started
 * (the current month); before the first one opens, the first round. `today` is YYYY-MM-DD, Beijing.
 */
export function defaultRound(rounds: readonly Round[], today: string): Round | undefined {
  const sorted = [...rounds].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return sorted.filter((r) => r.periodStart <= today).at(-1) ?? sorted[0];
}

/** Today's date in Beijing (Asia/Shanghai, UTC+8, no daylight saving) as YYYY-MM-DD. */
export function shanghaiToday(now: number = Date.now()): string {
  return new Date(now + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Reads a file as base64 (without the data-URL prefix) for the JSON report body. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
