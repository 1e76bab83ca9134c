import mqtt from 'mqtt';
import type { AppDeps } from '../../../app-deps';
import type { Service } from '../../../server-module';
import { storeReadings } from '../ingest/ingest.service';
import { quarantine } from '../quarantine/quarantine.service';
import { judgeMqttMessage, StationCodes } from './mqtt-readings';

type Log = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type MqttIngestOptions = { url: string; topic: string; clientId?: string };
export type MqttIngest = { client: mqtt.MqttClient; close(): Promise<void> };

/**
 * Subscribes to observation messages (QoS 1) and acknowledges each (PUBACK) only after its
 * readings are committed, or after it is kept in quarantine. The session is persistent (fixed
 * client id, clean start off, session expiry one week), so a message not acknowledged before a
 * crash or a failed commit is delivered again. Messages are handled one at a time, in order.
 */
export async function startMqttIngest(deps: AppDeps, log: Log, o: MqttIngestOptions): Promise<MqttIngest> {
  const stations = new StationCodes(deps.db);
  const client = await mqtt.connectAsync(o.url, {
    clientId: o.clientId ?? 'ecocloud-ingest',
    clean: false,
    protocolVersion: 5,
    reconnectPeriod: 1000,
    properties: { sessionExpiryInterval: 7 * 24 * 3600 },
    customHandleAcks: (topic, message, _packet, done) => {
      handle(topic, message).then(
        () => done(0),
        (err: unknown) => {
          log.error(
            { err, topic },
            'MQTT message not stored; it stays unacknowledged and is redelivered after reconnecting',
          );
          done(err instanceof Error ? err : new Error(String(err)));
          client.stream.destroy(); // reconnect: the broker redelivers the unacknowledged message
        },
      );
    },
  });
  client.on('error', (err) => log.warn({ err }, 'MQTT client error'));

  async function handle(topic: string, message: Buffer): Promise<void> {
    const verdict = await judgeMqttMessage(message, stations);
    if (verdict.ok) {
      await storeReadings(deps.db, deps.clock, verdict.readings, 'mqtt');
      return;
    }
    await quarantine(deps.db, deps.clock, {
      source: 'mqtt',
      remote: topic,
      mn: null,
      reasonCode: verdict.reasonCode,
      reason: verdict.reason,
      raw: message,
    });
  }

  await client.subscribeAsync(o.topic, { qos: 1 });
  log.info({ url: o.url, topic: o.topic }, 'MQTT ingestion subscribed');
  return {
    client,
    close: async () => {
      await client.endAsync();
    },
  };
}

/** `ecocloud serve` subscribes when ECOCLOUD_MQTT_URL is set. */
export const startMqttService: Service = async (deps: AppDeps, log) => {
  if (!deps.config.mqttUrl) return async () => {};
  const ingest = await startMqttIngest(deps, log, { url: deps.config.mqttUrl, topic: deps.config.mqttTopic });
  return () => ingest.close();
};
