import type { PunishmentRecord, RepairRequest } from '@ecocloud/contracts';

/** A general record of the demo's Nanning power plant, decided 2026-04-01 (the 2026 regime). */
export function recordFixture(overrides: Partial<PunishmentRecord> = {}): PunishmentRecord {
  return {
    id: 'r1',
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    uscc: '91450100MA5K000001',
    caseId: 'c1',
    decisionNo: '环罚〔2026〕1号',
    violationText: '超过排污许可证规定的许可排放浓度排放水污染物',
    fineYuan: 200000,
    authority: '南宁市生态环境局',
    punishmentClass: 'general',
    classSource: 'default',
    decisionDate: '2026-04-01',
    regimeId: 'ndrc-2026',
    rule: '信用修复管理办法：一般失信处罚信息最短公示3个月、最长公示1年',
    unverified: [],
    published: true,
    publicationStart: '2026-04-01',
    minimumEnds: '2026-07-01',
    earliestRepairDate: '2026-07-02',
    maximumEnds: '2027-04-01',
    automaticRemovalDate: '2027-04-02',
    repairedOn: null,
    state: 'published',
    duties: [
      { duty: 'fine_paid', state: 'unmet', on: null },
      { duty: 'correction_verified', state: 'not_required', on: null },
    ],
    createdAt: '2026-04-02T02:00:00.000Z',
    ...overrides,
  };
}

export function requestFixture(overrides: Partial<RepairRequest> = {}): RepairRequest {
  return {
    id: 'q1',
    recordId: 'r1',
    enterpriseId: 'e1',
    enterpriseName: '南宁示范热电有限公司',
    decisionNo: '环罚〔2026〕1号',
    state: 'pending',
    requestedOn: '2026-07-02',
    filedBy: 'enterprise',
    statement: '已整改',
    duties: [
      { duty: 'fine_paid', state: 'unmet', on: null },
      { duty: 'correction_verified', state: 'not_required', on: null },
    ],
    dutiesMet: false,
    decidedOn: null,
    reason: '',
    createdAt: '2026-07-02T02:00:00.000Z',
    ...overrides,
  };
}
