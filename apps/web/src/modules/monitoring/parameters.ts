import type { TFunction } from 'i18next';
/**
 * Display names and units of the parameters the monitoring module stores. Units are those of
 * GB 3095 for ambient air (CO in mg/m³, the rest µg/m³) and GB 3838 for surface water (mg/L);
 * a parameter not listed shows its code and no unit.
 */
const PARAMETERS: Record<string, { label: string; unit: string }> = {
  so2: { label: 'SO₂', unit: 'µg/m³' },
  no2: { label: 'NO₂', unit: 'µg/m³' },
  co: { label: 'CO', unit: 'mg/m³' },
  o3: { label: 'O₃', unit: 'µg/m³' },
  o3_1h_max: { label: 'O₃ 1h max', unit: 'µg/m³' },
  o3_8h_max: { label: 'O₃ 8h max', unit: 'µg/m³' },
  pm10: { label: 'PM₁₀', unit: 'µg/m³' },
  pm2_5: { label: 'PM₂.₅', unit: 'µg/m³' },
  ph: { label: 'pH', unit: '' },
  do: { label: 'DO', unit: 'mg/L' },
  codmn: { label: 'CODMn', unit: 'mg/L' },
  cod: { label: 'COD', unit: 'mg/L' },
  nh3_n: { label: 'NH₃-N', unit: 'mg/L' },
  tp: { label: 'TP', unit: 'mg/L' },
  tn: { label: 'TN', unit: 'mg/L' },
  water_temp: { label: 'Water temp.', unit: '°C' },
  leq: { label: 'Leq', unit: 'dB(A)' },
  nox: { label: 'NOx', unit: 'mg/m³' },
  o2: { label: 'O₂', unit: '%' },
};

/**
 * A parameter's symbol (SO₂, NOx), else its name in the reader's language for parameters that have no
 * symbol a report would print (颗粒物, 流量 of an outlet), else its code.
 */
export function parameterLabel(code: string, t?: TFunction): string {
  return PARAMETERS[code]?.label ?? (t ? t(`monitoring.parameterNames.${code}`, { defaultValue: code }) : code);
}

export function parameterUnit(code: string): string {
  return PARAMETERS[code]?.unit ?? '';
}

/**
 * The parameters a chart can show for a station: its own list, and for daily data the two O3
 * daily statistics the rollups add (the daily O3 value is its 8-hour maximum, HJ 633 / HJ 663).
 */
export function chartParameters(stationParameters: readonly string[], period: '1h' | '1d'): string[] {
  if (period === '1h' || !stationParameters.includes('o3')) return [...stationParameters];
  return stationParameters.flatMap((p) => (p === 'o3' ? ['o3_8h_max', 'o3_1h_max'] : [p]));
}
