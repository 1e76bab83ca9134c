import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '@ecocloud/contracts';
import { createDb } from '../../../db/database';
import { migrateToLatest } from '../../../db/migrate';
import { systemClock } from '../../../platform/clock';
import { runEcocloud } from '../../../test/cli-process';
import { insertOrgAsSystem } from '../../../platform/orgs/orgs.service';
import { insertEnterprise, insertPermit } from './due.test-fixtures';

/** The real command, its stdout into a pipe read slowly (as `| jq` would). */
const runIntoPipe = async (args: string[], env: Record<string, string>) => {
  const { code, stdout } = await runEcocloud(args, { env });
  return { code, out: stdout };
};

const minusDays = (date: string, n: number) => new Date(Date.parse(date) - n * 86_400_000).toISOString().slice(0, 10);

describe('ecocloud sources due (the real command on a SQLite file)', () => {
  it('--json lists each renewal application deadline as valid_to minus 60 calendar days', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-due-'));
    const file = path.join(dir, 'db.sqlite');
    const db = createDb(file);
    await migrateToLatest(db);
    const province = await insertOrgAsSystem(
      { db, clock: systemClock },
      { parentId: null, name: '示范省生态环境厅', kind: 'province', regionCode: '990000' },
    );
    const validTos = ['2026-03-01', '2026-05-31', '2026-12-31'];
    const permits: string[] = [];
    for (const [i, validTo] of validTos.entries()) {
      const enterpriseId = await insertEnterprise(db, { name: `示范企业${i}`, regulatorOrgId: province.id });
      permits.push((await insertPermit(db, { enterpriseId, validFrom: '2021-06-01', validTo })).permitNo);
    }
    await db.destroy();
    try {
      const env = { DATABASE_URL: file, ECOCLOUD_AUDIT_HEADS_FILE: '' };
      const { code, out } = await runIntoPipe(
        ['sources', 'due', '--on', '2026-01-10', '--within', '365', '--json'],
        env,
      );
      expect(code, out).toBe(0);
      const { items } = JSON.parse(out) as { items: DueItem[] };
      const renewals = items.filter((i) => i.kind === 'renewal_application');
      expect(renewals.map((r) => r.permitNo).sort()).toEqual([...permits].sort());
      for (const r of renewals) {
        const validTo = validTos[permits.indexOf(r.permitNo)]!;
        expect(r.dueDate).toBe(minusDays(validTo, 60));
        expect(r.rule).toMatchObject({ days: 60, dayKind: 'calendar' });
      }
      const table = await runIntoPipe(['sources', 'due', '--on', '2026-01-10'], env);
      expect(table.code).toBe(0);
      expect(table.out).toContain(`${minusDays(validTos[0]!, 60)}  10 d overdue`);
      expect((await runIntoPipe(['sources', 'due', '--on', 'soon'], env)).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
