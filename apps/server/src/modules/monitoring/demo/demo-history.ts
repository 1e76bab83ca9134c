import type { Reading } from '../ingest/reading';
import { seededRng } from '../../../platform/demo/seeded-rng';
import { type DemoCity, noise } from './demo-network';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;

/** Guangxi's seasons: particles peak in January, ozone in autumn. `doy` is the day of the year. */
const winter = (doy: number) => Math.cos((2 * Math.PI * (doy - 15)) / 365);
const ozoneSeason = (doy: number) => Math.cos((2 * Math.PI * (doy - 280)) / 365);

type DailyAir = {
  so2: number;
  no2: number;
  co: number;
  pm10: number;
  pm2_5: number;
  o3_8h_max: number;
  o3_1h_max: number;
};

/** One station-day of plausible air quality for a city, deterministic for (city, station, day). */
function demoDailyAir(city: DemoCity, stationNo: number, dayStartMs: number): DailyAir {
  const rand = seededRng(Number(city.code) * 31 + stationNo * 7 + Math.floor(dayStartMs / DAY));
  const doy = Math.floor((dayStartMs - Date.UTC(new Date(dayStartMs).getUTCFullYear(), 0, 1)) / DAY);
  const episode = noise(rand, 0.35);
  // Each station sits a little above or below its city's level (a fixed share per station, within ±8 %).
  const pm25 = city.pm25 * (1 + 0.45 * winter(doy)) * episode * (0.92 + 0.16 * ((stationNo * 0.618034) % 1));
  const o3 = 105 * (1 + 0.3 * ozoneSeason(doy)) * noise(rand, 0.22);
  return {
    pm2_5: Math.max(3, Math.round(pm25)),
    pm10: Math.max(5, Math.round(pm25 * (1.5 + 0.2 * rand()))),
    so2: Math.max(2, Math.round(9 * noise(rand, 0.3))),
    no2: Math.max(3, Math.round(city.no2 * (1 + 0.25 * winter(doy)) * noise(rand, 0.25))),
    co: Math.max(0.2, Math.round(8 * (1 + 0.2 * winter(doy)) * noise(rand, 0.2)) / 10),
    o3_8h_max: Math.max(10, Math.round(o3)),
    o3_1h_max: Math.max(15, Math.round(o3 * 1.22)),
  };
}

/** Daily history as '1d' readings for days [fromDay, toDay) (Shanghai day starts in UTC ms). */
export function dailyAirReadings(
  city: DemoCity,
  stationNo: number,
  stationId: string,
  fromDayMs: number,
  toDayMs: number,
): Reading[] {
  const out: Reading[] = [];
  for (let day = fromDayMs; day < toDayMs; day += DAY) {
    const v = demoDailyAir(city, stationNo, day + SHANGHAI);
    const periodStart = new Date(day).toISOString();
    for (const [parameter, value] of Object.entries(v))
      out.push({ stationId, parameter, period: '1d', periodStart, value, valueText: String(value), flag: 'N' });
  }
  return out;
}

/** Hourly values for recent days: the day's level shaped by a diurnal cycle (PM at night, O3 mid-afternoon). */
export function hourlyAirReadings(
  city: DemoCity,
  stationNo: number,
  stationId: string,
  fromHourMs: number,
  toHourMs: number,
): Reading[] {
  const out: Reading[] = [];
  for (let t = fromHourMs; t < toHourMs; t += HOUR) {
    const local = new Date(t + SHANGHAI);
    const hour = local.getUTCHours();
    const day = demoDailyAir(city, stationNo, t + SHANGHAI - hour * HOUR);
    const rand = seededRng(t / HOUR + stationNo + Number(city.code));
    const pmShape = 1 + 0.25 * Math.cos((2 * Math.PI * (hour - 2)) / 24);
    const o3Shape = Math.max(0.15, 0.55 + 0.6 * Math.cos((2 * Math.PI * (hour - 15)) / 24));
    const values: Record<string, number> = {
      pm2_5: Math.round(day.pm2_5 * pmShape * noise(rand, 0.12)),
      pm10: Math.round(day.pm10 * pmShape * noise(rand, 0.12)),
      so2: Math.round(day.so2 * noise(rand, 0.2)),
      no2: Math.round(day.no2 * (1 + 0.3 * Math.cos((2 * Math.PI * (hour - 20)) / 24)) * noise(rand, 0.15)),
      co: Math.round(day.co * 10 * noise(rand, 0.1)) / 10,
      o3: Math.round(day.o3_1h_max * o3Shape * noise(rand, 0.1)),
    };
    // A few hours carry the flags loggers really send: calibration at 04:00 on Mondays, a fault now and then.
    const flag = hour === 4 && local.getUTCDay() === 1 ? 'C' : rand() < 0.005 ? 'D' : 'N';
    for (const [parameter, value] of Object.entries(values)) {
      out.push({
        stationId,
        parameter,
        period: '1h',
        periodStart: new Date(t).toISOString(),
        value,
        valueText: String(value),
        flag,
      });
    }
  }
  return out;
}

/** Monthly manual water samples, scaled so that `quality` 1 sits near the target class limits. */
export function waterSampleReadings(
  stationId: string,
  code: string,
  quality: number,
  fromMs: number,
  toMs: number,
): Reading[] {
  const out: Reading[] = [];
  const start = new Date(fromMs);
  for (
    let y = start.getUTCFullYear(), m = start.getUTCMonth();
    Date.UTC(y, m, 10) < toMs;
    m === 11 ? (y++, (m = 0)) : m++
  ) {
    const t = Date.UTC(y, m, 10) - SHANGHAI;
    if (t < fromMs) continue;
    const rand = seededRng(t / DAY + code.length * 97 + code.charCodeAt(code.length - 1));
    const wet = 1 + 0.25 * Math.cos((2 * Math.PI * (m - 6)) / 12);
    const q = quality * wet * noise(rand, 0.2);
    const values: Record<string, number> = {
      ph: Math.round((7.2 + 0.5 * (rand() - 0.5)) * 100) / 100,
      do: Math.round(Math.max(2.5, 8.2 - 2.2 * q) * 10) / 10,
      codmn: Math.round(3.2 * q * 10) / 10,
      cod: Math.round(12 * q * 10) / 10,
      bod5: Math.round(2.4 * q * 10) / 10,
      nh3_n: Math.round(0.38 * q * 1000) / 1000,
      tp: Math.round(0.085 * q * 1000) / 1000,
    };
    for (const [parameter, value] of Object.entries(values))
      out.push({
        stationId,
        parameter,
        period: '1d',
        periodStart: new Date(t).toISOString(),
        value,
        valueText: String(value),
        flag: 'N',
      });
  }
  return out;
}
