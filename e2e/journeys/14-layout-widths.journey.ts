import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm } from '../lib/page-helpers';

export const name =
  'at 1280 and 1440 px no page is wider than the window and no table is wider than its card; the AQI calendar fills its card; the portal asks no /auth/me';

export const timeoutMs = 240_000;

const WIDTHS = [1280, 1440];

/** The main pages an administrator opens, each with an element that shows its data has arrived (or null: the page itself). */
const PAGES: { path: string; ready: string | null }[] = [
  { path: '/app', ready: null },
  { path: '/app/orgs', ready: '[data-testid="org-tree"] .ant-tree-treenode' },
  { path: '/app/users', ready: '[data-testid="users-table"] tbody tr[data-row-key]' },
  { path: '/app/roles', ready: '[data-testid="roles-table"] tbody tr[data-row-key]' },
  { path: '/app/audit', ready: '[data-testid="audit-table"] tbody tr[data-row-key]' },
  { path: '/app/dictionaries', ready: '[data-testid="entries-table"] tbody tr[data-row-key]' },
  { path: '/app/monitoring/stations', ready: 'tbody tr[data-row-key]' },
  { path: '/app/monitoring/stations/GX-A-450100-1', ready: null },
  { path: '/app/monitoring/map', ready: null },
  { path: '/app/monitoring/devices', ready: null },
  { path: '/app/monitoring/inspector', ready: null },
  { path: '/app/monitoring/quarantine', ready: null },
  { path: '/app/monitoring/import', ready: null },
  { path: '/app/monitoring/alerts', ready: null },
  { path: '/app/assessment', ready: null },
  { path: '/app/assessment/cities/450100', ready: '[data-testid="aqi-calendar"] [data-date]' },
  { path: '/app/assessment/stations/GX-A-450100-1', ready: null },
  { path: '/app/assessment/ranking', ready: 'tbody tr[data-row-key]' },
  { path: '/app/assessment/water', ready: null },
  { path: '/app/assessment/other-media', ready: null },
  { path: '/app/assessment/targets', ready: null },
  { path: '/app/assessment/bulletins', ready: null },
  { path: '/app/assessment/api-keys', ready: null },
  { path: '/app/workplan', ready: '[data-testid^="board-row-"]' },
  { path: '/app/workplan/units', ready: null },
  { path: '/app/workplan/overdue', ready: null },
  { path: '/app/workplan/import', ready: null },
  { path: '/app/workplan/assessment', ready: null },
  { path: '/app/workplan/calendar', ready: null },
];

/**
 * What sticks out on the right: the page wider than the window; an element past the window's right
 * edge that no scrolling container holds (cut off or pushing the page wide); a table wider than the
 * card it sits in (antd tables must scroll inside their card).
 */
async function overflows(page: Page): Promise<string[]> {
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  return page.evaluate<string[]>(`(() => {
    const vw = window.innerWidth;
    const found = [];
    const label = (el) => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' ? el.className.split(' ').filter(Boolean).slice(0, 2).join('.') : '';
      return el.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : '') + (cls ? '.' + cls : '');
    };
    if (document.documentElement.scrollWidth > vw) found.push('page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + vw);
    const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    for (const el of Array.from(document.querySelectorAll('#root *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      let held = false;
      for (let p = el.parentElement; p && p.id !== 'root'; p = p.parentElement) {
        if (scrolls(p) && p.getBoundingClientRect().right <= vw + 1) { held = true; break; }
      }
      // The outermost offender only: its children stick out with it.
      if (!held && !(el.parentElement && el.parentElement.getBoundingClientRect().right > vw + 1)) found.push(label(el) + ' ends at ' + Math.round(r.right) + ' px');
    }
    // A scrolling box other than a table's own scroller that scrolls sideways hides what is on its right
    // (e.g. the whole content area scrolling because one table or chart is too wide).
    for (const el of Array.from(document.querySelectorAll('#root *'))) {
      if (!scrolls(el) || el.scrollWidth <= el.clientWidth + 1) continue;
      if (el.closest('.ant-table-container')) continue;
      found.push(label(el) + ' scrolls sideways: ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
    }
    for (const table of Array.from(document.querySelectorAll('.ant-table-wrapper'))) {
      const card = table.closest('.ant-card');
      if (!card) continue;
      const t = table.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      if (t.right > c.right + 1) found.push(label(table) + ' ends at ' + Math.round(t.right) + ' px, its card at ' + Math.round(c.right) + ' px');
    }
    return found.slice(0, 8);
  })()`);
}

/** Issue #14: no table or calendar cut off on the right at 1440 and 1280 px; the city AQI calendar fills its month view. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // The anonymous portal: no request for the session on any of its pages (a 401 in the console each time).
  const sessionCalls: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/auth/me') sessionCalls.push(page.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  for (const path of ['/', '/portal/cities/450100', '/portal/water', '/portal/ranking', '/portal/open-data']) {
    await page.goto(`${baseUrl}${path}`);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  }
  check(
    sessionCalls.length === 0,
    `the anonymous portal requested /auth/me on ${[...new Set(sessionCalls)].join(', ')}`,
  );
  check(!consoleErrors.some((e) => e.includes('401')), `the anonymous portal logged: ${consoleErrors.join(' | ')}`);

  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const { path, ready } of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      if (ready) await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined);
      await page.waitForTimeout(300); // charts and tables settle their widths after the data
      for (const p of await overflows(page)) problems.push(`${width} px ${path}: ${p}`);
      // E2E_LAYOUT_SCREENSHOTS=<dir> keeps each page at each width for a human look.
      const shots = process.env.E2E_LAYOUT_SCREENSHOTS;
      if (shots) await page.screenshot({ path: `${shots}/${width}${path.replaceAll('/', '_')}.png`, fullPage: true });
    }
    // The city's AQI calendar fills its card: its grid is as wide as the card's body, not a strip at the left.
    await page.goto(`${baseUrl}/app/assessment/cities/450100`);
    await page.locator('[data-testid="aqi-calendar"] [data-date]').first().waitFor({ timeout: 15_000 });
    const fill = await page.evaluate<number>(`(() => {
      const calendar = document.querySelector('[data-testid="aqi-calendar"]');
      // The days drawn, from the month labels to the last column of days.
      const left = calendar.getBoundingClientRect().left;
      const right = Math.max(...Array.from(calendar.querySelectorAll('[data-date]')).map((d) => d.getBoundingClientRect().right));
      const body = calendar.closest('.ant-card-body') || calendar.parentElement;
      const style = getComputedStyle(body);
      return (right - left) / (body.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    })()`);
    if (fill < 0.95) problems.push(`${width} px: the AQI calendar fills ${Math.round(fill * 100)} % of its card`);
  }
  check(problems.length === 0, `layout problems: ${problems.join(' | ')}`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
