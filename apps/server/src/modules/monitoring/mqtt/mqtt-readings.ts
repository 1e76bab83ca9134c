import type { QuarantineReasonCode } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Reading } from '../ingest/reading';
import { parseMqttPayload } from './mqtt-payload';
import { stationIdsByCode } from '../stations/stations.repository';

export type MqttVerdict =
  { ok: true; readings: Reading[] } | { ok: false; reasonCode: QuarantineReasonCode; reason: string };

/** Station code → id, cached briefly (a station added in the UI is seen within seconds). */
export class StationCodes {
  private cache = new Map<string, { id: string | null; at: number }>();
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ttlMs = 10_000,
  ) {}

  async resolve(codes: readonly string[]): Promise<Map<string, string | null>> {
    const now = Date.now();
    const missing = [...new Set(codes)].filter((c) => {
      const hit = this.cache.get(c);
      return !hit || now - hit.at >= this.ttlMs;
    });
    if (missing.length > 0) {
      const rows = await stationIdsByCode(this.db, missing);
      const found = new Map(rows.map((r) => [r.code, r.id]));
      for (const c of missing) this.cache.set(c, { id: found.get(c) ?? null, at: now });
    }
    return new Map(codes.map((c) => [c, this.cache.get(c)?.id ?? null]));
  }
}

/**
 * Turns one MQTT message into readings, or a quarantine reason. All or nothing: a message naming
 * an unknown station is quarantined whole, so a publisher's batch is never half stored.
 */
export async function judgeMqttMessage(body: Uint8Array, stations: StationCodes): Promise<MqttVerdict> {
  const parsed = parseMqttPayload(body);
  if (!parsed.ok) return parsed;
  const ids = await stations.resolve(parsed.items.map((i) => i.station));
  const unknown = [...ids].filter(([, id]) => id === null).map(([code]) => code);
  if (unknown.length > 0)
    return { ok: false, reasonCode: 'MQTT_UNKNOWN_STATION', reason: `unknown station code(s): ${unknown.join(', ')}` };
  const readings: Reading[] = [];
  for (const item of parsed.items) {
    const periodStart = new Date(item.time).toISOString();
    for (const [parameter, value] of Object.entries(item.values)) {
      readings.push({
        stationId: ids.get(item.station) as string,
        parameter,
        period: item.period,
        periodStart,
        value,
        valueText: value === null ? null : String(value),
        flag: item.flags?.[parameter] ?? null,
      });
    }
  }
  return { ok: true, readings };
}
