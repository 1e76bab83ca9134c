/**
 * What a demo enterprise of each industry discharges: its outlets (as a permit writes them), the
 * standard and source type of each, and the permitted concentrations. Demo data, not rules: the
 * figures are the limits of the standards named (the thermal-power ones the ultra-low emission
 * figures of 环发〔2015〕164号); rows marked ⚠ are from background knowledge of the standard and are
 * only meant to look plausible in the demo. Air limits are mg/m³ at the standard's reference oxygen,
 * water limits mg/L. Pollutant codes are the monitoring parameter codes (so2, nox, dust, cod, nh3_n …),
 * so the demo outlets linked to HJ 212 loggers compare like with like.
 */
import type { OxygenSourceType } from '@ecocloud/standards';

/** [pollutant, value, averaging period]; the unit follows the outlet's kind. */
export type LimitSpec = [pollutant: string, value: number, averaging: string];

export type OutletSpec = {
  code: string;
  name: string;
  kind: 'gas' | 'water';
  isMain: boolean;
  standard: string;
  sourceType: OxygenSourceType | null;
  limits: LimitSpec[];
  /** A stricter limit for a special period (重污染天气 …), on some enterprises only. */
  special?: { period: string; limits: LimitSpec[] };
  /** Annual permitted amounts (t/a) of a key unit's main outlet, for a unit of size 1. */
  amounts?: [pollutant: string, tonnesPerYear: number][];
};

type KeyListType = 'water' | 'air' | 'soil' | 'noise' | 'risk';

export type Profile = {
  /** Word the enterprise name ends with, e.g. 糖业有限公司. */
  suffixes: string[];
  outlets: OutletSpec[];
  keyList: KeyListType[];
};

export const H = '小时均值';
export const D = '日均值';

/** Limits written compactly: L('so2 35, nox 50', H) is so2 ≤ 35 and nox ≤ 50 as hourly means. */
export const L = (text: string, averaging: string): LimitSpec[] =>
  text.split(', ').map((item) => {
    const [pollutant, value] = item.split(' ') as [string, string];
    return [pollutant, Number(value), averaging];
  });

/** Annual amounts written compactly: A('cod 650, nh3_n 60') in t/a. */
export const A = (text: string): [string, number][] => L(text, '').map(([pollutant, value]) => [pollutant, value]);

export const GB8978_WATER = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'water',
  isMain: false,
  standard: 'GB 8978-1996',
  sourceType: null,
  limits: L('cod 100, nh3_n 15, ss 70', D),
});

export const GB18918_1A: LimitSpec[] = L('cod 50, bod5 10, ss 10, nh3_n 5, tn 15, tp 0.5', D);

export const coalBoiler = (code: string, name: string, isMain: boolean): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain,
  standard: 'GB 13271-2014',
  sourceType: 'coal_fired_boiler',
  limits: L('dust 50, so2 300, nox 300', H),
});

export const gasBoiler = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain: false,
  standard: 'GB 13271-2014',
  sourceType: 'oil_gas_boiler',
  limits: L('dust 20, so2 50, nox 200', H),
});

export const powerStack = (code: string, name: string): OutletSpec => ({
  code,
  name,
  kind: 'gas',
  isMain: true,
  standard: 'GB 13223-2011',
  sourceType: 'thermal_power_coal',
  limits: L('so2 35, nox 50, dust 10', H),
  amounts: A('so2 420, nox 600, dust 120'),
});
