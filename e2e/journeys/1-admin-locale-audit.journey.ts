import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name = 'admin logs in, switches 中文 ⇄ English, finds the login in the audit log';

type Me = { user: { username: string; displayName: string } };

/** Issue #2, journey 1. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  const loginStartedAt = Date.now();
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);

  // The menu label flips both ways, and English survives a reload (persisted in localStorage).
  await waitForText(page, 'menu-audit', '审计日志');
  await page.getByTestId('locale-switch').click();
  await waitForText(page, 'menu-audit', 'Audit log');
  await page.reload();
  await waitForText(page, 'menu-audit', 'Audit log');
  await page.getByTestId('locale-switch').click();
  await waitForText(page, 'menu-audit', '审计日志');

  const me = await apiGet<Me>(page, baseUrl, '/api/v1/auth/me');
  check(me.status === 200, `/auth/me answered ${me.status}`);
  const actorNames = new Set(['admin', me.body.user.displayName]);

  await page.getByTestId('menu-audit').click();
  await page.waitForURL((url) => url.pathname === '/app/audit');
  const rows = page.locator('[data-testid="audit-table"] tbody tr[data-row-key]');
  await rows.first().waitFor();

  // The log is newest first: this run's login must be on the first page, at or after our start.
  const count = await rows.count();
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    // The tag shows the action's name in the locale; its code is in data-action.
    const action = (await row.getByTestId('audit-action').getAttribute('data-action')) ?? '';
    const actor = (await row.getByTestId('audit-actor').textContent())?.trim() ?? '';
    const at = Date.parse((await row.locator('time').getAttribute('datetime')) ?? '');
    seen.push(`${action}/${actor}`);
    if (action === 'auth.login' && actorNames.has(actor) && at >= loginStartedAt - 5_000) return;
  }
  throw new Error(`no auth.login by admin at or after the login among ${count} rows: ${seen.join(', ')}`);
}
