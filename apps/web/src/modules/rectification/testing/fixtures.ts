import type { ProblemDetail, ProblemSummary } from '@ecocloud/contracts';

/** A Nanning problem of the central round, in progress (override what a test is about). */
export function problemFixture(overrides: Partial<ProblemDetail> = {}): ProblemDetail {
  return {
    id: 'p1',
    batchId: 'b1',
    batchName: '中央生态环境保护督察反馈问题（演示）',
    itemNo: '1',
    problem: '南宁市城镇污水管网雨污混流',
    category: '水污染防治',
    regionCode: '450100',
    regionName: '南宁市',
    leadOrgId: 'org-nn',
    leadOrgName: '南宁市生态环境局',
    deadline: '2026-12-31',
    horizon: 'long',
    state: 'in_progress',
    status: 'in_progress',
    isOverdue: false,
    reboundCount: 0,
    coUnits: '',
    acceptanceUnit: '南宁市人民政府',
    target: '水塘江断面水质稳定达到Ⅲ类',
    measures: ['完成雨污分流改造', '新建污水处理厂'],
    isPublic: true,
    complaintBatchRef: '',
    notice: null,
    closedOn: null,
    monitoring: null,
    events: [],
    evidence: [],
    allowedSteps: ['progress', 'complete'],
    ...overrides,
  };
}

export function summaryFixture(overrides: Partial<ProblemSummary> = {}): ProblemSummary {
  const {
    coUnits: _c,
    acceptanceUnit: _a,
    target: _t,
    measures: _m,
    isPublic: _i,
    complaintBatchRef: _r,
    notice: _n,
    closedOn: _o,
    monitoring: _g,
    events: _e,
    evidence: _v,
    allowedSteps: _s,
    ...rest
  } = problemFixture();
  return { ...rest, ...overrides };
}
