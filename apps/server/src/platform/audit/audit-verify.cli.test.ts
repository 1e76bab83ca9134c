import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';
import { createDb } from '../../db/database';
import { auditHash } from './audit-chain';
import { chainEntryOf } from './audit.repository';

/** The real `ecocloud` command in a child process writing into pipes. */
const ecocloud = (args: string[], env: Record<string, string>) => runEcocloud(args, { env });

describe('ecocloud audit verify (the real command on a SQLite file)', () => {
  it('passes on a fresh demo database and reports the first edited entry', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-audit-'));
    const env = {
      DATABASE_URL: path.join(dir, 'db.sqlite'),
      ECOCLOUD_DEMO_PASSWORD: 'demo-Passw0rd-1',
      ECOCLOUD_ADMIN_PASSWORD: 'admin-Passw0rd-1',
      ECOCLOUD_DEMO_HISTORY_DAYS: '0',
    };
    expect((await ecocloud(['seed-demo'], env)).code).toBe(0);
    const ok = await ecocloud(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    const db = createDb(env.DATABASE_URL);
    const { n } = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(ok.stdout).toContain(`audit chain intact: ${n} entries verified`);
    await db.updateTable('audit_log').set({ after_json: '{"username":"forged"}' }).where('seq', '=', 4).execute();
    await db.destroy();
    const broken = await ecocloud(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at entry 4 \(altered\)/);
  }, 60_000);

  it('reports an entry edited and re-chained without the key, and a log cut back behind an exported head', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-audit-'));
    const file = path.join(dir, 'db.sqlite');
    const env = {
      DATABASE_URL: file,
      ECOCLOUD_DEMO_PASSWORD: 'demo-Passw0rd-1',
      ECOCLOUD_ADMIN_PASSWORD: 'admin-Passw0rd-1',
      ECOCLOUD_DEMO_HISTORY_DAYS: '0',
    };
    expect((await ecocloud(['seed-demo'], env)).code).toBe(0);
    expect(fs.existsSync(`${file}.audit-key`)).toBe(true);
    const db = createDb(file);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    // Someone with write access to the database only: edit entry 4, recompute every later hash and the head.
    let prev = rows[2]!.hash;
    for (const r of rows.slice(3)) {
      const actorName = r.seq === 4 ? 'mallory' : r.actor_name;
      const hash = auditHash(prev, { ...chainEntryOf(r), actorName });
      await db
        .updateTable('audit_log')
        .set({ actor_name: actorName, prev_hash: prev, hash })
        .where('seq', '=', r.seq)
        .execute();
      prev = hash;
    }
    await db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
    const rechained = await ecocloud(['audit', 'verify'], env);
    expect(rechained.code).toBe(1);
    expect(rechained.stdout).toMatch(/BROKEN at entry 4 \(forged\)/);

    // Restore, export the head as `serve` does, then cut the newest entries and move the head row back.
    for (const r of rows)
      await db
        .updateTable('audit_log')
        .set({ actor_name: r.actor_name, prev_hash: r.prev_hash, hash: r.hash })
        .where('seq', '=', r.seq)
        .execute();
    await db
      .updateTable('audit_head')
      .set({ hash: rows.at(-1)!.hash })
      .where('id', '=', 1)
      .execute();
    const key = fs.readFileSync(`${file}.audit-key`, 'utf8').trim();
    const { exportAuditHead } = await import('./audit-anchor');
    await exportAuditHead(
      db,
      { key: Buffer.from(key), keySource: 'test', headsFile: `${file}.audit-heads` },
      { now: () => new Date() },
    );
    expect((await ecocloud(['audit', 'verify'], env)).stdout).toContain('1 exported heads found in the chain');
    const keep = rows.at(-3)!;
    await db.deleteFrom('audit_log').where('seq', '>', keep.seq).execute();
    await db.updateTable('audit_head').set({ seq: keep.seq, hash: keep.hash }).where('id', '=', 1).execute();
    await db.destroy();
    const cut = await ecocloud(['audit', 'verify'], env);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(new RegExp(`BROKEN at entry ${rows.at(-1)!.seq} \\(head_missing\\)`));
  }, 60_000);
});
