import { makeUscc } from '@ecocloud/standards';
import type { Agent } from '../../../test/harness';
import type { Reading } from '../../monitoring';

let serial = 0;

async function ok(agent: Agent, method: string, url: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

/** A permit limit as the register takes it (concentration by default; amounts in t/a). */
export type LimitSpec = {
  pollutant: string;
  value: number;
  unit?: string;
  limitType?: 'concentration' | 'amount';
  specialPeriod?: string;
};

/**
 * Through the public APIs (as an admin): a source-outlet station with a logger sending `parameters`, an
 * enterprise of the region with one outlet of the kind carrying that logger (no standard: no reference O2,
 * so the judged value is the measured mean), and a permit with the limits.
 */
export async function outletOfKind(
  admin: Agent,
  o: { regionCode: string; kind: 'gas' | 'water'; limits: LimitSpec[]; parameters: string[]; enterpriseOrgId?: string },
) {
  serial += 1;
  const tag = `${process.pid}${serial}`.slice(-8);
  const station = await ok(admin, 'POST', '/api/v1/stations', {
    code: `CMJ-${tag}`,
    name: `判定测试排口${tag}`,
    kind: 'source_outlet',
    regionCode: o.regionCode,
    parameters: o.parameters,
  });
  const mn = `CMJTEST${tag}`.padEnd(24, '0');
  await ok(admin, 'POST', '/api/v1/devices', {
    mn,
    password: '123456',
    st: o.kind === 'gas' ? '31' : '32',
    stationId: station.id,
  });
  const enterprise = await ok(admin, 'POST', '/api/v1/sources/enterprises', {
    uscc: makeUscc({ regionCode: o.regionCode, subject: Math.floor(Math.random() * 99_000_000) }),
    name: `判定测试企业${tag}`,
    industryCode: '4411',
    regionCode: o.regionCode,
    category: 'key',
    ...(o.enterpriseOrgId ? { enterpriseOrgId: o.enterpriseOrgId } : {}),
  });
  const code = o.kind === 'gas' ? 'DA001' : 'DW001';
  const outlet = await ok(admin, 'POST', `/api/v1/sources/enterprises/${String(enterprise.id)}/outlets`, {
    code,
    name: o.kind === 'gas' ? '1#排气筒' : '废水总排口',
    kind: o.kind,
    deviceMns: [mn],
  });
  await ok(admin, 'POST', `/api/v1/sources/enterprises/${String(enterprise.id)}/permits`, {
    permitNo: `CMJ-PERMIT-${tag}`,
    category: 'key',
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    limits: o.limits.map((l) => ({
      outletCode: code,
      pollutant: l.pollutant,
      value: l.value,
      unit: l.unit ?? (l.limitType === 'amount' ? 't/a' : o.kind === 'gas' ? 'mg/m³' : 'mg/L'),
      limitType: l.limitType ?? 'concentration',
      specialPeriod: l.specialPeriod ?? null,
    })),
  });
  return { stationId: String(station.id), enterpriseId: String(enterprise.id), outletId: String(outlet.id) };
}

/** A minute's values by parameter: a number (flag N), or [value, flag]. */
export type MinuteValues = Record<string, number | [number | null, string]>;

/** Minute readings of the hours [fromMs, fromMs + hours h) at the station, from `minute(hourIndex, minute)`. */
export function minutesOf(
  stationId: string,
  fromMs: number,
  hours: number,
  minute: (hour: number, m: number) => MinuteValues,
): Reading[] {
  const out: Reading[] = [];
  for (let h = 0; h < hours; h++)
    for (let m = 0; m < 60; m++) {
      const periodStart = new Date(fromMs + h * 3_600_000 + m * 60_000).toISOString();
      for (const [parameter, v] of Object.entries(minute(h, m))) {
        const [value, flag] = Array.isArray(v) ? v : [v, 'N'];
        out.push({
          stationId,
          period: '1m',
          periodStart,
          parameter,
          value,
          valueText: value === null ? null : String(value),
          flag,
        });
      }
    }
  return out;
}
