import type { ComplianceHour, Lead } from '@ecocloud/contracts';

/** One judged hour of outlet o1's SO₂ against a limit of 35 (override what a test is about). */
export function hourFixture(hourStart: string, overrides: Partial<ComplianceHour> = {}): ComplianceHour {
  return {
    outletId: 'o1',
    pollutant: 'so2',
    hourStart,
    validMinutes: 60,
    valid: true,
    mean: 20,
    o2Mean: 9,
    converted: 20,
    limitValue: 35,
    exceeded: false,
    multiple: null,
    note: '',
    receivedMinutes: 60,
    flowMean: 100_000,
    amountKg: 2,
    ...overrides,
  };
}

/** A lead of the demo's Nanning power plant: a flat-lined SO₂ sign with its evidence series. */
export function leadFixture(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 'lead-1',
    kind: 'sign',
    signKind: 'constant',
    outletId: 'o1',
    outletCode: 'DA001',
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    regionCode: '450103',
    pollutant: 'so2',
    start: '2026-03-01T00:00:00.000Z',
    end: '2026-03-01T06:00:00.000Z',
    evidence: {
      text: '6 h with no minute-to-minute change (value 12.5) while flow ranged 80000–120000 m³/h',
      hours: 6,
      series: [
        { hour: '2026-03-01T00:00:00.000Z', mean: 12.5 },
        { hour: '2026-03-01T01:00:00.000Z', mean: 12.5 },
        { hour: '2026-03-01T02:00:00.000Z', mean: 12.5 },
      ],
    },
    act: '环发〔2015〕175号 §5 simulation-generated data; 条例 §25 abnormal operation of devices',
    status: 'open',
    reason: '',
    question: '',
    explanation: '',
    createdAt: '2026-03-01T07:00:00.000Z',
    updatedAt: '2026-03-01T07:00:00.000Z',
    ...overrides,
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The session of a user with these permissions (a city officer by default). */
export function meFixture(permissions: string[], overrides: Record<string, unknown> = {}) {
  return {
    user: {
      id: 'u1',
      username: 'nanning_officer',
      displayName: '南宁市局干部',
      orgId: 'org-nn',
      orgName: '南宁市生态环境局',
      regionCode: '450100',
      permissions,
      roles: ['city_officer'],
      scope: 'subtree',
      mustChangePassword: false,
      ...overrides,
    },
    csrfToken: 'x',
  };
}
