import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo/seed-demo';
import { runEcocloud } from '../../test/cli-process';
import { createTestApp, orgIdOf } from '../../test/harness';
import { rectificationModule } from '.';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-rectification-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ecocloud rectification escalate, a child process writing into a pipe', () => {
  it('raises a notice whose reply day has passed and prints {"escalated": N} for jq', async () => {
    const file = path.join(dir, 'ledger.db');
    const t = await createTestApp({ name: 'sqlite', url: file }, { demo: false });
    let noticeId: string;
    try {
      await seedDemo(t.deps, [rectificationModule]);
      const admin = await t.login('admin');
      const problem = await admin.request('POST', '/api/v1/rectification/problems', {
        batchId: 'rect-demo-central',
        itemNo: 'CLI-1',
        problem: '测试问题：某工业园区雨污混排',
        regionCode: '450100',
        leadOrgId: await orgIdOf(t.deps, '450100'),
        acceptanceUnit: '南宁市人民政府',
        target: '雨污分流',
        measures: ['管网改造'],
        deadline: '2026-10-31',
        horizon: 'short',
      });
      expect(problem.statusCode, problem.body).toBe(201);
      // Issued on the harness's Saturday 2026-11-28, a reply due in one working day: Monday 30 November,
      // long past by the real clock the child process reads.
      const notice = await admin.request(
        'POST',
        `/api/v1/rectification/problems/${problem.json().id}/supervision-notices`,
        { reason: '整改逾期，请说明原因', replyWorkingDays: 1 },
      );
      expect(notice.statusCode, notice.body).toBe(201);
      expect(notice.json()).toMatchObject({ level: 1, replyDue: '2026-11-30' });
      noticeId = notice.json().id;
    } finally {
      await t.close();
    }

    const env = {
      DATABASE_URL: file,
      ECOCLOUD_DEMO: '0',
      LOG_LEVEL: 'silent',
      ECOCLOUD_AUDIT_KEY: 'ecocloud-test-audit-key-0123456789abcdef',
      ECOCLOUD_AUDIT_HEADS_FILE: '',
    };
    const run = await runEcocloud(['rectification', 'escalate', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const { escalated } = JSON.parse(run.stdout) as { escalated: number };
    expect(escalated).toBeGreaterThanOrEqual(1);
    expect((await runEcocloud(['rectification', 'escalate', '--bogus'], { env })).code).toBe(2);

    const after = await createTestApp({ name: 'sqlite', url: file }, { demo: false });
    try {
      const notices = (await (await after.login('admin')).request('GET', '/api/v1/rectification/supervision-notices'))
        .json()
        .items.filter((n: { id: string }) => n.id === noticeId);
      expect(notices).toMatchObject([{ level: 2, state: 'open' }]);
    } finally {
      await after.close();
    }
  }, 180_000);
});
