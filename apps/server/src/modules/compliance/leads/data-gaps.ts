import { cmp, fromInt, hourRuns, mul, parseDecimal, ratio, roundHalfEven, toNumber } from '@ecocloud/standards';
import { SHANGHAI_OFFSET_MS } from '../../../platform/time-zone';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Limited pollutant → hour start → minutes received (any flag); absent hour = none received. */
export type Received = ReadonlyMap<string, ReadonlyMap<number, number>>;

export type MissingRun = {
  /** '' when no limited pollutant arrived at all (the logger or its link is down). */
  pollutant: string;
  from: number;
  to: number;
  hours: number;
};

const nothingIn = (received: Received, pollutant: string, hour: number) =>
  (received.get(pollutant)?.get(hour) ?? 0) === 0;

/**
 * Runs of ≥ `minHours` consecutive clock hours in [fromMs, toMs) without any minute: of every limited
 * pollutant at once (pollutant ''), and of one pollutant while others arrived (a run of one pollutant
 * that lies wholly inside a run of the whole outlet is the same outage, not a second lead).
 */
export function missingRuns(
  received: Received,
  pollutants: readonly string[],
  fromMs: number,
  toMs: number,
  minHours: number,
): MissingRun[] {
  if (!pollutants.length) return [];
  const hours: number[] = [];
  for (let h = fromMs; h < toMs; h += HOUR_MS) hours.push(h);
  const allMissing = hours.filter((h) => pollutants.every((p) => nothingIn(received, p, h)));
  const all = new Set(allMissing);
  const out: MissingRun[] = hourRuns(allMissing, minHours).map((r) => ({
    pollutant: '',
    from: r.from,
    to: r.to,
    hours: r.starts.length,
  }));
  if (pollutants.length > 1)
    for (const p of pollutants)
      for (const r of hourRuns(
        hours.filter((h) => nothingIn(received, p, h)),
        minHours,
      ))
        if (!r.starts.every((h) => all.has(h)))
          out.push({ pollutant: p, from: r.from, to: r.to, hours: r.starts.length });
  return out;
}

export type TransmissionDay = {
  /** Shanghai calendar day, YYYY-MM-DD. */
  day: string;
  from: number;
  to: number;
  receivedMinutes: number;
  expectedMinutes: number;
  /** received / expected, %, one decimal (half to even). */
  ratePercent: number;
  byPollutant: Record<string, { receivedMinutes: number; expectedMinutes: number }>;
};

/** Start (epoch ms) of the Shanghai day containing `ms`. */
export const shanghaiDayStartMs = (ms: number): number =>
  Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;

/**
 * Shanghai days ending in (fromMs, toMs] whose transmission rate (minutes received / expected, over the
 * limited pollutants) is below `alertPercent`. Expected minutes count from `expectedFromMs` (the hour
 * the logger first sent, when that lies inside the day), so a logger connected at noon is not short
 * for the morning. Days starting before `windowFromMs` are not judged (their minutes were not read).
 */
export function lowTransmissionDays(
  received: Received,
  pollutants: readonly string[],
  q: { windowFromMs: number; fromMs: number; toMs: number; expectedFromMs: number; alertPercent: number },
): TransmissionDay[] {
  if (!pollutants.length) return [];
  const out: TransmissionDay[] = [];
  const threshold = parseDecimal(q.alertPercent);
  for (let end = shanghaiDayStartMs(q.fromMs) + DAY_MS; end <= q.toMs; end += DAY_MS) {
    const start = end - DAY_MS;
    if (start < q.windowFromMs || end <= q.expectedFromMs) continue;
    const from = Math.max(start, q.expectedFromMs);
    const byPollutant: TransmissionDay['byPollutant'] = {};
    let got = 0;
    let expected = 0;
    for (const p of pollutants) {
      let r = 0;
      for (let h = from; h < end; h += HOUR_MS) r += Math.min(60, received.get(p)?.get(h) ?? 0);
      const e = ((end - from) / HOUR_MS) * 60;
      byPollutant[p] = { receivedMinutes: r, expectedMinutes: e };
      got += r;
      expected += e;
    }
    // received × 100 < threshold × expected, exactly (a threshold such as 90.5 %).
    if (cmp(fromInt(got * 100), mul(threshold, fromInt(expected))) >= 0) continue;
    out.push({
      day: new Date(start + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10),
      from: start,
      to: end,
      receivedMinutes: got,
      expectedMinutes: expected,
      ratePercent: toNumber(roundHalfEven(ratio(BigInt(got * 100), BigInt(expected)), 1)),
      byPollutant,
    });
  }
  return out;
}
