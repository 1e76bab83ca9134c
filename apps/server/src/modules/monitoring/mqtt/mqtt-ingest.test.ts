import { randomBytes } from 'node:crypto';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { eventually } from '../gateway/gateway-test-client';
import { insertStation } from '../stations/stations.service';
import { startMqttIngest, type MqttIngest } from './mqtt-ingest';

const url = process.env.MQTT_URL;

/** The broker must answer within a second, or the suite is skipped with the reason. */
async function brokerReason(): Promise<string | null> {
  if (!url) return 'MQTT_URL is unset';
  try {
    const c = await mqtt.connectAsync(url, { connectTimeout: 1000, reconnectPeriod: 0 });
    await c.endAsync();
    return null;
  } catch (err) {
    return `broker ${url} unreachable (${err instanceof Error ? err.message : String(err)})`;
  }
}
const skipReason = await brokerReason();
if (skipReason) console.warn(`SKIP MQTT ingestion tests: ${skipReason}`);

const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe.skipIf(skipReason !== null).each(testDatabases())('MQTT ingestion on $name', (dbCase) => {
  let t: TestApp;
  let ingest: MqttIngest | null = null;
  let publisher: mqtt.MqttClient;
  const run = randomBytes(4).toString('hex');
  const topic = `ecocloud-test/${run}/observations`;
  const clientId = `ecocloud-test-${run}-${dbCase.name}`;
  const start = () => startMqttIngest(t.deps, silent, { url: url!, topic: `ecocloud-test/${run}/#`, clientId });

  beforeAll(async () => {
    t = await createTestApp(dbCase, { demo: true });
    await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: `MQTT-${run}`,
      name: 'MQTT 测试站',
      kind: 'air_national',
      regionCode: '450100',
    });
    publisher = await mqtt.connectAsync(url!, { clientId: `${clientId}-pub` });
    ingest = await start();
  });
  afterAll(async () => {
    await ingest?.close();
    await publisher?.endAsync();
    // Drop the persistent session so the broker does not keep it for a week.
    const c = await mqtt.connectAsync(url!, { clientId, clean: true });
    await c.endAsync();
    await t?.close();
  });

  const obs = (parameter: string) =>
    t.deps.db
      .selectFrom('observations')
      .innerJoin('stations', 'stations.id', 'observations.station_id')
      .selectAll('observations')
      .where('stations.code', '=', `MQTT-${run}`)
      .where('parameter', '=', parameter)
      .execute();
  const quarantined = (code: string) =>
    t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('source', '=', 'mqtt')
      .where('reason_code', '=', code)
      .where('remote', '=', topic)
      .execute();

  it('stores the readings of a QoS 1 message', async () => {
    await publisher.publishAsync(
      topic,
      JSON.stringify([
        {
          station: `MQTT-${run}`,
          time: '2026-03-01T09:00:00+08:00',
          period: '1h',
          values: { so2: 12, no2: 30.5 },
          flags: { so2: 'N', no2: 'D' },
        },
      ]),
      { qos: 1 },
    );
    const rows = await eventually(async () => ((await obs('no2')).length ? obs('no2') : null));
    expect(rows).toEqual([
      expect.objectContaining({
        period: '1h',
        period_start: '2026-03-01T01:00:00.000Z',
        value: 30.5,
        flag: 'D',
        source: 'mqtt',
      }),
    ]);
    expect((await obs('so2'))[0]).toMatchObject({ value: 12, flag: 'N' });
  });

  it.each([
    ['bad JSON', '{"station": ', 'MQTT_BAD_JSON'],
    [
      'unknown station',
      JSON.stringify({ station: 'NO-SUCH-STATION', time: '2026-03-01T09:00:00Z', period: '1h', values: { so2: 1 } }),
      'MQTT_UNKNOWN_STATION',
    ],
    [
      'time without offset',
      JSON.stringify({ station: `MQTT-${run}`, time: '2026-03-01T09:00:00', period: '1h', values: { so2: 1 } }),
      'MQTT_BAD_PAYLOAD',
    ],
  ])('keeps a message with %s in quarantine', async (_name, body, code) => {
    await publisher.publishAsync(topic, body, { qos: 1 });
    const rows = await eventually(async () => ((await quarantined(code)).length ? quarantined(code) : null));
    expect(rows?.map((r) => Buffer.from(r.raw_base64, 'base64').toString())).toEqual([body]);
  });

  it('receives what was published while it was down (persistent session, acks after commit)', async () => {
    await ingest?.close();
    ingest = null;
    await publisher.publishAsync(
      topic,
      JSON.stringify({ station: `MQTT-${run}`, time: '2026-03-01T10:00:00+08:00', period: '1h', values: { co: 0.8 } }),
      { qos: 1 },
    );
    ingest = await start();
    const rows = await eventually(async () => ((await obs('co')).length ? obs('co') : null));
    expect(rows?.map((r) => r.value)).toEqual([0.8]);
  });
});
