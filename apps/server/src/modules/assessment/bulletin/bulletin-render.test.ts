import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { cachedAirRanking } from '../air/ranking-cache';
import { monthPeriod } from '../periods';
import { coloursIn, hasPoppler, pdfPageImage, pdfText } from '../test/pdf-tools';
import { seedProvinceJune } from '../test/province-fixtures';
import { SECTION_HEADINGS } from './bulletin-data';
import { bulletinContent, bulletinPdf } from './bulletin.service';
import { MAP_BOX, MAP_PAGE } from './bulletin-pdf';

const withPdftoppm = hasPoppler('pdftoppm');
const withPdftotext = hasPoppler('pdftotext');

/** The visible text of a DOCX (word/document.xml, runs joined, paragraphs and cells on their own lines). */
async function docxText(data: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe.each(testDatabases())('bulletin rendering on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedProvinceJune(t);
    analyst = await t.login('analyst');
  }, 120_000);
  afterAll(() => t?.close());

  it.skipIf(!withPdftoppm)(
    'draws the province map with coloured cities (page rendered to PNG, pixels checked)',
    async () => {
      const { pdf } = await bulletinPdf(t.deps, '2025-06');
      const dpi = 60;
      const img = pdfPageImage(pdf, MAP_PAGE, dpi);
      const px = (pt: number) => Math.round((pt * dpi) / 72);
      const colours = coloursIn(img, { x: px(MAP_BOX.x), y: px(MAP_BOX.y), w: px(MAP_BOX.w), h: px(MAP_BOX.h) });
      const total = [...colours.values()].reduce((a, b) => a + b, 0);
      const [r, g, b] = [0, 1, 2];
      const hues = [...colours].filter(([key, n]) => {
        const c = key.split('').map((h) => parseInt(h, 16));
        const saturated = Math.max(c[r]!, c[g]!, c[b]!) - Math.min(c[r]!, c[g]!, c[b]!) >= 4;
        return saturated && n >= total * 0.005;
      });
      const black = [...colours]
        .filter(([key]) => key.split('').every((h) => parseInt(h, 16) <= 2))
        .reduce((a, [, n]) => a + n, 0);
      expect(black / total).toBeLessThan(0.05);
      expect(hues.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('computes the 月报 figures: headline with last year, a paragraph per pollutant, the full city table, best and worst three', async () => {
    const d = await bulletinContent(t.deps, '2025-06');
    const now = (await cachedAirRanking(t.deps.db, monthPeriod('2025-06'))).cities;
    const last = (await cachedAirRanking(t.deps.db, monthPeriod('2024-06'))).cities;
    // Independent figures: good-day ratio over all city-days, PM2.5 the mean of the cities' means.
    const ratio = (cs: typeof now) =>
      (100 * cs.reduce((a, c) => a + c.goodDays, 0)) / cs.reduce((a, c) => a + c.daysValid, 0);
    const meanPm = (cs: typeof now) => cs.reduce((a, c) => a + c.stats.pm2_5!, 0) / cs.length;
    expect(Number(d.headline.goodDayRatio)).toBeCloseTo(ratio(now), 1);
    expect(Number(d.headline.goodDayRatioLastYear)).toBeCloseTo(ratio(last), 1);
    expect(d.headline.pm2_5).toBe(Math.round(meanPm(now)));
    expect(d.headline.pm2_5LastYear).toBe(Math.round(meanPm(last)));
    expect(d.summary[0]).toContain(`优良天数比例为${d.headline.goodDayRatio}%`);
    expect(d.summary[0]).toMatch(/同比(上升|下降)\d+\.\d个百分点/);
    // Every city is 5 µg/m³ (about 6-13 %) lower than a year earlier.
    expect(d.summary[0]).toMatch(/细颗粒物（PM2.5）平均浓度为\d+微克\/立方米，同比下降\d+\.\d%/);
    expect(d.pollutantParagraphs.map((p) => p.pollutant)).toEqual(['pm2_5', 'pm10', 'o3', 'so2', 'no2', 'co']);
    expect(d.pollutantParagraphs[0]!.text).toContain(`全区平均浓度为${d.headline.pm2_5}微克/立方米，同比下降`);
    expect(d.pollutantParagraphs[0]!.text).toContain('崇左市最高');
    expect(d.pollutantParagraphs.find((p) => p.pollutant === 'so2')!.text).toContain('同比持平；各市均为10微克/立方米');
    expect(d.pollutantParagraphs.find((p) => p.pollutant === 'co')!.text).toContain('毫克/立方米');
    expect(d.cityTable).toHaveLength(14);
    expect(
      d.cityTable.every(
        (r) =>
          r.so2 !== null && r.no2 !== null && r.pm10 !== null && r.pm2_5 !== null && r.co !== null && r.o3 !== null,
      ),
    ).toBe(true);
    expect(d.best).toEqual(['南宁市', '柳州市', '桂林市']);
    expect(d.worst).toEqual(['崇左市', '来宾市', '河池市']);
  });

  it.skipIf(!withPdftotext)(
    'prints the 月报 sections, the pollutant paragraphs and the city table in the PDF',
    async () => {
      const res = await analyst.request('GET', '/api/v1/assessment/bulletins/air-monthly?month=2025-06');
      const text = pdfText(res.rawPayload).replace(/[ \t]+/g, ' ');
      for (const h of Object.values(SECTION_HEADINGS)) expect(text).toContain(h);
      expect(text).toContain('细颗粒物（PM2.5）');
      expect(text).toContain('一氧化碳（CO）');
      expect(text).toMatch(/崇左市 10 31 50 \d+ 1\.0 100/);
      expect(text).toContain('第13–14名');
    },
  );

  it('serves the same structure as an editable DOCX: sections, pollutant paragraphs, the city table and the legend', async () => {
    const res = await analyst.request('GET', '/api/v1/assessment/bulletins/air-monthly/docx?month=2025-06');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('air-bulletin-province-2025-06.docx');
    const text = await docxText(res.rawPayload);
    const d = await bulletinContent(t.deps, '2025-06');
    expect(text).toContain(d.title);
    for (const h of Object.values(SECTION_HEADINGS)) expect(text).toContain(h);
    for (const p of d.pollutantParagraphs) expect(text).toContain(p.text);
    expect(text).toContain(d.rankingText);
    // The city table: header and one line per city with its six figures (cells are paragraphs).
    expect(text).toContain('SO₂（µg/m³）');
    for (const r of d.cityTable)
      expect(text).toContain([r.name, r.so2, r.no2, r.pm10, r.pm2_5, r.co!.toFixed(1), r.o3].join('\n'));
    expect(text).toContain('第1–3名');
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
    // A city outside the caller's scope is refused; the province bulletin is open to every reader.
    const officer = await t.login('nanning_officer');
    expect(
      (await officer.request('GET', '/api/v1/assessment/bulletins/air-monthly/docx?month=2025-06&regionCode=450300'))
        .statusCode,
    ).toBe(404);
    expect(
      (await officer.request('GET', '/api/v1/assessment/bulletins/air-monthly/docx?month=2025-06&regionCode=450100'))
        .statusCode,
    ).toBe(200);
  });
});
