import type { AirDayView, HourlyAqi } from '@ecocloud/contracts';
import type { AqiResult, Pollutant } from '@ecocloud/standards';
import type { AirDay } from './air-daily';
import { HEALTH_ADVICE } from './health-advice';
import { POLLUTANT_LABELS } from './pollutants';

const labels = (ps: readonly Pollutant[]) => ps.map((p) => POLLUTANT_LABELS[p]);

/** A daily series entry as the API shows it. */
export function toAirDayView(d: AirDay): AirDayView {
  return {
    date: d.date,
    ...d.values,
    aqi: d.aqi.aqi,
    level: d.aqi.level?.level ?? null,
    category: d.aqi.level?.categoryZh ?? null,
    colour: d.aqi.level?.hex ?? null,
    primaryPollutants: labels(d.aqi.primaryPollutants),
    standard: d.aqi.standard,
    ...(d.stations === undefined ? {} : { stations: d.stations }),
  };
}

/** An hourly AQI entry; hours are labelled by start (HJ 212) and end (as bulletins print them). */
export function toHourlyView(
  place: { code: string; name: string; regionCode: string; lon: number | null; lat: number | null },
  hourStart: string,
  aqi: AqiResult,
  concentrations: Record<string, number | null>,
): HourlyAqi {
  const level = aqi.level;
  return {
    ...place,
    hourStart,
    hourEnd: new Date(Date.parse(hourStart) + 3_600_000).toISOString(),
    aqi: aqi.aqi,
    level: level?.level ?? null,
    category: level?.categoryZh ?? null,
    categoryEn: level?.categoryEn ?? null,
    colour: level?.hex ?? null,
    primaryPollutants: labels(aqi.primaryPollutants),
    concentrations,
    advice: level ? HEALTH_ADVICE[level.level] : null,
    standard: aqi.standard,
  };
}
