import type { SupervisionNotice } from '@ecocloud/contracts';

/** An open level-1 notice to Nanning's bureau on problem p1 (override what a test is about). */
export function noticeFixture(overrides: Partial<SupervisionNotice> = {}): SupervisionNotice {
  return {
    id: 'n1',
    problemId: 'p1',
    batchName: '中央生态环境保护督察反馈问题（演示）',
    itemNo: '1',
    problem: '南宁市城镇污水管网雨污混流',
    regionCode: '450100',
    regionName: '南宁市',
    orgId: 'org-nn',
    orgName: '南宁市生态环境局',
    reason: '整改逾期，请报送进展',
    level: 1,
    replyDue: '2026-12-04',
    dueState: 'ok',
    state: 'open',
    reply: null,
    repliedAt: null,
    repliedBy: null,
    issuedAt: '2026-11-28T02:00:00.000Z',
    issuedBy: '督察办',
    history: [{ at: '2026-11-28T02:00:00.000Z', event: 'issued', level: 1, replyDue: '2026-12-04' }],
    canReply: false,
    ...overrides,
  };
}
