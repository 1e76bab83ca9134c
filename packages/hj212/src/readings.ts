import { FACTOR_CODES_2005_TO_2017 } from './tables/pollutant-codes';
import { parseHj212Time } from './time';
import type { DecodedFrame } from './types';

export type ReadingPeriod = 'rt' | '1m' | '1h' | '1d';

export interface FactorReading {
  /** HJ 212-2017 code (a 2005 short code mapped through FACTOR_CODES_2005_TO_2017) */
  code: string;
  /** the code as sent */
  sourceCode: string;
  /** Rtd, Avg, Min, Max, Cou, ZsAvg … */
  field: string;
  /** the exact string sent; convert with the standard's rounding downstream */
  value: string;
  /** the factor's `-Flag` (表8), when sent */
  flag?: string;
  /** the factor's `-EFlag`, when sent */
  eFlag?: string;
}

export interface Readings {
  /**
   * DataTime read as UTC+8 local time. For 2051/2061/2031 it labels the START of the period
   * (hourly 080000 = 08:00–09:00); for 2011 it is the sampling instant. Null when absent or invalid.
   */
  dataTime: Date | null;
  /** from CN: 2011 rt, 2051 minute data (its length is the logger's MinInterval), 2061 1h, 2031 1d */
  period: ReadingPeriod | null;
  factors: FactorReading[];
}

const PERIOD_BY_CN: Readonly<Record<string, ReadingPeriod>> = {
  '2011': 'rt',
  '2051': '1m',
  '2061': '1h',
  '2031': '1d',
};

/** Fields that describe a value rather than carry one (HJ 212-2017 表4). */
const META_FIELDS = new Set(['Flag', 'EFlag', 'SampleTime']);

export interface ReadingsOptions {
  /** map HJ/T 212-2005 short codes to 2017 codes; default true */
  mapLegacyCodes?: boolean;
}

/** Turns a decoded data frame (2011/2051/2061/2031) into one reading per factor value field. */
export function toReadings(frame: DecodedFrame, options: ReadingsOptions = {}): Readings {
  const mapLegacy = options.mapLegacyCodes ?? true;
  const dataTimeText = frame.cp.find(([key]) => key === 'DataTime')?.[1];
  const factors: FactorReading[] = [];
  for (const [sourceCode, fields] of Object.entries(frame.factors)) {
    const code = (mapLegacy ? FACTOR_CODES_2005_TO_2017[sourceCode] : undefined) ?? sourceCode;
    const flag = fields['Flag'];
    const eFlag = fields['EFlag'];
    for (const [field, value] of Object.entries(fields)) {
      if (META_FIELDS.has(field)) continue;
      const reading: FactorReading = { code, sourceCode, field, value };
      if (flag !== undefined) reading.flag = flag;
      if (eFlag !== undefined) reading.eFlag = eFlag;
      factors.push(reading);
    }
  }
  return {
    dataTime: dataTimeText === undefined ? null : parseHj212Time(dataTimeText),
    period: (frame.cn !== null ? PERIOD_BY_CN[frame.cn] : undefined) ?? null,
    factors,
  };
}
