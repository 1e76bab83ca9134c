import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataAck, decodeFrame, FrameReader } from '@ecocloud/hj212';
import { runSimulator } from './device-simulator';
import { simDevices } from './sim-devices';
import { simPacket } from './sim-packets';

/** A logger's counterpart over a real socket: acknowledges every frame and keeps each device's frames in arrival order. */
let server: net.Server;
let port: number;
const received = new Map<string, string[]>();
beforeAll(async () => {
  server = net.createServer((socket) => {
    const reader = new FrameReader();
    socket.on('data', (chunk: Buffer) => {
      for (const ev of reader.push(chunk)) {
        if (ev.kind !== 'frame') continue;
        const frame = decodeFrame(ev.raw);
        if (!frame.ok || frame.mn === null) continue;
        received.set(frame.mn, [...(received.get(frame.mn) ?? []), ev.raw.toString('latin1')]);
        socket.write(buildDataAck(frame));
      }
    });
    socket.on('error', () => {
      /* the simulator closing */
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('device simulator', () => {
  it('sends packets first, first + 1, … per device whether prebuilt or built as it goes, and times the run from the first send', async () => {
    const devices = simDevices({ count: 3, mnPrefix: 'SIMTEST', password: '123456' });
    const startMs = Date.parse('2026-02-01T00:00:00Z');
    const stats = await runSimulator({
      host: '127.0.0.1',
      port,
      devices,
      rate: Infinity,
      durationMs: 300,
      window: 1,
      seed: 5,
      startMs,
      firstPacket: 100,
      splitRatio: 0.2,
      flagRatio: 0.1,
      reconnectMs: null,
      prebuild: 4,
    });
    expect(stats.rejected).toBe(0);
    expect(stats.acked).toBe(stats.sent);
    expect(stats.elapsedMs).toBeGreaterThanOrEqual(300);
    const opts = { seed: 5, startMs, splitRatio: 0.2, flagRatio: 0.1, ack: true };
    for (const d of devices) {
      const frames = received.get(d.mn) ?? [];
      const expected: string[] = [];
      for (let n = 100; expected.length < frames.length; n++) expected.push(...simPacket(d, n, opts).frames);
      expect(frames.length).toBeGreaterThan(8); // past the 4 prebuilt packets
      expect(frames).toEqual(expected);
    }
  });
});
