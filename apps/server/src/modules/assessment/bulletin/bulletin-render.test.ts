import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { coloursIn, hasPoppler, pdfPageImage } from '../test/pdf-tools';
import { seedProvinceJune } from '../test/province-fixtures';
import { bulletinPdf } from './bulletin.service';
import { MAP_BOX, MAP_PAGE } from './bulletin-pdf';

const withPdftoppm = hasPoppler('pdftoppm');

describe.each(testDatabases())('bulletin rendering on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedProvinceJune(t);
  }, 120_000);
  afterAll(() => t?.close());

  it.skipIf(!withPdftoppm)('draws the province map with coloured cities (page rendered to PNG, pixels checked)', async () => {
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
    const black = [...colours].filter(([key]) => key.split('').every((h) => parseInt(h, 16) <= 2)).reduce((a, [, n]) => a + n, 0);
    expect(black / total).toBeLessThan(0.05);
    expect(hues.length).toBeGreaterThanOrEqual(4);
  });
});
