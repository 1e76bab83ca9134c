import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../../test/harness';
import { createDevice } from '../../devices/devices.service';
import type { Reading } from '../../ingest/reading';
import { insertStation } from '../../stations/stations.service';
import type { IngestBatch } from '../batch-store';
import { FileJournal } from './file-journal';
import type { IngestJournal } from './ingest-journal';
import { JournalApplier } from './journal-applier';
import { openJournal } from './open-journal';
import { TableJournal } from './table-journal.repository';

const reading = (stationId: string, at: string, value: number): Reading => ({
  stationId,
  parameter: 'so2',
  period: '1h',
  periodStart: at,
  value,
  valueText: String(value),
  flag: 'N',
});
const silent = { info: () => {}, warn: () => {}, error: () => {} };

type Case = { name: string; db: { name: 'sqlite' | 'postgres'; url: string }; journal: (t: TestApp) => IngestJournal };
const dir = mkdtempSync(path.join(tmpdir(), 'ecocloud-journal-'));
const cases: Case[] = [
  ...testDatabases().map((db) => ({
    name: `table journal on ${db.name}`,
    db,
    journal: (t: TestApp) => new TableJournal(t.deps.db, t.clock),
  })),
  {
    name: 'file journal beside a SQLite file',
    db: { name: 'sqlite', url: path.join(dir, 'main.db') },
    journal: (t: TestApp) => new FileJournal(path.join(dir, 'main.db.ingest'), t.deps.db, t.clock),
  },
];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(cases)('ingest journal: $name', (c) => {
  let t: TestApp;
  let journal: IngestJournal;
  let stationId: string;
  let deviceId: string;
  beforeAll(async () => {
    t = await createTestApp(c.db);
    journal = c.journal(t);
    stationId = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'J-1',
        name: '日志测试站',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    deviceId = (
      await createDevice({ db: t.deps.db, clock: t.clock }, null, {
        mn: 'JOURNAL-MN-1',
        password: 'p',
        st: '22',
        stationId,
        crcMode: 'hj212',
        isEnabled: true,
        factorMap: {},
      })
    ).id;
  });
  afterAll(async () => {
    await journal?.close();
    await t?.close();
  });

  const batch = (at: string, value: number, qn: string): IngestBatch => ({
    readings: [reading(stationId, at, value)],
    packets: [{ mn: 'JOURNAL-MN-1', qn, cn: '2061', raw: `##raw ${qn}\r\n` }],
    deviceIds: [deviceId],
  });
  const values = async () =>
    await t.deps.db
      .selectFrom('observations')
      .select(['period_start', 'value', 'received_at'])
      .where('station_id', '=', stationId)
      .orderBy('period_start')
      .execute();

  it('keeps an appended batch until it is applied, then applies it once, the later value winning', async () => {
    await journal.append(batch('2026-03-01T01:00:00.000Z', 5, 'Q1'));
    t.clock.advance(1000);
    await journal.append(batch('2026-03-01T01:00:00.000Z', 6, 'Q2'));
    expect(await journal.pendingRowsAtOpen()).toBe(4); // 2 readings + 2 archived packets
    expect(await values()).toEqual([]);
    expect(await journal.applyOnce(10_000)).toBe(4);
    expect(await values()).toEqual([
      { period_start: '2026-03-01T01:00:00.000Z', value: 6, received_at: t.clock.now().toISOString() },
    ]);
    expect(
      (
        await t.deps.db
          .selectFrom('packet_archive')
          .select('qn')
          .where('mn', '=', 'JOURNAL-MN-1')
          .orderBy('qn')
          .execute()
      ).map((p) => p.qn),
    ).toEqual(['Q1', 'Q2']);
    expect(
      (
        await t.deps.db
          .selectFrom('devices')
          .select('last_seen_at')
          .where('id', '=', deviceId)
          .executeTakeFirstOrThrow()
      ).last_seen_at,
    ).toBe(t.clock.now().toISOString());
    expect(await journal.applyOnce(10_000)).toBe(0);
    expect(await journal.pendingRowsAtOpen()).toBe(0);
  });

  it('applies at most about maxRows per transaction, oldest first, and at least one entry', async () => {
    for (let h = 2; h <= 4; h++) await journal.append(batch(`2026-03-01T0${h}:00:00.000Z`, h, `Q${h + 1}`));
    expect(await journal.applyOnce(1)).toBe(2);
    expect((await values()).map((v) => v.value)).toEqual([6, 2]);
    expect(await journal.applyOnce(4)).toBe(4);
    expect((await values()).map((v) => v.value)).toEqual([6, 2, 3, 4]);
  });

  // Issue #11, item 1: one row the database refuses used to fail every apply, for every logger, forever.
  it('quarantines a row the database refuses, with its error, and applies the rest of the same apply exactly once', async () => {
    const isPg = t.deps.db.dialect === 'postgres';
    const poison: IngestBatch = {
      readings: [
        reading(stationId, '2026-03-05T01:00:00.000Z', 51),
        { ...reading(stationId, '2026-03-05T02:00:00.000Z', 52), parameter: null as unknown as string }, // refused by both: not null
        { ...reading(stationId, '2026-03-05T03:00:00.000Z', 53), flag: 'NNNNNNNNNN' }, // refused by PostgreSQL: varchar(8)
        reading(stationId, '2026-03-05T04:00:00.000Z', 54),
      ],
      packets: [
        { mn: 'JOURNAL-MN-1', qn: 'Q-POISON-1', cn: '2061', raw: '##good\r\n' },
        { mn: null as unknown as string, qn: 'Q-POISON-2', cn: '2061', raw: '##no mn\r\n' },
      ],
      deviceIds: [deviceId],
    };
    // Written into the journal directly, past the gateway's checks.
    await journal.append(batch('2026-03-05T00:00:00.000Z', 50, 'Q-BEFORE'));
    await journal.append(poison);
    await journal.append(batch('2026-03-05T05:00:00.000Z', 55, 'Q-AFTER'));
    expect(await journal.applyOnce(10_000)).toBe(10);
    expect(await journal.applyOnce(10_000)).toBe(0);

    const stored = (await values()).filter((v) => v.period_start.startsWith('2026-03-05')).map((v) => v.value);
    expect(stored).toEqual(isPg ? [50, 51, 54, 55] : [50, 51, 53, 54, 55]);
    const archived = await t.deps.db
      .selectFrom('packet_archive')
      .select('qn')
      .where('qn', 'in', ['Q-BEFORE', 'Q-POISON-1', 'Q-POISON-2', 'Q-AFTER'])
      .orderBy('qn')
      .execute();
    expect(archived.map((a) => a.qn)).toEqual(['Q-AFTER', 'Q-BEFORE', 'Q-POISON-1']);
    const refused = await t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('reason_code', '=', 'HJ212_APPLY_REFUSED')
      .execute();
    const raws = refused.map((q) => Buffer.from(q.raw_base64, 'base64').toString('utf8'));
    expect(refused).toHaveLength(isPg ? 3 : 2);
    expect(raws).toContain('##no mn\r\n');
    expect(raws.some((r) => r.includes('2026-03-05T02:00:00.000Z'))).toBe(true);
    if (isPg) expect(raws.some((r) => r.includes('NNNNNNNNNN'))).toBe(true);
    for (const q of refused) expect(q.reason).toMatch(/^the database refused .+: .*(null|too long|NOT NULL)/i);
  });

  it('quarantines a journal entry that is not a batch, whole, and applies the entries around it', async () => {
    const raw = journal as unknown as {
      appendEncoded(receivedAt: string, rows: number, text: string): void | Promise<void>;
    };
    await journal.append(batch('2026-03-06T00:00:00.000Z', 60, 'Q-6A'));
    await raw.appendEncoded(t.clock.now().toISOString(), 3, '{"g":[1,2,3,4], not json');
    await raw.appendEncoded(
      t.clock.now().toISOString(),
      3,
      '{"g":["s","1h","2026-03-06T01:00:00.000Z",1],"v":["so2",61,"61","N"],"p":[],"d":5}',
    );
    await journal.append(batch('2026-03-06T02:00:00.000Z', 62, 'Q-6B'));
    expect(await journal.applyOnce(10_000)).toBe(10);
    expect(await journal.applyOnce(10_000)).toBe(0);
    expect((await values()).filter((v) => v.period_start.startsWith('2026-03-06')).map((v) => v.value)).toEqual([
      60, 62,
    ]);
    const kept = await t.deps.db
      .selectFrom('quarantine')
      .select(['reason', 'raw_base64'])
      .where('reason', 'like', 'a journal entry that is not a batch%')
      .execute();
    expect(kept.map((q) => Buffer.from(q.raw_base64, 'base64').toString('utf8')).sort()).toEqual([
      '{"g":["s","1h","2026-03-06T01:00:00.000Z",1],"v":["so2",61,"61","N"],"p":[],"d":5}',
      '{"g":[1,2,3,4], not json',
    ]);
  });
});

describe('file journal after a crash between the apply and the clean-up', () => {
  it('skips entries the main database already recorded as applied', async () => {
    const t = await createTestApp({ name: 'sqlite', url: path.join(dir, 'crash.db') });
    const stationId = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'J-2',
        name: '崩溃测试站',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    const journalPath = path.join(dir, 'crash.db.ingest');
    const first = new FileJournal(journalPath, t.deps.db, t.clock);
    await first.append({ readings: [reading(stationId, '2026-03-02T00:00:00.000Z', 1)], packets: [], deviceIds: [] });
    await first.append({ readings: [reading(stationId, '2026-03-02T01:00:00.000Z', 2)], packets: [], deviceIds: [] });
    // As if entry 1 had been applied and the process died before deleting it from the file.
    await t.deps.db
      .insertInto('ingest_journal_applied')
      .values({ journal_id: first.journalId, applied_upto: 1, updated_at: t.clock.now().toISOString() })
      .execute();
    await first.close();
    const reopened = new FileJournal(journalPath, t.deps.db, t.clock);
    expect(reopened.journalId).toBe(first.journalId);
    expect(await reopened.pendingRowsAtOpen()).toBe(1);
    expect(await reopened.applyOnce(100)).toBe(1);
    const rows = await t.deps.db
      .selectFrom('observations')
      .select('value')
      .where('station_id', '=', stationId)
      .execute();
    expect(rows.map((r) => r.value)).toEqual([2]);
    const entries = () => {
      const f = new SqliteDatabase(journalPath);
      const n = (f.prepare('select count(*) as n from journal').get() as { n: number }).n;
      f.close();
      return n;
    };
    expect(entries()).toBe(2); // applying never deletes: the appending thread prunes
    await reopened.prune();
    expect(entries()).toBe(0);
    await reopened.close();
    await t.close();
  });
});

describe('file journal driven by its two worker threads', () => {
  it('appends through the writer thread and applies through the applier thread, then stops both', async () => {
    const t = await createTestApp({ name: 'sqlite', url: path.join(dir, 'threads.db') });
    const stationId = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'J-3',
        name: '线程测试站',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    const { journal, applier } = await openJournal(t.deps, silent);
    for (let h = 0; h < 5; h++) {
      const b: IngestBatch = {
        readings: [reading(stationId, `2026-03-03T0${h}:00:00.000Z`, h)],
        packets: [],
        deviceIds: [],
      };
      await journal.append(b);
      applier.noteAppended(1);
    }
    await applier.whenApplied();
    const rows = await t.deps.db
      .selectFrom('observations')
      .select('value')
      .where('station_id', '=', stationId)
      .orderBy('period_start')
      .execute();
    expect(rows.map((r) => r.value)).toEqual([0, 1, 2, 3, 4]);
    const mark = await t.deps.db.selectFrom('ingest_journal_applied').select('applied_upto').executeTakeFirstOrThrow();
    expect(Number(mark.applied_upto)).toBe(5);
    await applier.close();
    await journal.close();
    await t.close();
  }, 30_000);
});

// Without DATABASE_URL the list is empty and testDatabases() has printed why.
describe.each(testDatabases().filter((db) => db.name === 'postgres'))(
  'PostgreSQL journal applied by a worker thread',
  (db) => {
    it('appends to the table from this thread, applies and deletes from the worker, then stops it', async () => {
      const t = await createTestApp(db);
      const stationId = (
        await insertStation({ db: t.deps.db, clock: t.clock }, null, {
          code: 'J-4',
          name: '线程测试站',
          kind: 'air_national',
          regionCode: '450100',
        })
      ).id;
      const { journal, applier } = await openJournal(t.deps, silent);
      for (let h = 0; h < 5; h++) {
        await journal.append({
          readings: [reading(stationId, `2026-03-04T0${h}:00:00.000Z`, h)],
          packets: [],
          deviceIds: [],
        });
        applier.noteAppended(1);
      }
      await applier.whenApplied();
      const rows = await t.deps.db
        .selectFrom('observations')
        .select('value')
        .where('station_id', '=', stationId)
        .orderBy('period_start')
        .execute();
      expect(rows.map((r) => r.value)).toEqual([0, 1, 2, 3, 4]);
      expect(await t.deps.db.selectFrom('ingest_journal').select('id').execute()).toEqual([]);
      await applier.close();
      await journal.close();
      await expect(applier.whenApplied()).resolves.toBeUndefined();
      await t.close();
    }, 30_000);
  },
);

describe('journal applier', () => {
  it('drains what was noted, retries after a failure without losing entries, and reports the backlog', async () => {
    let stored = 20;
    let failures = 1;
    const applied: number[] = [];
    const errors: unknown[] = [];
    const engine = {
      applyOnce: async (maxRows: number) => {
        if (failures-- > 0) throw new Error('database is locked');
        const n = Math.min(maxRows, stored);
        stored -= n;
        if (n > 0) applied.push(n);
        return n;
      },
    };
    const applier = new JournalApplier(
      engine,
      { ...silent, error: (obj) => errors.push(obj) },
      { maxRows: 8, lingerMs: 1, retryMs: 5 },
    );
    applier.noteAppended(20);
    expect(applier.pendingRows).toBe(20);
    await applier.whenApplied();
    expect(errors).toHaveLength(1);
    expect(applied).toEqual([8, 8, 4]);
    expect(applier.pendingRows).toBe(0);
    await applier.close();
  });

  it('stops at close even when applying keeps failing, leaving the rows counted as pending', async () => {
    const applier = new JournalApplier(
      {
        applyOnce: async () => {
          throw new Error('disk full');
        },
      },
      silent,
      { retryMs: 5 },
    );
    applier.noteAppended(3);
    await applier.close();
    expect(applier.pendingRows).toBe(3);
  });
});
