import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm } from '../lib/page-helpers';

export const name = 'admin adds and deletes a dictionary entry; both land in the audit log';

type AuditList = { items: { action: string; actorName: string | null; after: unknown; before: unknown }[] };

/** Exercises a write through the real server: session cookie + CSRF header on POST and DELETE. */
export async function run({ page, baseUrl, adminPassword }: JourneyContext): Promise<void> {
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  await page.getByTestId('menu-dictionaries').click();
  await page.locator('[data-testid="entries-table"] tbody tr[data-row-key]').first().waitFor();

  const code = `e2e_${Date.now().toString(36)}`;
  await page.getByTestId('entry-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input#code').fill(code);
  await dialog.locator('input#label').fill('端到端测试条目');
  await dialog.locator('input#labelEn').fill('End-to-end entry');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
  check((await page.locator('.ant-message-error').count()) === 0, 'saving the entry showed an error');

  // Find the new row through the server-side search, then delete it.
  await page.getByPlaceholder('按代码或名称搜索').fill(code);
  await page.getByPlaceholder('按代码或名称搜索').press('Enter');
  const row = page.locator('[data-testid="entries-table"] tbody tr[data-row-key]', { hasText: code });
  await row.waitFor();
  await row.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '是' }).click();
  await row.waitFor({ state: 'detached' });

  const audit = await apiGet<AuditList>(page, baseUrl, '/api/v1/audit?pageSize=20');
  check(audit.status === 200, `audit API answered ${audit.status}`);
  const mentions = (a: AuditList['items'][number]) => JSON.stringify([a.before, a.after]).includes(code);
  const actions = audit.body.items.filter(mentions).map((a) => a.action);
  check(
    actions.includes('dictionary.entry.create'),
    `no dictionary.entry.create for ${code}; saw ${actions.join(', ')}`,
  );
  check(
    actions.includes('dictionary.entry.delete'),
    `no dictionary.entry.delete for ${code}; saw ${actions.join(', ')}`,
  );
}
