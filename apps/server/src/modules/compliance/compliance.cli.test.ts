import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { MODULES } from '../../modules';
import { firstRun } from '../../platform/bootstrap';
import { initProvince } from '../../platform/provinces/init-province';
import { runEcocloud } from '../../test/cli-process';
import { createTestApp } from '../../test/harness';
import { storeReadings, type Reading } from '../monitoring';
import { eventsOf, hoursOf } from './judge/compliance.repository';
import { HOUR_MS } from './judge/judge.service';
import { minuteReadings, NORMAL } from './leads/test/outlet-minutes';
import { outletWithLogger } from './test/compliance-fixtures';

/** The real command, its stdout into a pipe read slowly (as `| jq` would). */
async function runIntoPipe(args: string[], env: Record<string, string>) {
  const r = await runEcocloud(args, { env });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const T0 = Date.parse('2026-10-01T04:00:00Z');

describe('ecocloud compliance judge (the real command on a SQLite file)', () => {
  it('--json judges the stored minutes of the range, stores the hours and opens the event', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-compliance-'));
    const file = path.join(dir, 'db.sqlite');
    const t = await createTestApp({ name: 'sqlite', url: file }, { demo: false });
    await firstRun({ ...t.deps, config: { ...t.deps.config, loadDemo: false } }, MODULES); // the first admin only
    await initProvince(t.deps, null, { province: '450000' });
    const admin = await t.login('admin');
    const { stationId, outletId } = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 50 } });
    // hour 0: 60 minutes of 40 at O2 9 % (= the reference): compliant; hour 1: 60 at 12 % → 40 × 12 / 9 > 50
    const readings: Reading[] = [];
    for (let m = 0; m < 120; m++) {
      const periodStart = new Date(T0 + m * 60_000).toISOString();
      const o2 = m < 60 ? 9 : 12;
      for (const [parameter, value] of [
        ['so2', 40],
        ['o2', o2],
      ] as const)
        readings.push({ stationId, parameter, period: '1m', periodStart, value, valueText: String(value), flag: 'N' });
    }
    await storeReadings(t.deps.db, t.deps.clock, readings, 'import');
    await t.close();
    try {
      // the test app signed its audit entries with the harness's key: the child needs the same one
      const env = {
        DATABASE_URL: file,
        ECOCLOUD_AUDIT_HEADS_FILE: '',
        ECOCLOUD_AUDIT_KEY: t.deps.config.auditKey ?? '',
      };
      const from = new Date(T0).toISOString();
      const to = new Date(T0 + 2 * HOUR_MS).toISOString();
      const { code, out, err } = await runIntoPipe(['compliance', 'judge', '--from', from, '--to', to, '--json'], env);
      expect(code, `${out}\n${err}`).toBe(0);
      expect(JSON.parse(out)).toEqual({ outlets: 1, hours: 2, invalidHours: 0, exceededHours: 1 });
      const db = createDb(file);
      try {
        const hours = await hoursOf(db, [outletId], from, to);
        expect(hours.map((h) => [h.converted, h.exceeded])).toEqual([
          [40, 0],
          [Math.round(((40 * 12) / 9) * 1000) / 1000, 1],
        ]);
        expect((await eventsOf(db, [outletId], from, to)).map((e) => [e.status, e.hours])).toEqual([['open', 1]]);
      } finally {
        await db.destroy();
      }
      const table = await runIntoPipe(['compliance', 'judge', '--from', from, '--to', to], env);
      expect(table.out).toContain('1 exceeded');
      expect((await runIntoPipe(['compliance', 'judge', '--from', 'soon', '--to', to], env)).code).toBe(2);
      expect((await runIntoPipe(['compliance', 'rejudge', '--from', from, '--to', to], env)).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('ecocloud compliance scan (the real command on a SQLite file)', () => {
  it('--json raises the missing-data lead of the range once; the second run finds nothing new', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-compliance-scan-'));
    const file = path.join(dir, 'db.sqlite');
    const t = await createTestApp({ name: 'sqlite', url: file }, { demo: false });
    await firstRun({ ...t.deps, config: { ...t.deps.config, loadDemo: false } }, MODULES);
    await initProvince(t.deps, null, { province: '450000' });
    const admin = await t.login('admin');
    const { stationId, outletId } = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: 100 } });
    // a normal outlet for 3 hours, silent for 5 (≥ the 4 hours of the default settings), back for 2
    const readings = minuteReadings(stationId, T0, 10, (h, m, load, r) => {
      const x = NORMAL(h, m, load, r);
      return h >= 3 && h < 8 ? {} : x;
    });
    await storeReadings(t.deps.db, t.deps.clock, readings, 'import');
    await t.close();
    try {
      const env = {
        DATABASE_URL: file,
        ECOCLOUD_AUDIT_HEADS_FILE: '',
        ECOCLOUD_AUDIT_KEY: t.deps.config.auditKey ?? '',
      };
      const from = new Date(T0).toISOString();
      const to = new Date(T0 + 10 * HOUR_MS).toISOString();
      const first = await runIntoPipe(['compliance', 'scan', '--from', from, '--to', to, '--json'], env);
      expect(first.code, `${first.out}\n${first.err}`).toBe(0);
      expect(JSON.parse(first.out)).toEqual({
        outlets: 1,
        signs: 0,
        exceedanceLeads: 0,
        missingDataLeads: 1,
        transmissionLeads: 0,
      });
      const db = createDb(file);
      try {
        const leads = await db.selectFrom('compliance_leads').selectAll().where('outlet_id', '=', outletId).execute();
        expect(leads.map((l) => [l.kind, l.start, l.end, l.status])).toEqual([
          ['missing_data', new Date(T0 + 3 * HOUR_MS).toISOString(), new Date(T0 + 8 * HOUR_MS).toISOString(), 'open'],
        ]);
      } finally {
        await db.destroy();
      }
      const again = await runIntoPipe(['compliance', 'scan', '--from', from, '--to', to], env);
      expect(again.out).toContain('new leads 0 exceedance, 0 sign, 0 missing data, 0 transmission');
      expect((await runIntoPipe(['compliance', 'scan', '--from', from], env)).code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000); // three child processes, each starting tsx
});
