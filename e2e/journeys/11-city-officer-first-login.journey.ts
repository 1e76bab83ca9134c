import type { Response } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';
import { tourScreenshot } from '../lib/tour';

export const name =
  'a new 柳州 city user changes the given password at first login, then sees the dashboard on 柳州 with no error toast';

type Org = { id: string; kind: string; regionCode: string };

/** Issue #14: an admin-created account, its forced password change, and a dashboard that follows its scope. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // 1. The admin creates a 柳州 city officer with a given password (through the API, as the users page does).
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  const session = await apiGet<{ csrfToken: string }>(page, baseUrl, '/api/v1/auth/me');
  const orgs = await apiGet<{ items: Org[] }>(page, baseUrl, '/api/v1/orgs');
  const liuzhou = orgs.body.items.find((o) => o.kind === 'city' && o.regionCode === '450200');
  check(liuzhou, 'no 柳州 city organisation in the demo');
  const username = `lz_${Date.now().toString(36)}`;
  const given = 'Given-Passw0rd-1';
  const created = await page.request.post(`${baseUrl}/api/v1/users`, {
    headers: { 'x-csrf-token': session.body.csrfToken },
    data: { username, displayName: '柳州市局干部（新）', orgId: liuzhou.id, roles: ['city_officer'], password: given },
  });
  check(created.status() === 201, `creating the user answered ${created.status()}: ${await created.text()}`);

  // 2. First login: only the change-password form, until a new password is chosen.
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent('/app/assessment')}`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(given);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('password-forced').waitFor();
  check((await page.getByTestId('user-menu').count()) === 0, 'the app shell shows before the password is changed');
  const refused = await apiGet<{ error: { code: string } }>(page, baseUrl, '/api/v1/workplan/plans');
  check(
    refused.status === 403 && refused.body.error.code === 'PASSWORD_CHANGE_REQUIRED',
    `before the change the API answered ${refused.status}`,
  );
  await page.locator('[data-testid="password-current"]').fill(given);
  await page.locator('[data-testid="password-new"]').fill('Own-Passw0rd-22');
  await page.locator('[data-testid="password-confirm"]').fill('Own-Passw0rd-22');

  // 3. The dashboard opens on 柳州; every call it makes stays in scope and none fails.
  const failed: string[] = [];
  const outOfScope: string[] = [];
  page.on('response', (res: Response) => {
    const url = new URL(res.url());
    if (!url.pathname.startsWith('/api/')) return;
    if (res.status() >= 400) failed.push(`${res.status()} ${url.pathname}`);
    const city = /\/api\/v1\/assessment\/air\/cities\/(\d{6})/.exec(url.pathname)?.[1];
    if (city && !city.startsWith('4502')) outOfScope.push(city);
  });
  await page.getByTestId('password-submit').click();
  await page.getByTestId('user-menu').waitFor();
  await page.waitForURL((url) => url.pathname === '/app/assessment');
  await waitForText(page, 'trend-city', (text) => text.includes('柳州'), 15_000);
  await page.getByTestId('trend-chart').waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const toasts = page.locator('.ant-message-error');
  check(
    (await toasts.count()) === 0,
    `error toast(s) on the dashboard: ${(await toasts.allTextContents()).join(' | ')}`,
  );
  check(outOfScope.length === 0, `the dashboard asked for cities outside 柳州: ${[...new Set(outOfScope)].join(', ')}`);
  check(failed.length === 0, `failed API calls: ${failed.join(', ')}`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join('; ')}`);
  await tourScreenshot(page, 'assessment-dashboard-city');
}
