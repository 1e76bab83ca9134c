import type { Period, Reading } from '../../ingest/reading';
import type { ArchivedPacket, IngestBatch } from '../batch-store';

type ReadingRow = [string, string, Period, string, number | null, string | null, string | null];
type PacketRow = [string, string | null, string | null, string];
type BatchJson = { r: ReadingRow[]; p: PacketRow[]; d: string[] };

/** A batch as journal text: rows as arrays, not objects, so keys are not repeated per reading. */
export function encodeBatch(batch: IngestBatch): string {
  const json: BatchJson = {
    r: batch.readings.map((r) => [r.stationId, r.parameter, r.period, r.periodStart, r.value, r.valueText, r.flag]),
    p: batch.packets.map((p) => [p.mn, p.qn, p.cn, p.raw]),
    d: batch.deviceIds,
  };
  return JSON.stringify(json);
}

/** Decodes journal text, appending into `into` so several entries become one batch to apply. */
export function decodeBatchInto(text: string, into: IngestBatch): void {
  const json = JSON.parse(text) as BatchJson;
  for (const [stationId, parameter, period, periodStart, value, valueText, flag] of json.r) {
    into.readings.push({ stationId, parameter, period, periodStart, value, valueText, flag } satisfies Reading);
  }
  for (const [mn, qn, cn, raw] of json.p) into.packets.push({ mn, qn, cn, raw } satisfies ArchivedPacket);
  for (const d of json.d) into.deviceIds.push(d);
}

/** Rows a batch weighs for batching and backpressure: readings plus archived packets. */
export const batchRows = (batch: IngestBatch): number => batch.readings.length + batch.packets.length;
