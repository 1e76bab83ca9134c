export const PERIODS = ['rt', '1m', '1h', '1d'] as const;
export type Period = (typeof PERIODS)[number];

/** One stored value: the unit of every ingestion path (HJ 212, MQTT, HTTP, files). */
export type Reading = {
  stationId: string;
  parameter: string;
  period: Period;
  /** ISO-8601 UTC instant: the period's start (HJ 212 convention); for 'rt' the sampling instant. */
  periodStart: string;
  value: number | null;
  /** The value as sent, kept for audit and re-parsing. */
  valueText: string | null;
  flag: string | null;
};

export type ReadingSource = 'hj212' | 'mqtt' | 'http' | 'import' | 'demo';

// The Shanghai calendar helpers are the platform's (every module needs them); kept here for monitoring's own files.
export { shanghaiDate, shanghaiDateStart } from '../../../platform/time-zone';

/** Data flags that may enter statistics: N (normal) or none; every other HJ 212 flag marks invalid data. */
export function isValidFlag(flag: string | null): boolean {
  return flag === null || flag === '' || flag === 'N';
}

/** Parses a decimal string as sent; null for empty or non-numeric text. */
export function parseValue(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
