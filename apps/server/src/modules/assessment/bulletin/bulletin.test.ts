import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { seedKnownJune } from '../test/air-fixtures';
import { bulletinContent, bulletinPdf } from './bulletin.service';
import { schedulerTick } from './bulletin-scheduler';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const withPdftotext = hasPdftotext();
if (!withPdftotext) console.warn('SKIP pdftotext check: pdftotext (poppler-utils) is not installed');

describe.each(testDatabases())('monthly air bulletin on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedKnownJune(t.deps);
  });
  afterAll(() => t?.close());

  it('feeds the renderer the figures of the month: summary, table, chart and standards', async () => {
    const d = await bulletinContent(t.deps, '2025-06');
    expect(d.title).toBe('广西壮族自治区2025年6月环境空气质量月报');
    expect(d.summary[1]).toContain('前三位为南宁市、柳州市、桂林市');
    expect(d.cityTable[0]).toEqual({
      rank: 1,
      name: '南宁市',
      regionCode: '450100',
      so2: 10,
      no2: 20,
      pm10: 50,
      pm2_5: 35,
      co: 1,
      o3: 100,
      goodDayRatio: 100,
      compositeIndex: 3.26,
      mainPollutant: 'PM2.5',
      compositeChangePct: -4.1,
    });
    expect(d.bars.map((b) => [b.name, b.value])).toEqual([
      ['南宁市', 3.26],
      ['柳州市', 3.26],
      ['桂林市', 4.31],
    ]);
    expect(d.standards).toContain('GB 3095-2012');
    expect(d.standards).toContain('HJ 633-2012');
    const city = await bulletinContent(t.deps, '2025-06', '450300');
    expect(city.summary[1]).toContain('桂林市环境空气质量综合指数为4.31，在全区14个设区市中排名第3位');
    expect(city.highlight).toBe('450300');
  });

  it('renders a three-page PDF with Chinese text', async () => {
    const { pdf } = await bulletinPdf(t.deps, '2025-06');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(3);
    if (!withPdftotext) return;
    const file = path.join(os.tmpdir(), `bulletin-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    fs.rmSync(file);
    expect(text).toContain('环境空气质量月报');
    expect(text).toContain('南宁市');
    expect(text).toContain('4.31');
  });

  it("queues last month's province bulletin on the 1st, once, and runs it", async () => {
    t.clock.set('2025-07-01T01:00:00Z');
    await schedulerTick(t.deps);
    await schedulerTick(t.deps);
    const jobs = await t.deps.db
      .selectFrom('assessment_jobs')
      .select(['status', 'dedupe_key', 'percent'])
      .where('dedupe_key', 'is not', null)
      .execute();
    expect(jobs).toEqual([{ status: 'done', dedupe_key: 'air-bulletin|2025-06|province', percent: 100 }]);
  });
});
