import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm } from '../lib/page-helpers';
import { latinFindings, type LatinFinding } from '../lib/latin-text';
import { tourScreenshot } from '../lib/tour';

export const name = 'admin opens every menu page in zh-CN: no English or raw codes in the visible text';
export const timeoutMs = 240_000;

/** Main pages whose picture goes to docs/screenshots (E2E_TOUR_SCREENSHOTS) as `zh-<menu key>.png`. */
const TOUR = new Set([
  'home',
  'users',
  'roles',
  'audit',
  'stations',
  'quarantine',
  'alerts',
  'assessmentDashboard',
  'assessmentRanking',
  'assessmentTargets',
  'workplanBoard',
  'workplanAssessment',
]);

/** Pages below the menu, reached by the first link of their kind on a menu page. */
const DETAILS = [
  { from: '/app/monitoring/stations', link: '[data-testid^="station-link-"]' },
  { from: '/app/assessment/ranking', link: 'a[href^="/app/assessment/cities/"]' },
  { from: '/app/workplan', link: '[data-testid^="board-card-link-"]' },
];

/** The menu's links, read from the sidebar itself (so a new menu entry is covered without listing it here). */
async function menuLinks(page: Page): Promise<{ key: string; group: string | null }[]> {
  const links: { key: string; group: string | null }[] = [];
  const keyOf = async (el: ReturnType<Page['locator']>) =>
    ((await el.getAttribute('data-testid')) ?? '').replace(/^menu-/, '');
  const top = page.locator('.ant-layout-sider .ant-menu-root > li');
  for (let i = 0; i < (await top.count()); i++) {
    const li = top.nth(i);
    const cls = (await li.getAttribute('class')) ?? '';
    if (cls.includes('ant-menu-item-disabled')) continue;
    const label = li.locator('[data-testid^="menu-"]').first();
    const key = await keyOf(label);
    if (!cls.includes('ant-menu-submenu')) {
      links.push({ key, group: null });
      continue;
    }
    if (!cls.includes('ant-menu-submenu-open')) await label.click();
    const children = li.locator('ul [data-testid^="menu-"]');
    await children.first().waitFor();
    for (let j = 0; j < (await children.count()); j++) links.push({ key: await keyOf(children.nth(j)), group: key });
  }
  return links;
}

/** Waits until the page's data has arrived: no spinner for a moment (polling pages never go network-idle). */
async function settle(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const busy = await page
      .locator('.ant-spin-spinning, .ant-skeleton-active, .ant-table-placeholder .ant-spin')
      .count();
    if (busy > 0) quietSince = Date.now();
    else if (Date.now() - quietSince > 800) return;
    await page.waitForTimeout(100);
  }
}

/** Issue #14: every page of the menu, as the admin sees it in Chinese, has Chinese messages. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  check((await page.locator('html').getAttribute('lang'))?.startsWith('zh') !== false, 'the page is not in Chinese');

  const links = await menuLinks(page);
  check(links.length >= 20, `the admin's menu has only ${links.length} links`);
  const problems: string[] = [];
  const inspect = async () => {
    await settle(page);
    const path = new URL(page.url()).pathname;
    const errors = await page.locator('.ant-message-error, .ant-notification-notice-error').allTextContents();
    if (errors.length > 0) problems.push(`${path}: error message ${errors.join(' | ')}`);
    const found: LatinFinding[] = await latinFindings(page);
    const words = [...new Map(found.map((f) => [f.text, f])).values()];
    if (words.length > 0) problems.push(`${path}: ${words.map((f) => `"${f.text}" in "${f.context}"`).join('; ')}`);
  };
  for (const { key, group } of links) {
    const entry = page.getByTestId(`menu-${key}`);
    if (!(await entry.isVisible()) && group) await page.getByTestId(`menu-${group}`).click();
    await entry.click();
    await inspect();
    if (TOUR.has(key)) await tourScreenshot(page, `zh-${key}`);
  }
  for (const { from, link } of DETAILS) {
    await page.goto(`${baseUrl}${from}`);
    const first = page.locator(link).first();
    await first.waitFor();
    const before = page.url();
    await first.click();
    await page.waitForURL((url) => url.href !== before);
    await inspect();
  }
  // The runner prints a failure's first line: the pages and what they show are listed before it.
  for (const problem of problems) console.error(`  ${problem}`);
  check(problems.length === 0, `Latin text or errors on ${problems.length} pages (listed above)`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
