import type { Outlet, Permit } from '@ecocloud/contracts';

/** Test fixtures of the register forms: two outlets (air, water) and a permit with two air limits. */
export function outletFixture(overrides: Partial<Outlet> = {}): Outlet {
  return {
    id: 'o1',
    enterpriseId: 'e1',
    code: 'DA001',
    name: '1号锅炉排气筒',
    kind: 'gas',
    isMain: true,
    lon: null,
    lat: null,
    standard: 'GB 13223-2011',
    sourceType: 'thermal_power_coal',
    oxygenReference: null,
    deviceMns: ['88888880000001'],
    stationIds: [],
    status: 'active',
    ...overrides,
  };
}

export const OUTLETS: Outlet[] = [
  outletFixture(),
  outletFixture({
    id: 'o2',
    code: 'DW001',
    name: '废水总排口',
    kind: 'water',
    isMain: false,
    standard: 'GB 8978-1996',
    sourceType: null,
    deviceMns: [],
  }),
];

export const PERMIT: Permit = {
  id: 'p1',
  enterpriseId: 'e1',
  permitNo: '91450100MA5KXXXX0A001P',
  kind: 'permit',
  category: 'key',
  issuer: '南宁市生态环境局',
  validFrom: '2022-01-21',
  validTo: '2027-01-20',
  status: 'valid',
  state: 'valid',
  reportFrequencies: ['annual'],
  limits: [
    {
      id: 'l1',
      outletId: 'o1',
      outletCode: 'DA001',
      pollutant: 'so2',
      limitType: 'concentration',
      value: 35,
      unit: 'mg/m³',
      averagingPeriod: '小时均值',
      specialPeriod: null,
    },
    {
      id: 'l2',
      outletId: 'o1',
      outletCode: 'DA001',
      pollutant: 'nox',
      limitType: 'concentration',
      value: 50,
      unit: 'mg/m³',
      averagingPeriod: '小时均值',
      specialPeriod: '重污染天气',
    },
  ],
  createdAt: '2022-01-21T00:00:00.000Z',
  updatedAt: '2022-01-21T00:00:00.000Z',
};

export function json(body: unknown, status = 200): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
