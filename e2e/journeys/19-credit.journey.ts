import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name =
  'credit: the demo enterprise files its annual disclosure from the pre-filled form; the department sees a temporary report missing after a penalty; the admin publishes last year’s rating and it shows on the portal';
export const timeoutMs = 240_000;

type Run = { id: string; year: number; status: string };
type PublicRatings = { items: { year: number; uscc: string; level: string }[] };

/** The Shanghai year of today (the demo's years are counted from it). */
const thisYear = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

async function noLatinText(page: Page, where: string): Promise<void> {
  const findings = await latinFindings(page);
  check(
    findings.length === 0,
    `${where} shows Latin text: ${findings.map((f) => `${f.text} (${f.context})`).join(' | ')}`,
  );
}

/** Opens an antd select and clicks the visible option with this text. */
async function pick(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

/** Issue #18's journey (rating and disclosure) on the demo server. */
export async function run({ page, baseUrl, adminPassword, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  const y = thisYear();

  // The enterprise: its reports of last year, the annual one open, the form pre-filled from the record.
  await loginThroughForm(page, baseUrl, 'enterprise_demo', demoPassword);
  await page.getByTestId('menu-credit').click();
  await page.getByTestId('menu-creditMyReports').click();
  await page.waitForURL((url) => url.pathname === '/app/credit/disclosure/my-reports');
  await pick(page, 'reports-year', `${y - 1}年度`);
  await page.getByTestId(`annual-file-${y - 1}`).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app/credit/disclosure/annual/'));
  await page.getByTestId('annual-permits').locator('tbody tr').first().waitFor({ timeout: 30_000 });
  await waitForText(page, 'annual-permits', (text) => /\d{6,}/.test(text));
  await page.getByTestId('annual-emergency').fill('已编制突发环境事件应急预案并报生态环境部门备案。');
  await page.getByTestId('annual-submit').click();
  await waitForText(page, 'annual-filed', (text) => text.includes('已于'), 30_000);
  await noLatinText(page, 'the filed annual report');

  // The department: a temporary report after a penalty, not filed in 5 working days.
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  await page.goto(`${baseUrl}/app/credit/disclosure/reports`);
  await page.getByTestId('reports-state').getByText('逾期未披露').click();
  await page.getByTestId('reports-table').waitFor();
  await page.getByTestId('report-state-overdue').first().waitFor({ timeout: 30_000 });
  await waitForText(page, 'reports-table', (text) => text.includes('受到行政处罚') && text.includes('5个工作日'));
  await noLatinText(page, 'the disclosure reports');

  // The rating of last year waits in review: the admin publishes it.
  await page.getByTestId('menu-creditRatings').click();
  await page.waitForURL((url) => url.pathname === '/app/credit/ratings');
  await page.getByTestId(`run-link-${y - 1}`).click();
  await page.getByTestId('run-step-publish').click();
  await page.locator('.ant-popconfirm .ant-btn-primary:visible').click();
  await page.getByTestId('run-step-publish').waitFor({ state: 'detached', timeout: 30_000 });
  const { body: runs } = await apiGet<{ items: Run[] }>(page, baseUrl, '/api/v1/credit/runs');
  check(runs.items.find((r) => r.year === y - 1)?.status === 'published', 'last year’s rating is not published');
  await noLatinText(page, 'the published run');

  // The portal, without a login: the published rating, found by a unit's credit code.
  const { body: ratings } = await apiGet<{ ratings: { uscc: string; level: string }[] }>(
    page,
    baseUrl,
    `/api/v1/credit/runs/${runs.items.find((r) => r.year === y - 1)!.id}`,
  );
  const unit = ratings.ratings[0];
  check(unit, 'the published run has no rating');
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/portal/credit`);
  const search = page.getByPlaceholder('输入单位名称或统一社会信用代码');
  await search.fill(unit.uscc);
  await search.press('Enter');
  await waitForText(page, 'portal-ratings', (text) => text.includes(unit.uscc) && text.includes(`${y - 1}`), 30_000);
  const { body: pub } = await apiGet<PublicRatings>(page, baseUrl, `/api/v1/public/credit/ratings?q=${unit.uscc}`);
  check(
    pub.items.some((r) => r.year === y - 1 && r.level === unit.level),
    'the portal does not list the published level',
  );
  await noLatinText(page, 'the portal’s credit page');
  check(
    (await page.locator('.ant-message-error, .ant-notification-notice-error').count()) === 0,
    'an error toast shows',
  );
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
