import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { ranks, renderAssessmentPdf } from './assessment-pdf';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = fs.existsSync(PDFTOTEXT);
if (!hasPdftotext) console.warn(`SKIP PDF text checks: ${PDFTOTEXT} is absent`);

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workplan-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('assessment PDF rendering', () => {
  it('ranks ties together', () => {
    expect(ranks([{ score: 90 }, { score: 80 }, { score: 80 }, { score: 70 }])).toEqual([1, 2, 2, 4]);
  });

  it.skipIf(!hasPdftotext)('prints the title, weights and every unit with its scores', async () => {
    const pdf = await renderAssessmentPdf({
      plan: { title: '测试工作要点', year: 2025 },
      today: '2025-12-31',
      weights: { completion: 60, timeliness: 25, attainment: 15 },
      items: [{ unitName: '甲市生态环境局', items: 3, completion: 88.5, timeliness: 100, attainment: 50, score: 85.6 }],
    });
    const text = pdfText(pdf);
    expect(text).toContain('测试工作要点（2025年）年度考核汇总');
    expect(text).toMatch(/完成度 60，及时性 25，指标达成 15/);
    expect(text).toMatch(/1\s+甲市生态环境局\s+3\s+88\.5\s+100\.0\s+50\.0\s+85\.6/);
  });
});

describe.each(testDatabases())('GET /workplan/plans/:id/assessment?format=pdf on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('serves the PDF to a reader and refuses the anonymous (401) and the unpermitted (403)', async () => {
    const leader = await t.login('leader');
    const plan = (
      (await leader.request('GET', '/api/v1/workplan/plans')).json().items as {
        id: string;
        year: number;
        title: string;
      }[]
    ).find((p) => p.year === 2024)!;
    const url = `/api/v1/workplan/plans/${plan.id}/assessment?format=pdf`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await (await t.login('enterprise_demo')).request('GET', url)).statusCode).toBe(403);
    const res = await leader.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const rows = (await leader.request('GET', `/api/v1/workplan/plans/${plan.id}/assessment`)).json().items as {
      unitName: string;
      score: number;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    const text = pdfText(res.rawPayload);
    expect(text).toContain(plan.title);
    const line = text.split('\n').find((l) => l.includes(rows[0]!.unitName));
    expect(line, text).toBeDefined();
    expect(line!.trim().endsWith(rows[0]!.score.toFixed(1))).toBe(true);
  });
});
