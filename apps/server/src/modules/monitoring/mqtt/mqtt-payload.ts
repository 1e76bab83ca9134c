import { z } from 'zod';
import { PERIODS } from '../ingest/reading';

/** An instant with an explicit offset (Z or ±hh:mm): a bare local time is ambiguous and refused. */
const InstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'ISO-8601 time with an offset')
  .refine(isRealInstant, 'not a valid instant');

/** Date.parse rolls 30 February over into March; the calendar fields must exist as written. */
function isRealInstant(s: string): boolean {
  const [y, m, d, hh, mm] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10), s.slice(11, 13), s.slice(14, 16)].map(
    Number,
  ) as [number, number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return Number.isFinite(Date.parse(s)) && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && hh < 24 && mm < 60;
}

/** One MQTT observation message item: a station's values for one period. */
const MqttObservationSchema = z.object({
  station: z.string().min(1).max(64),
  time: InstantSchema,
  period: z.enum(PERIODS),
  values: z.record(z.string().min(1).max(40), z.number().finite().nullable()),
  flags: z.record(z.string(), z.string().max(4)).optional(),
});
type MqttObservation = z.infer<typeof MqttObservationSchema>;

const MqttPayloadSchema = z.union([MqttObservationSchema, z.array(MqttObservationSchema).min(1).max(10_000)]);

export type ParsedPayload =
  | { ok: true; items: MqttObservation[] }
  | { ok: false; reasonCode: 'MQTT_BAD_JSON' | 'MQTT_BAD_PAYLOAD'; reason: string };

/** Parses a message body: `{station, time, period, values, flags?}` or an array of them. */
export function parseMqttPayload(body: Uint8Array): ParsedPayload {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch (err) {
    return {
      ok: false,
      reasonCode: 'MQTT_BAD_JSON',
      reason: `not JSON: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const parsed = MqttPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reasonCode: 'MQTT_BAD_PAYLOAD',
      reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, items: Array.isArray(parsed.data) ? parsed.data : [parsed.data] };
}
