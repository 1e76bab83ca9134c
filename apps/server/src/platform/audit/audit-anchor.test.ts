import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createDb } from '../../db/database';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';
import { prepareDatabase } from '../bootstrap';
import { systemClock } from '../clock';
import { startAuditHeadExport } from './audit-head-export';
import { chainEntryOf } from './audit.repository';
import {
  currentAuditAnchor,
  exportAuditHead,
  loadAuditAnchor,
  readExportedHeads,
  useAuditAnchor,
  type AuditAnchor,
} from './audit-anchor';
import { auditHash, findFirstChainProblem } from './audit-chain';
import { appendAudit, verifyAudit } from './audit.service';
import type { Db } from '../../db/database';

const writeEntries = async (db: Db, n: number) => {
  const ctx = { actorId: null, actorName: 'test', actorOrgId: null, requestId: null, ip: null };
  for (let i = 0; i < n; i++)
    await db.transaction().execute((trx) => appendAudit(trx, systemClock, ctx, { action: 'auth.login' }));
};

const tmpFile = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-anchor-')), name);

describe.each(testDatabases())('audit anchor on $name', (db) => {
  let t: TestApp;
  let anchor: AuditAnchor;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    for (let i = 0; i < 6; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `user${i}`, password: 'wrong-password-1' },
      });
    anchor = { ...currentAuditAnchor(), headsFile: tmpFile('heads.jsonl') };
  });
  afterAll(() => t?.close());

  const rows = () => t.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const toRecord = chainEntryOf;
  const head = () =>
    t.deps.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();

  it('signs every entry and verifies intact, with the exported heads', async () => {
    expect((await rows()).every((r) => r.mac !== null && r.mac.length === 64)).toBe(true);
    const exported = await exportAuditHead(t.deps.db, anchor, t.deps.clock);
    expect(exported).toMatchObject(await head());
    expect(await exportAuditHead(t.deps.db, anchor, t.deps.clock)).toBeNull(); // unchanged head: nothing new
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'later', password: 'wrong-password-1' },
    });
    expect(await verifyAudit(t.deps.db, anchor)).toMatchObject({ heads: 1, problem: null });
  });

  it('detects an entry edited and re-chained by someone without the key, which the plain chain cannot', async () => {
    const before = await rows();
    // The attacker rewrites entry 3 and recomputes every hash after it, and the head row: a consistent chain.
    let prev = before[1]!.hash;
    for (const r of before.slice(2)) {
      const record = { ...toRecord(r), actorName: r.seq === 3 ? 'mallory' : r.actor_name, prevHash: prev };
      const hash = auditHash(prev, record);
      await t.deps.db
        .updateTable('audit_log')
        .set({ actor_name: record.actorName, prev_hash: prev, hash })
        .where('seq', '=', r.seq)
        .execute();
      prev = hash;
    }
    await t.deps.db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
    expect(findFirstChainProblem((await rows()).map(toRecord), await head())).toBeNull();
    expect((await verifyAudit(t.deps.db, anchor)).problem).toMatchObject({ seq: 3, kind: 'forged' });
    // Put the original back for the next test.
    for (const r of before)
      await t.deps.db
        .updateTable('audit_log')
        .set({ actor_name: r.actor_name, prev_hash: r.prev_hash, hash: r.hash })
        .where('seq', '=', r.seq)
        .execute();
    await t.deps.db
      .updateTable('audit_head')
      .set({ hash: before.at(-1)!.hash })
      .where('id', '=', 1)
      .execute();
    expect((await verifyAudit(t.deps.db, anchor)).problem).toBeNull();
  });

  it('catches a log cut back behind an exported head, even with the head row moved back', async () => {
    const all = await rows();
    const exportedSeq = readExportedHeads(anchor.headsFile)[0]!.seq;
    const keep = all.filter((r) => r.seq < exportedSeq);
    await t.deps.db.deleteFrom('audit_log').where('seq', '>=', exportedSeq).execute();
    await t.deps.db
      .updateTable('audit_head')
      .set({ seq: keep.at(-1)!.seq, hash: keep.at(-1)!.hash })
      .where('id', '=', 1)
      .execute();
    expect(findFirstChainProblem(keep.map(toRecord), await head())).toBeNull();
    expect((await verifyAudit(t.deps.db, anchor)).problem).toMatchObject({ seq: exportedSeq, kind: 'head_missing' });
  });

  it('is exported by the serve service at start and at stop, as a log line and to the heads file', async () => {
    const file = tmpFile('service.jsonl');
    const saved = currentAuditAnchor();
    useAuditAnchor({ ...saved, headsFile: file });
    const logged: unknown[] = [];
    const log = { info: (obj: unknown) => logged.push(obj), error: () => {} } as never;
    try {
      const stop = await startAuditHeadExport(t.deps, log);
      expect(readExportedHeads(file)).toEqual([expect.objectContaining(await head())]);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'at-stop', password: 'wrong-password-1' },
      });
      await stop();
      const heads = readExportedHeads(file);
      expect(heads).toHaveLength(2);
      expect(heads[1]).toMatchObject(await head());
      expect(logged).toEqual(heads.map((h) => expect.objectContaining({ auditHead: h })));
    } finally {
      useAuditAnchor(saved);
    }
  });

  it('refuses an exported head line that was not signed with the key', async () => {
    const forged = { ...anchor, headsFile: tmpFile('forged.jsonl') };
    fs.writeFileSync(
      forged.headsFile!,
      `${JSON.stringify({ at: '2026-01-01T00:00:00Z', seq: 1, hash: (await rows())[0]!.hash, mac: 'f'.repeat(64) })}\n`,
    );
    expect((await verifyAudit(t.deps.db, forged)).problem).toMatchObject({ seq: 1, kind: 'head_forged' });
  });

  it('reports a torn heads line (a crash mid-write) as a finding, and the next export still appends', async () => {
    const torn = { ...anchor, headsFile: tmpFile('torn.jsonl') };
    fs.writeFileSync(torn.headsFile!, '{"at":"2026-01-01T00:00:00Z","seq":');
    const { problem } = await verifyAudit(t.deps.db, torn);
    expect(problem).toMatchObject({ kind: 'head_forged', message: expect.stringContaining('unreadable line 1') });
    expect(await exportAuditHead(t.deps.db, torn, t.deps.clock)).toMatchObject(await head());
    expect(readExportedHeads(torn.headsFile).at(-1)).toMatchObject(await head());
  });
});

describe('audit key file', () => {
  it('is generated (mode 0600) beside a SQLite file on first start, reused after, and required once the log is signed', async () => {
    const saved = currentAuditAnchor();
    const file = tmpFile('eco.db');
    const config = loadConfig({ DATABASE_URL: file, LOG_LEVEL: 'silent' });
    expect([config.auditKeyFile, config.auditHeadsFile]).toEqual([`${file}.audit-key`, `${file}.audit-heads`]);
    const db = createDb(file);
    try {
      await prepareDatabase({ db, config, clock: systemClock });
      await writeEntries(db, 3);
      expect(fs.statSync(`${file}.audit-key`).mode & 0o777).toBe(0o600);
      const first = currentAuditAnchor().key.toString();
      await prepareDatabase({ db, config, clock: systemClock });
      expect(currentAuditAnchor().key.toString()).toBe(first);
      expect((await verifyAudit(db)).problem).toBeNull();
      fs.rmSync(`${file}.audit-key`);
      await expect(loadAuditAnchor(db, config)).rejects.toThrow(/audit log is signed/);
    } finally {
      useAuditAnchor(saved);
      await db.destroy();
    }
  });

  it('signs a log written before the anchor once, and afterwards reports unsigned entries instead', async () => {
    const saved = currentAuditAnchor();
    const file = tmpFile('legacy.db');
    const config = loadConfig({ DATABASE_URL: file, LOG_LEVEL: 'silent' });
    const db = createDb(file);
    try {
      await prepareDatabase({ db, config, clock: systemClock });
      await writeEntries(db, 4);
      const n = (await db.selectFrom('audit_log').select('seq').execute()).length;
      expect(n).toBeGreaterThan(0);
      // As after migration 0008 on an old database: no entry signed, no head exported.
      await db.updateTable('audit_log').set({ mac: null }).execute();
      await prepareDatabase({ db, config, clock: systemClock });
      expect(await verifyAudit(db)).toMatchObject({ checked: n, problem: null });
      // Once a head is exported, an unsigned entry is evidence, never re-signed.
      await exportAuditHead(db, currentAuditAnchor(), systemClock);
      await db.updateTable('audit_log').set({ mac: null }).where('seq', '=', 1).execute();
      await prepareDatabase({ db, config, clock: systemClock });
      expect((await verifyAudit(db)).problem).toMatchObject({ seq: 1, kind: 'unsigned' });
    } finally {
      useAuditAnchor(saved);
      await db.destroy();
    }
  });
});
