import { encodePacket, formatDataTime, formatQn, type FactorFields } from '@ecocloud/hj212';
import type { Period } from '../ingest/reading';
import { AIR_FACTORS, airSample } from './air-pattern';
import { mixSeed, seededRng } from '../../../platform/demo/seeded-rng';

/** A simulated data logger: its registration and its index (which seeds its values). */
export type SimDevice = { mn: string; password: string; st: string; index: number };

/** One value the simulator sent, as the platform must store it. */
export type SimReading = { code: string; period: Period; periodStart: string; valueText: string; flag: string };

export type SimPacket = { qn: string; cn: string; frames: string[]; readings: SimReading[] };

export type SimPacketOptions = { seed: number; startMs: number; splitRatio: number; flagRatio: number; ack: boolean };

/** Logger real-time interval (RtdInterval, HJ 212-2017 CN 1061): one packet per 30 s of simulated time. */
const SIM_STEP_MS = 30_000;
const CN_BY_PERIOD: Record<Period, string> = { rt: '2011', '1m': '2051', '1h': '2061', '1d': '2031' };
const FLAGS = ['D', 'M', 'C', 'F'];

/**
 * Packet n of a device, deterministic from (seed, device, n): the same n always gives the same
 * bytes, so a re-sent packet is identical. Simulated time advances 30 s per packet from startMs;
 * odd packets are minute data (one per simulated minute), every 120th hourly data, the rest
 * real-time data, so no two packets of a device share a storage key.
 */
export function simPacket(device: SimDevice, n: number, o: SimPacketOptions): SimPacket {
  const rng = seededRng(mixSeed(o.seed, device.index, n));
  const t = o.startMs + n * SIM_STEP_MS;
  const period: Period = n % 120 === 119 ? '1h' : n % 2 === 1 ? '1m' : 'rt';
  const labelMs =
    period === '1h' ? Math.floor(t / 3600_000) * 3600_000 : period === '1m' ? Math.floor(t / 60_000) * 60_000 : t;
  const at = new Date(labelMs);
  const sample = airSample(at, 0.7 + 0.6 * seededRng(mixSeed(o.seed, device.index))(), rng);
  const field = period === 'rt' ? 'Rtd' : 'Avg';
  const factors: Record<string, FactorFields> = {};
  const readings: SimReading[] = [];
  for (const f of AIR_FACTORS) {
    const valueText = sample[f.key].toFixed(f.decimals);
    const flag = rng() < o.flagRatio ? (FLAGS[Math.floor(rng() * FLAGS.length)] ?? 'D') : 'N';
    factors[f.code] = { [field]: valueText, Flag: flag };
    readings.push({ code: f.code, period, periodStart: at.toISOString(), valueText, flag });
  }
  const qn = formatQn(new Date(t));
  const cn = CN_BY_PERIOD[period];
  const header = { qn, st: device.st, cn, pw: device.password, mn: device.mn };
  const dataTime: [string, string][] = [['DataTime', formatDataTime(at)]];
  if (rng() >= o.splitRatio)
    return {
      qn,
      cn,
      readings,
      frames: [encodePacket({ ...header, flag: o.ack ? 5 : 4, cp: { params: dataTime, factors } })],
    };
  // Split packets (Flag D, PNUM/PNO): the factors shared over two parts, each with DataTime.
  const codes = Object.keys(factors);
  const half = Math.ceil(codes.length / 2);
  const part = (list: string[]) => Object.fromEntries(list.map((c) => [c, factors[c] as FactorFields]));
  const flag = o.ack ? 7 : 6;
  return {
    qn,
    cn,
    readings,
    frames: [
      encodePacket({ ...header, flag, pnum: 2, pno: 1, cp: { params: dataTime, factors: part(codes.slice(0, half)) } }),
      encodePacket({ ...header, flag, pnum: 2, pno: 2, cp: { params: dataTime, factors: part(codes.slice(half)) } }),
    ],
  };
}

/** An hourly (2061) packet for the hour containing `at`, for the demo feed. */
export function hourlyPacket(device: SimDevice, at: Date, seed: number): string {
  const hour = new Date(Math.floor(at.getTime() / 3600_000) * 3600_000);
  const rng = seededRng(mixSeed(seed, device.index, hour.getTime() / 3600_000));
  const sample = airSample(hour, 0.7 + 0.6 * seededRng(mixSeed(seed, device.index))(), rng);
  const factors = Object.fromEntries(
    AIR_FACTORS.map((f) => [f.code, { Avg: sample[f.key].toFixed(f.decimals), Flag: 'N' }]),
  );
  return encodePacket({
    qn: formatQn(at),
    st: device.st,
    cn: '2061',
    pw: device.password,
    mn: device.mn,
    flag: 5,
    cp: { params: [['DataTime', formatDataTime(hour)]], factors },
  });
}
