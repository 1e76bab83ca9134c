import path from 'node:path';
import type { Page } from 'playwright-core';

/** The width the README's tour pictures are taken at (a common office monitor). */
const TOUR_WIDTH = 1440;

/**
 * With `E2E_TOUR_SCREENSHOTS=<dir>` (e.g. docs/screenshots), saves the visible page at 1440 × 900 as
 * `<dir>/<name>.png` for the README's tour; otherwise does nothing, so ordinary runs leave no files.
 */
export async function tourScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_TOUR_SCREENSHOTS;
  if (!dir) return;
  await page.setViewportSize({ width: TOUR_WIDTH, height: 900 });
  await page.waitForTimeout(500); // charts resize on the viewport change
  await page.screenshot({ path: path.resolve(dir, `${name}.png`) });
}
