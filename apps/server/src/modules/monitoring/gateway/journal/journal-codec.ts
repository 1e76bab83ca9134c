import type { Period } from '../../ingest/reading';
import type { IngestBatch } from '../batch-store';

/**
 * A batch as journal text. Readings of one packet share station, period and start, so they are
 * written once per run of readings (`g`: station, period, start, count) followed by four flat
 * values per reading (`v`: parameter, value, value as sent, flag); packets are flat too (`p`:
 * MN, QN, CN, raw frame). Flat arrays of primitives are what JSON encodes and parses fastest.
 */
type BatchJson = { g: (string | number)[]; v: (string | number | null)[]; p: (string | null)[]; d: string[] };

export function encodeBatch(batch: IngestBatch): string {
  const g: (string | number)[] = [];
  const v: (string | number | null)[] = [];
  let runAt = -1;
  for (const r of batch.readings) {
    if (runAt < 0 || g[runAt] !== r.stationId || g[runAt + 1] !== r.period || g[runAt + 2] !== r.periodStart) {
      runAt = g.length;
      g.push(r.stationId, r.period, r.periodStart, 0);
    }
    (g[runAt + 3] as number)++;
    v.push(r.parameter, r.value, r.valueText, r.flag);
  }
  const p: (string | null)[] = [];
  for (const k of batch.packets) p.push(k.mn, k.qn, k.cn, k.raw);
  return JSON.stringify({ g, v, p, d: batch.deviceIds } satisfies BatchJson);
}

/** Decodes journal text, appending into `into` so several entries become one batch to apply. */
export function decodeBatchInto(text: string, into: IngestBatch): void {
  const { g, v, p, d } = JSON.parse(text) as BatchJson;
  let at = 0;
  for (let i = 0; i < g.length; i += 4) {
    const stationId = g[i] as string;
    const period = g[i + 1] as Period;
    const periodStart = g[i + 2] as string;
    for (let n = g[i + 3] as number; n > 0; n--, at += 4) {
      into.readings.push({
        stationId,
        period,
        periodStart,
        parameter: v[at] as string,
        value: v[at + 1] as number | null,
        valueText: v[at + 2] as string | null,
        flag: v[at + 3] as string | null,
      });
    }
  }
  for (let i = 0; i < p.length; i += 4)
    into.packets.push({ mn: p[i] as string, qn: p[i + 1] ?? null, cn: p[i + 2] ?? null, raw: p[i + 3] as string });
  for (const id of d) into.deviceIds.push(id);
}

/** Rows a batch weighs for batching and backpressure: readings plus archived packets. */
export const batchRows = (batch: IngestBatch): number => batch.readings.length + batch.packets.length;
