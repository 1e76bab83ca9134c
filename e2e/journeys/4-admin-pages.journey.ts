import { join } from 'node:path';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm } from '../lib/page-helpers';

export const name = 'admin opens every platform page without an error';

// Each page and an element that only renders once its data has arrived.
const PAGES = [
  { path: '/app', ready: '[data-testid="stat-orgs"] .ant-statistic-content-value' },
  { path: '/app/orgs', ready: '[data-testid="org-tree"] .ant-tree-treenode' },
  { path: '/app/users', ready: '[data-testid="users-table"] tbody tr[data-row-key]' },
  { path: '/app/roles', ready: '[data-testid="roles-table"] tbody tr[data-row-key]' },
  { path: '/app/audit', ready: '[data-testid="audit-table"] tbody tr[data-row-key]' },
  { path: '/app/dictionaries', ready: '[data-testid="entries-table"] tbody tr[data-row-key]' },
  { path: '/app/password', ready: 'form input[type="password"]' },
];

/** A smoke run over the whole shell: data arrives, no error message pops up, no script error. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);

  for (const { path, ready } of PAGES) {
    await page.goto(`${baseUrl}${path}`);
    await page.locator(ready).first().waitFor();
    const errors = await page.locator('.ant-message-error').allTextContents();
    check(errors.length === 0, `${path} shows errors: ${errors.join(' | ')}`);
    // E2E_SCREENSHOTS=<dir> keeps a picture of every page for a human look.
    const shots = process.env.E2E_SCREENSHOTS;
    if (shots) await page.screenshot({ path: join(shots, `${path.replaceAll('/', '_')}.png`), fullPage: true });
  }
  await page.goto(`${baseUrl}/app`);
  const orgsValue = page.locator('[data-testid="stat-orgs"] .ant-statistic-content-value').first();
  await orgsValue.waitFor();
  const orgs = Number((await orgsValue.textContent())?.replaceAll(',', ''));
  check(orgs > 0, `the home page counts ${orgs} organisations`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
