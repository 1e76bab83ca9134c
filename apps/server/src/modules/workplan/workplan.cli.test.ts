import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { systemClock } from '../../platform/clock';
import { insertOrgAsSystem } from '../../platform/orgs/orgs.service';
import { buildDocx, DOCX_PLAN_PARAGRAPHS } from './import/docx/docx.test-fixtures';
import { runWorkplanCommand } from './workplan.cli';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_1525b2c634cd8c3f.txt');
const hasSeed = fs.existsSync(seedPath);
if (!hasSeed) console.warn(`SKIP CLI seed import: ${seedPath} is absent`);
const fixture = path.join(import.meta.dirname, 'import', 'fixtures', 'plan-2025-city.txt');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += String(d);
  });
  stderr.on('data', (d) => {
    err += String(d);
  });
  const code = await runWorkplanCommand(args, { stdout, stderr });
  return { code, out, err };
}

describe('ecocloud workplan import', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-cli-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.skipIf(!hasSeed)("--dry-run --json prints the seed's proposal with the 33 % indicator", async () => {
    const { code, out } = await run(['import', seedPath, '--dry-run', '--json']);
    expect(code).toBe(0);
    const proposal = JSON.parse(out);
    expect(proposal.items).toHaveLength(3);
    expect(proposal.items[2].children).toHaveLength(13);
    expect(out).toContain('"name": "农村生活污水治理率"');
    expect(out).toContain('"deadline": "2024-12-31"');
  });

  it("--dry-run prints an outline for people; --year overrides the title's year", async () => {
    const { code, out } = await run(['import', fixture, '--dry-run', '--year', '2026']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('示范市2025年大气与水环境工作方案 (2026): 15 items, 7 indicators');
    expect(out).toContain('◆ 空气质量优良天数比例 at_least 95% by 2025-12-31'); // a date written in the text wins over --year
  });

  it('reads a .docx (--dry-run --json) and refuses a damaged one with exit code 2', async () => {
    const file = path.join(tmp, 'plan.docx');
    fs.writeFileSync(file, buildDocx(DOCX_PLAN_PARAGRAPHS));
    const { code, out, err } = await run(['import', file, '--dry-run', '--json']);
    expect(code, err).toBe(0);
    const proposal = JSON.parse(out);
    expect(proposal).toMatchObject({ title: '示范县2026年生态环境保护工作要点', year: 2026 });
    expect(out).toContain('"deadline": "2026-06-30"');
    const broken = path.join(tmp, 'broken.docx');
    fs.writeFileSync(broken, buildDocx(DOCX_PLAN_PARAGRAPHS).subarray(0, 100));
    const bad = await run(['import', broken, '--dry-run']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a readable zip archive');
  });

  it('refuses a .doc, a missing file and a bad year with exit code 2', async () => {
    expect((await run(['import', 'plan.doc', '--dry-run'])).code).toBe(2);
    expect((await run(['import', path.join(tmp, 'none.docx'), '--dry-run'])).err).toContain('no such file');
    expect((await run(['import', path.join(tmp, 'none.txt'), '--dry-run'])).err).toContain('no such file');
    expect((await run(['import', fixture, '--year', 'x'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('saves into the database without --dry-run, creating the plan of that year', async () => {
    const file = path.join(tmp, 'cli.db');
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = file;
    const setup = createDb(file);
    await migrateToLatest(setup);
    await insertOrgAsSystem(
      { db: setup, clock: systemClock },
      {
        parentId: null,
        name: '示范省生态环境厅',
        kind: 'province',
        regionCode: '990000',
      },
    );
    await setup.destroy();
    try {
      const { code, out, err } = await run(['import', fixture, '--json']);
      expect(code, err).toBe(0);
      const report = JSON.parse(out);
      expect(report).toMatchObject({ created: 15, indicators: 7 });
      const db = createDb(file);
      const items = await db.selectFrom('workplan_items').select('id').where('plan_id', '=', report.planId).execute();
      const plan = await db
        .selectFrom('workplan_plans')
        .select(['year', 'title'])
        .where('id', '=', report.planId)
        .executeTakeFirstOrThrow();
      await db.destroy();
      expect(items).toHaveLength(15);
      expect(plan).toEqual({ year: 2025, title: '示范市2025年大气与水环境工作方案' });
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });
});
