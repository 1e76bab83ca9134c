import type { DisclosureReportRow, RatingDetail } from '@ecocloud/contracts';

/** A rating in its objection window with a vetoed level (override what a test is about). */
export function ratingFixture(overrides: Partial<RatingDetail> = {}): RatingDetail {
  return {
    id: 'r1',
    runId: 'run1',
    year: 2025,
    runStatus: 'objections',
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    uscc: '91450100MA5K000001',
    regionCode: '450103',
    reasons: ['key_unit'],
    total: 92,
    scoredLevel: 'green',
    level: 'red',
    vetoes: ['secret_discharge'],
    jointPunishment: true,
    openObjections: 1,
    indicators: [
      { code: 'P1', points: 8, maxPoints: 10, value: 4, filledBy: 'record' },
      { code: 'S1', points: 4, maxPoints: 4, value: null, filledBy: 'default' },
    ],
    scheme: {
      version: 1,
      name: '方案',
      unverified: true,
      indicators: [
        {
          code: 'P1',
          area: 'pollution',
          name: '大气及水污染物达标排放',
          maxPoints: 10,
          source: 'exceedance_hours',
          deductPerUnit: 0.5,
        },
        { code: 'S1', area: 'society', name: '群众投诉', maxPoints: 4, source: 'manual', deductPerUnit: 0 },
      ],
      vetoes: [{ code: 'secret_discharge', name: '暗管' }],
      thresholds: { green: 90, blue: 75, yellow: 60 },
    },
    objections: [
      {
        id: 'o1',
        ratingId: 'r1',
        text: '暗管已拆除，请求复核。',
        filedOn: '2026-04-03',
        status: 'open',
        decision: '',
        levelBefore: 'red',
        levelAfter: null,
        decidedOn: null,
      },
    ],
    objectionsUntil: '2026-04-15',
    canObject: false,
    ...overrides,
  };
}

export function reportFixture(overrides: Partial<DisclosureReportRow> = {}): DisclosureReportRow {
  return {
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    uscc: '91450100MA5K000001',
    kind: 'temporary',
    year: 2026,
    eventRef: 'penalty:c1',
    event: 'penalty',
    eventDate: '2026-09-30',
    eventLabel: '南环罚〔2026〕3号',
    dueDate: '2026-10-13',
    filedOn: null,
    state: 'overdue',
    rule: { citation: '《企业环境信息依法披露管理办法》第十七条', days: 5, dayKind: 'working' },
    ...overrides,
  };
}
