import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, setUpProvinceOnFirstRun, waitForText } from '../lib/page-helpers';
import { findFreePort, startEmptyServer, waitForHealth } from '../lib/server';

export const name =
  'online-monitoring leads: the Nanning officer opens the inbox, sees the demo leads in Chinese, opens one with its evidence and dismisses it with a reason; the enterprise user reaches its inbox; on an empty database the inbox says in Chinese that nothing is open';
export const timeoutMs = 300_000;

const repoRoot = path.resolve(import.meta.dirname, '../..');
const ROWS = '[data-testid="leads-table"] tbody tr.ant-table-row';

type Lead = { id: string; status: string; reason: string; enterpriseName: string };

/** The inbox from the side menu (the entry a city officer and an enterprise user both have). */
async function openInbox(page: Page): Promise<void> {
  // The group starts folded on the home page: unfold it first.
  const link = page.getByTestId('menu-complianceLeads');
  if (!(await link.isVisible())) await page.getByTestId('menu-compliance').click();
  await link.click();
  await page.waitForURL((url) => url.pathname === '/app/compliance/leads');
  await page.getByTestId('leads-table').waitFor();
}

/**
 * Waits for the first lead of the inbox: the demo's outlets are judged and scanned by the worker as
 * the server starts, so the first leads may come a little after the page.
 */
async function firstLeadId(page: Page, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const button = page.locator('[data-testid^="lead-open-"]').first();
    if ((await button.count()) > 0) return ((await button.getAttribute('data-testid')) ?? '').replace('lead-open-', '');
    await page.waitForTimeout(3_000);
    await page.reload();
    await page.getByTestId('leads-table').waitFor();
  }
  throw new Error('the inbox listed no lead: the demo should raise exceedance and sign leads for Nanning outlets');
}

async function noLatinText(page: Page, where: string): Promise<void> {
  const findings = await latinFindings(page);
  check(
    findings.length === 0,
    `${where} shows Latin text: ${findings.map((f) => `${f.text} (${f.context})`).join(' | ')}`,
  );
}

/** Issue #16's journey: the demo server (the department's leads), then an empty database of its own. */
export async function run({ page, baseUrl, adminPassword, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // The Nanning city officer triages the leads of Nanning's outlets.
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);
  await openInbox(page);
  const id = await firstLeadId(page, 90_000);
  await noLatinText(page, 'the inbox');
  const rows = await page.locator(ROWS).count();
  check(rows >= 1, 'the inbox shows no row');

  await page.getByTestId(`lead-open-${id}`).click();
  await page.getByTestId('lead-detail').waitFor();
  await waitForText(page, 'lead-status', '待处理');
  await waitForText(page, 'lead-act', (text) => /[\u4e00-\u9fff]/.test(text));
  await page.getByTestId('lead-evidence').waitFor();
  await noLatinText(page, 'the lead drawer');
  const { body: before } = await apiGet<Lead>(page, baseUrl, `/api/v1/compliance/leads/${id}`);
  check(
    before.enterpriseName === (await page.getByTestId('lead-enterprise').textContent())?.trim(),
    `the drawer names another enterprise than the API (${before.enterpriseName})`,
  );

  // Dismiss it with a reason: the drawer says so, and so does the API.
  const reason = '经现场核查，系停炉检修期间的吹扫风量，非生产排放';
  await page.getByTestId('lead-action-dismiss').click();
  await page.getByTestId('lead-action-text').fill(reason);
  await page.getByTestId('lead-action-submit').click();
  await waitForText(page, 'lead-status', '已排除', 30_000);
  const after = await apiGet<Lead>(page, baseUrl, `/api/v1/compliance/leads/${id}`);
  check(after.status === 200, `GET /compliance/leads/${id} answered ${after.status}`);
  check(
    after.body.status === 'dismissed' && after.body.reason === reason,
    `the API reads ${JSON.stringify(after.body)}`,
  );
  // The open inbox no longer lists it.
  await page.keyboard.press('Escape');
  await page.getByTestId(`lead-open-${id}`).waitFor({ state: 'detached', timeout: 30_000 });

  // The enterprise user reaches its own inbox (questions put to it first), with no region filter.
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, 'enterprise_demo', demoPassword);
  await openInbox(page);
  check((await page.getByTestId('lead-filter-region').count()) === 0, 'the enterprise user is offered a region filter');
  await noLatinText(page, "the enterprise user's inbox");
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);

  await emptyDatabaseInbox(page, adminPassword);
}

/** A department's first day: no outlet, no lead; the inbox says so in Chinese, with no error. */
async function emptyDatabaseInbox(page: Page, adminPassword: string): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-e2e-compliance-'));
  const server = startEmptyServer({
    repoRoot,
    workDir,
    port: await findFreePort(),
    adminPassword,
    database: 'compliance.db',
  });
  try {
    await waitForHealth(server, 120_000);
    await page.context().clearCookies();
    await loginThroughForm(page, server.baseUrl, 'admin', adminPassword);
    await setUpProvinceOnFirstRun(page, '广西');
    await page.goto(`${server.baseUrl}/app/compliance/leads`);
    await waitForText(page, 'leads-empty', (text) => text.includes('暂无待处理的线索'), 30_000);
    check(
      (await page.locator('.ant-message-error, .ant-notification-notice-error').count()) === 0,
      'an error toast shows',
    );
    await noLatinText(page, 'the empty inbox');
  } finally {
    await server.stop();
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
