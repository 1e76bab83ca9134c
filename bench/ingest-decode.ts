import { decodeFrame, FrameReader, scanFrameEnds } from '@ecocloud/hj212';
import { simPacket } from '../apps/server/src/modules/monitoring/simulator/sim-packets';
import { simDevices } from '../apps/server/src/modules/monitoring/simulator/sim-devices';

const CHUNK = 64 * 1024;
const DECODE_RUNS = 5;

/**
 * The same byte stream loggers send: simulated packets of 1,000 devices (6 factors, a few split).
 * Frames are encoded in batches so that their strings die young: a heap full of setup garbage
 * would slow the garbage collector during the measured runs, which is not the decoder's cost.
 */
function sampleStream(frames: number): Buffer {
  const devices = simDevices({ count: 1000, mnPrefix: 'BENCH', password: '123456' });
  const opts = { seed: 3, startMs: Date.parse('2026-01-01T00:00:00Z'), splitRatio: 0.05, flagRatio: 0.03, ack: true };
  const batches: Buffer[] = [];
  let batch: string[] = [];
  let count = 0;
  for (let i = 0; count < frames; i++) {
    for (const frame of simPacket(devices[i % devices.length]!, Math.floor(i / devices.length), opts).frames) {
      if (count === frames) break;
      batch.push(frame);
      count++;
      if (batch.length === 1000) {
        batches.push(Buffer.from(batch.join('')));
        batch = [];
      }
    }
  }
  batches.push(Buffer.from(batch.join('')));
  return Buffer.concat(batches);
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

/**
 * Framing + decoding against a bare CRLF scan. Measured per run: FrameReader.push over the stream
 * in 64 KiB chunks, and decodeFrame on every frame with the full eager decode the gateway gets
 * (CRC, character check, header fields, CP parameters and every factor value as a string; no
 * part is deferred), counting the frames that come out ok. Best of DECODE_RUNS runs, the first
 * of which also warms up the JIT.
 */
export function benchDecode(): void {
  const stream = sampleStream(200_000);
  const mb = stream.length / 1e6;
  const scan = best(5, () => scanFrameEnds(stream));
  const decode = best(DECODE_RUNS, () => {
    const reader = new FrameReader();
    let ok = 0;
    for (let at = 0; at < stream.length; at += CHUNK) {
      for (const ev of reader.push(stream.subarray(at, at + CHUNK)))
        if (ev.kind === 'frame' && decodeFrame(ev.raw).ok) ok++;
    }
    return ok;
  });
  if (decode.count !== scan.count) throw new Error(`decoded ${decode.count} valid frames of ${scan.count}`);
  const fps = (n: number, ms: number) => Math.round((n / ms) * 1000);
  console.log(
    `decode: ${fps(decode.count, decode.ms).toLocaleString('en-US')} frames/s, ${(mb / (decode.ms / 1000)).toFixed(1)} MB/s ` +
      `(${scan.count.toLocaleString('en-US')} frames, ${mb.toFixed(1)} MB; goal ≥ 500,000 frames/s)`,
  );
  console.log(
    `  measured: FrameReader.push in 64 KiB chunks + decodeFrame(raw) per frame, fully decoded ` +
      `(CRC, characters, header, CP params, all factor values), best of ${DECODE_RUNS} runs, one JS thread`,
  );
  console.log(
    `  scanFrameEnds baseline: ${fps(scan.count, scan.ms).toLocaleString('en-US')} frames/s, ${(mb / (scan.ms / 1000)).toFixed(0)} MB/s; ` +
      `decoding costs ${(decode.ms / scan.ms).toFixed(1)}× the bare scan`,
  );
}
