import type { EnforcementStatsRow } from '@ecocloud/contracts';

/** A statistics row (override what a test is about): Nanning's bureau of the server's worked example. */
export function statsRowFixture(overrides: Partial<EnforcementStatsRow> = {}): EnforcementStatsRow {
  return {
    key: 'org-nn',
    name: '南宁市生态环境局',
    regionCode: '450100',
    cases: 3,
    opened: 2,
    filed: 2,
    decided: 3,
    finesYuan: 600_000,
    avgDaysToDecision: 63,
    decidedOnTime: 2,
    onTimeRate: 66.7,
    overdueClocks: 0,
    overduePayments: 1,
    ...overrides,
  };
}
