import type { CrcMode } from '@ecocloud/hj212';

/** How one factor code is stored: the parameter code and the unit factor (value × scale). */
export type FactorMapping = { parameter: string; scale: number };

/** The registry's view of a data logger (devices table), parsed once per cache fill. */
export type GatewayDevice = {
  id: string;
  mn: string;
  password: string;
  st: string;
  stationId: string;
  factorMap: Readonly<Record<string, FactorMapping>>;
  crcMode: CrcMode;
  isEnabled: boolean;
};

/** Parses the devices.factor_map JSON; entries without a parameter are ignored, scale defaults to 1. */
export function parseFactorMap(json: string): Record<string, FactorMapping> {
  const out: Record<string, FactorMapping> = Object.create(null) as Record<string, FactorMapping>;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object') return out;
  for (const [code, m] of Object.entries(parsed as Record<string, unknown>)) {
    const entry = m as { parameter?: unknown; scale?: unknown } | null;
    if (!entry || typeof entry.parameter !== 'string') continue;
    const scale = typeof entry.scale === 'number' && Number.isFinite(entry.scale) ? entry.scale : 1;
    out[code] = { parameter: entry.parameter, scale };
  }
  return out;
}
