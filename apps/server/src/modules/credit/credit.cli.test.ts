import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreditDueItem } from '@ecocloud/contracts';
import { runEcocloud } from '../../test/cli-process';
import { createTestApp, isolatedUrl, testDatabases } from '../../test/harness';
import { sourcesReads } from '../sources';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-credit-'));
  dirs.push(d);
  return d;
};

describe.each(testDatabases())('ecocloud credit due on an empty database ($name)', (db) => {
  it('gives the list steps of §9 with their rule and day, and refuses bad arguments', async () => {
    const database =
      db.name === 'sqlite' ? { url: path.join(tmp(), 'credit.db'), drop: async () => {} } : await isolatedUrl(db);
    try {
      const env = { DATABASE_URL: database.url, ECOCLOUD_DEMO: '0', LOG_LEVEL: 'silent' };
      expect((await runEcocloud(['migrate'], { env })).code).toBe(0);
      const r = await runEcocloud(['credit', 'due', '--on', '2027-03-01', '--json'], { env });
      expect(r.code, r.stderr).toBe(0);
      const { on, items } = JSON.parse(r.stdout) as { on: string; items: CreditDueItem[] };
      expect(on).toBe('2027-03-01');
      // 31 March 2027 is a Wednesday: the notice of 10 working days must start by Wednesday 17 March.
      expect(items.map((i) => [i.kind, i.dueDate, i.rule.days, i.rule.dayKind])).toEqual([
        ['list_notice', '2027-03-17', 10, 'working'],
        ['list_fix', '2027-03-31', 0, 'calendar'],
      ]);
      expect(items[0]!.rule.citation).toContain('第九条');
      const text = await runEcocloud(['credit', 'due', '--on', '2027-03-01'], { env });
      expect(text.stdout).toContain('2027-03-17');
      expect((await runEcocloud(['credit', 'due', '--on', '2027-02-30'], { env })).code).toBe(2);
      expect((await runEcocloud(['credit', 'rate'], { env })).code).toBe(2);
    } finally {
      await database.drop();
    }
  }, 180_000);
});

describe('ecocloud credit due on the demo (a SQLite file)', () => {
  it('gives a temporary report 5 working days after a permit change across 国庆 and a weekend, and the objection window', async () => {
    const file = path.join(tmp(), 'demo.db');
    const t = await createTestApp({ name: 'sqlite', url: file });
    const admin = await t.login('admin');
    const own = (await sourcesReads.enterprisesInReach(t.deps.db, null)).find(
      (e) => e.name === '南宁示范热电有限公司',
    )!;
    const permit = (await admin.request('GET', `/api/v1/sources/enterprises/${own.id}/file`)).json().permits[0];
    const res = await admin.request('POST', `/api/v1/sources/permits/${permit.id}/events`, {
      kind: 'changed',
      eventDate: '2026-09-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const key = t.deps.config.auditKey ?? '';
    await t.close();
    const env = { DATABASE_URL: file, LOG_LEVEL: 'silent', ECOCLOUD_AUDIT_HEADS_FILE: '', ECOCLOUD_AUDIT_KEY: key };
    const r = await runEcocloud(['credit', 'due', '--on', '2026-10-09', '--within', '10', '--no-overdue', '--json'], {
      env,
    });
    expect(r.code, r.stderr).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: CreditDueItem[] }).items;
    const change = items.find((i) => i.kind === 'temporary_report' && i.uscc === own.uscc)!;
    expect(change).toMatchObject({
      dueDate: '2026-10-13',
      daysLeft: 4,
      overdue: false,
      rule: { days: 5, dayKind: 'working' },
    });
    expect(items.every((i) => i.dueDate >= '2026-10-09' && i.dueDate <= '2026-10-19')).toBe(true);
    // The year-end view: the 2025 annual reports still missing, and the demo's run in review waiting to publish.
    const late = JSON.parse((await runEcocloud(['credit', 'due', '--on', '2026-11-28', '--json'], { env })).stdout) as {
      items: CreditDueItem[];
    };
    expect(late.items.some((i) => i.kind === 'annual_report' && i.overdue && i.dueDate === '2026-03-15')).toBe(true);
    expect(late.items.some((i) => i.kind === 'rating_publish')).toBe(true);
  }, 120_000);
});
