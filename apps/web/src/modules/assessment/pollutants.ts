/**
 * Pollutant codes as the API sends them (lower case, `pm2_5`, and the upper-case names of the hourly
 * AQI's primary pollutants, `PM2.5`) → the labels printed in Chinese bulletins, which English keeps.
 */
const LABELS: Record<string, string> = {
  so2: 'SO₂',
  no2: 'NO₂',
  co: 'CO',
  o3: 'O₃',
  o3_8h: 'O₃-8h',
  o3_1h: 'O₃-1h',
  pm10: 'PM₁₀',
  pm2_5: 'PM₂.₅',
};

export function pollutantLabel(code: string): string {
  const key = code.toLowerCase().replace('.', '_');
  return LABELS[key] ?? code;
}
