import { describe, expect, it } from 'vitest';
import { parseMqttPayload } from './mqtt-payload';

const enc = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const item = {
  station: 'S1',
  time: '2026-03-01T09:00:00+08:00',
  period: '1h',
  values: { so2: 12, pm2_5: null },
  flags: { so2: 'N' },
};

describe('parseMqttPayload', () => {
  it('accepts one item or an array', () => {
    expect(parseMqttPayload(enc(item))).toEqual({ ok: true, items: [item] });
    expect(parseMqttPayload(enc([item, { ...item, station: 'S2' }]))).toMatchObject({
      ok: true,
      items: [{ station: 'S1' }, { station: 'S2' }],
    });
  });
  it.each([
    ['{not json', 'MQTT_BAD_JSON'],
    [{ ...item, time: '2026-03-01T09:00:00' }, 'MQTT_BAD_PAYLOAD'],
    [{ ...item, time: '2026-02-30T09:00:00Z' }, 'MQTT_BAD_PAYLOAD'],
    [{ ...item, period: '2h' }, 'MQTT_BAD_PAYLOAD'],
    [{ ...item, values: { so2: '12' } }, 'MQTT_BAD_PAYLOAD'],
    [[], 'MQTT_BAD_PAYLOAD'],
  ])('refuses %j with %s', (body, code) => {
    const r = parseMqttPayload(enc(body));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasonCode).toBe(code);
  });
});
