import { makeUscc } from '@ecocloud/standards';
import type { Agent } from '../../../test/harness';

let serial = 0;

async function ok(agent: Agent, method: string, url: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

/**
 * Through the public APIs (as an admin): a source-outlet station with a logger, an enterprise of the
 * region with a coal-boiler outlet (O2ref 9 % from packages/standards) carrying that logger, and a permit
 * with the given concentration limits (mg/m³) for the outlet.
 */
export async function outletWithLogger(
  admin: Agent,
  o: { regionCode: string; limits: Record<string, number>; enterpriseOrgId?: string },
) {
  serial += 1;
  const tag = `${process.pid}${serial}`.slice(-8);
  const station = await ok(admin, 'POST', '/api/v1/stations', {
    code: `CMP-${tag}`,
    name: `判定测试排口${tag}`,
    kind: 'source_outlet',
    regionCode: o.regionCode,
    parameters: [...Object.keys(o.limits), 'o2'],
  });
  const mn = `CMPTEST${tag}`.padEnd(24, '0');
  await ok(admin, 'POST', '/api/v1/devices', { mn, password: '123456', st: '31', stationId: station.id });
  const enterprise = await ok(admin, 'POST', '/api/v1/sources/enterprises', {
    uscc: makeUscc({ regionCode: o.regionCode, subject: Math.floor(Math.random() * 99_000_000) }),
    name: `判定测试热电${tag}`,
    industryCode: '4411',
    regionCode: o.regionCode,
    category: 'key',
    ...(o.enterpriseOrgId ? { enterpriseOrgId: o.enterpriseOrgId } : {}),
  });
  const outlet = await ok(admin, 'POST', `/api/v1/sources/enterprises/${String(enterprise.id)}/outlets`, {
    code: 'DA001',
    name: '1#锅炉烟囱',
    kind: 'gas',
    standard: 'GB 13271-2014',
    sourceType: 'coal_fired_boiler',
    deviceMns: [mn],
  });
  await ok(admin, 'POST', `/api/v1/sources/enterprises/${String(enterprise.id)}/permits`, {
    permitNo: `CMP-PERMIT-${tag}`,
    category: 'key',
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    limits: Object.entries(o.limits).map(([pollutant, value]) => ({
      outletCode: 'DA001',
      pollutant,
      value,
      unit: 'mg/m³',
    })),
  });
  return { stationId: String(station.id), enterpriseId: String(enterprise.id), outletId: String(outlet.id) };
}
