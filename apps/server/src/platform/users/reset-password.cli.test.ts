import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';
import { createDb } from '../../db/database';
import { verifyPassword } from '../auth/passwords';

/** The real `ecocloud` command in a child process writing into pipes. */
const ecocloud = (args: string[], env: Record<string, string>) => runEcocloud(args, { env });

describe('ecocloud user reset-password and user create (the real command on a SQLite file)', () => {
  it('resets a lost admin password (printed once, must be changed), refuses an unknown user; a created user must change too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-reset-'));
    const env = {
      DATABASE_URL: path.join(dir, 'db.sqlite'),
      ECOCLOUD_DEMO_PASSWORD: 'demo-Passw0rd-1',
      ECOCLOUD_ADMIN_PASSWORD: 'admin-Passw0rd-1',
      ECOCLOUD_DEMO_HISTORY_DAYS: '0',
    };
    try {
      expect((await ecocloud(['seed-demo'], env)).code).toBe(0);
      // A session of the admin exists before the reset; the reset ends it.
      const before = createDb(env.DATABASE_URL);
      const admin = await before
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      await before
        .insertInto('sessions')
        .values({
          id: 'old-session',
          user_id: admin.id,
          csrf_token: 'x',
          ip: null,
          created_at: '2026-01-01T00:00:00.000Z',
          expires_at: '2099-01-01T00:00:00.000Z',
        })
        .execute();
      await before.destroy();

      const reset = await ecocloud(['user', 'reset-password', '--username', 'admin'], env);
      expect(reset.code, reset.stderr).toBe(0);
      const printed = /password \(shown once\): (\S+)/.exec(reset.stdout)?.[1];
      expect(printed).toBeDefined();

      const unknown = await ecocloud(['user', 'reset-password', '--username', 'nobody'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('no user named nobody');
      expect(
        (await ecocloud(['user', 'reset-password', '--username', 'leader', '--password', 'short'], env)).code,
      ).toBe(2);

      const created = await ecocloud(
        [
          'user',
          'create',
          '--username',
          'lz_officer',
          '--display-name',
          '柳州干部',
          '--org-region',
          '450200',
          '--role',
          'city_officer',
        ],
        env,
      );
      expect(created.code, created.stderr).toBe(0);

      const db = createDb(env.DATABASE_URL);
      try {
        const rows = await db
          .selectFrom('users')
          .select(['username', 'password_hash', 'must_change_password'])
          .where('username', 'in', ['admin', 'leader', 'lz_officer'])
          .execute();
        const by = Object.fromEntries(rows.map((r) => [r.username, r]));
        expect(await verifyPassword(by.admin!.password_hash, printed!)).toBe(true);
        expect(by.admin!.must_change_password).toBe(1);
        expect(by.lz_officer!.must_change_password).toBe(1);
        expect(by.leader!.must_change_password).toBe(0);
        expect(await db.selectFrom('sessions').select('id').where('user_id', '=', admin.id).execute()).toEqual([]);
        const audit = await db
          .selectFrom('audit_log')
          .select(['action', 'entity_id'])
          .where('action', '=', 'user.password_reset')
          .execute();
        expect(audit).toEqual([{ action: 'user.password_reset', entity_id: admin.id }]);
      } finally {
        await db.destroy();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
