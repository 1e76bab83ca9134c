import { decodeFrame, FrameReader, scanFrameEnds } from '@ecocloud/hj212';
import { simPacket } from '../apps/server/src/modules/monitoring/simulator/sim-packets';
import { simDevices } from '../apps/server/src/modules/monitoring/simulator/sim-devices';

const CHUNK = 64 * 1024;

/** The same byte stream loggers send: simulated packets of 1,000 devices (6 factors, a few split). */
export function sampleStream(frames: number): Buffer {
  const devices = simDevices({ count: 1000, mnPrefix: 'BENCH', password: '123456' });
  const opts = { seed: 3, startMs: Date.parse('2026-01-01T00:00:00Z'), splitRatio: 0.05, flagRatio: 0.03, ack: true };
  const parts: string[] = [];
  for (let i = 0; parts.length < frames; i++) parts.push(...simPacket(devices[i % devices.length]!, Math.floor(i / devices.length), opts).frames);
  return Buffer.from(parts.slice(0, frames).join(''));
}

function best(runs: number, fn: () => number): { ms: number; count: number } {
  let ms = Infinity;
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    count = fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, count };
}

/** Framing + decoding (FrameReader over 64 KiB chunks, decodeFrame per frame) against a bare CRLF scan. */
export function benchDecode(): void {
  const stream = sampleStream(200_000);
  const mb = stream.length / 1e6;
  const scan = best(5, () => scanFrameEnds(stream));
  const decode = best(3, () => {
    const reader = new FrameReader();
    let ok = 0;
    for (let at = 0; at < stream.length; at += CHUNK) {
      for (const ev of reader.push(stream.subarray(at, at + CHUNK))) if (ev.kind === 'frame' && decodeFrame(ev.raw).ok) ok++;
    }
    return ok;
  });
  if (decode.count !== scan.count) throw new Error(`decoded ${decode.count} valid frames of ${scan.count}`);
  const fps = (n: number, ms: number) => Math.round((n / ms) * 1000);
  console.log(`decode: ${fps(decode.count, decode.ms).toLocaleString('en-US')} frames/s, ${(mb / (decode.ms / 1000)).toFixed(1)} MB/s ` +
    `(${scan.count.toLocaleString('en-US')} frames, ${mb.toFixed(1)} MB; goal ≥ 500,000 frames/s)`);
  console.log(`  scanFrameEnds baseline: ${fps(scan.count, scan.ms).toLocaleString('en-US')} frames/s, ${(mb / (scan.ms / 1000)).toFixed(0)} MB/s; ` +
    `decoding costs ${(decode.ms / scan.ms).toFixed(1)}× the bare scan`);
}
