import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';
import { tourScreenshot } from '../lib/tour';

export const name =
  'the air division officer sees on the home page what it owes (reports due, a supervision notice), and on the board the item it leads';

const LED = 'PM2.5与臭氧协同控制';

/** Issue #14: a division's own view — its duties at home, its item under its headings on the plan board. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // The demo's division files its reports on time most months, so what it owes today depends on the
  // day: the leader first sends it a supervision notice on its item, which it owes on any day.
  await loginThroughForm(page, baseUrl, 'leader', demoPassword);
  const leader = await apiGet<{ csrfToken: string }>(page, baseUrl, '/api/v1/auth/me');
  const plans = await apiGet<{ items: { id: string; year: number }[] }>(page, baseUrl, '/api/v1/workplan/plans');
  const plan = [...plans.body.items].sort((a, b) => b.year - a.year)[0];
  check(plan, 'no work plan in the demo');
  const items = await apiGet<{ items: { id: string; title: string }[] }>(
    page,
    baseUrl,
    `/api/v1/workplan/plans/${plan.id}/items`,
  );
  const led = items.body.items.find((i) => i.title === LED);
  check(led, `no ${LED} in the ${plan.year} plan`);
  const issued = await page.request.post(`${baseUrl}/api/v1/workplan/items/${led.id}/notices`, {
    headers: { 'x-csrf-token': leader.body.csrfToken },
    data: { reason: '请说明本月协同控制进展（端到端测试）', replyWorkingDays: 5 },
  });
  check(issued.status() === 201, `issuing the notice answered ${issued.status()}: ${await issued.text()}`);
  await page.context().clearCookies();

  await loginThroughForm(page, baseUrl, 'air_officer', demoPassword);

  // Home: what the division owes, not platform counters: the notice, and every report the API says is due.
  await waitForText(page, 'work-notices', (text) => text.includes(LED), 15_000);
  const work = await apiGet<{ reportsDue: { itemTitle: string }[] }>(page, baseUrl, '/api/v1/me/work');
  const due = (await page.getByTestId('work-reports-due').textContent()) ?? '';
  for (const r of work.body.reportsDue)
    check(due.includes(r.itemTitle), `the home page does not list the report due on ${r.itemTitle}`);
  check((await page.locator('[data-testid^="stat-"]').count()) === 0, 'a division officer sees the platform counters');
  await tourScreenshot(page, 'home-division');

  // Board: the led item shows under 三、(二)蓝天保卫战; counts equal the cards; no empty heading.
  await page.goto(`${baseUrl}/app/workplan`);
  const task = page.locator('[data-testid^="board-task-"]', { hasText: LED }).first();
  await task.waitFor();
  const rows = page.locator('[data-testid^="board-row-"]');
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const cards = await row.locator('[data-testid^="board-card-"]:not([data-testid^="board-card-link-"])').count();
    const total = (await row.locator('[data-testid^="board-counts-"]').textContent()) ?? '';
    check(total.includes(`共 ${cards} 项`), `a board row says "${total}" over ${cards} cards`);
    check(cards > 0, 'an empty heading card is shown');
  }
  check(
    !(await page.locator('body').textContent())?.includes('总体要求'),
    'the text-only heading 一、总体要求 shows as an empty card',
  );
  await tourScreenshot(page, 'workplan-board-division');
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join('; ')}`);
}
