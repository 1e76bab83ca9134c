import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm, waitForText } from '../lib/page-helpers';
import { tourScreenshot } from '../lib/tour';

export const name = 'the air division officer sees on the home page the reports it owes, and on the board the item it leads';

const LED = 'PM2.5与臭氧协同控制';

/** Issue #14: a division's own view — its duties at home, its item under its headings on the plan board. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await loginThroughForm(page, baseUrl, 'air_officer', demoPassword);

  // Home: what the division owes, not platform counters.
  await waitForText(page, 'work-reports-due', (text) => text.includes(LED), 15_000);
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
  check(!(await page.locator('body').textContent())?.includes('总体要求'), 'the text-only heading 一、总体要求 shows as an empty card');
  await tourScreenshot(page, 'workplan-board-division');
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join('; ')}`);
}
