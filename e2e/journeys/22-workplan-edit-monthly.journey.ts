import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, setUpProvinceOnFirstRun, waitForText } from '../lib/page-helpers';
import { findFreePort, startEmptyServer, waitForHealth, type ServerHandle } from '../lib/server';

export const name =
  'work plan from an empty database: the admin imports the plan, edits an imported item’s deadline and lead units, links its indicator to a live rectification metric (value and course shown while choosing), compiles the month’s progress report, approves, releases and downloads it';
export const timeoutMs = 300_000;

const repoRoot = path.resolve(import.meta.dirname, '../..');

type List<T> = { items: T[] };
type Org = { id: string; name: string; regionCode: string | null };
type Item = { id: string; kind: string; title: string; parentId: string | null; indicators: { id: string }[] };
type Plan = { id: string; title: string; year: number };

/**
 * A day 40 days ago in Shanghai: the plan's year is its year (so early in January the plan is last year's and
 * the report page opens on its December), and both the problem and the edited measure fall due on it, so they
 * are past their deadline on any day the journey runs.
 */
const shanghaiDaysAgo = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

/** An antd input or textarea by test id, whether the id sits on the field or on its wrapper. */
function field(page: Page, testId: string): Locator {
  const id = `[data-testid="${testId}"]`;
  return page.locator(`input${id}, textarea${id}, ${id} input, ${id} textarea`).first();
}

/** An option of an open antd select or tree select (the units picker is a tree of organisations). */
const OPTION = '.ant-select-item-option:visible, .ant-select-tree-node-content-wrapper:visible';

/**
 * Clicks the option with this text, opening the select when its list is not shown (and typing the text
 * when it searches: a long list renders only the options in view); checks the select took it. A click on
 * a select in a modal still opening can be lost, and a tree select's options come with its data: the
 * select is clicked again until the option shows (never Escape, which would close the modal).
 */
async function pick(page: Page, testId: string, option: string, type = false): Promise<void> {
  const select = page.getByTestId(testId);
  const choice = page.locator(OPTION, { hasText: option }).first();
  for (let attempt = 0; attempt < 4; attempt++) {
    if (!(await choice.isVisible())) {
      await select.click();
      if (type) await page.keyboard.type(option);
    }
    const shown = await choice
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) continue;
    await choice.click();
    if ((await select.textContent().catch(() => ''))?.includes(option)) return;
  }
  throw new Error(`${testId}: the option ${option} could not be chosen`);
}

async function csrf(page: Page, baseUrl: string): Promise<string> {
  const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

async function apiPost<T>(page: Page, baseUrl: string, url: string, data: unknown): Promise<T> {
  const res = await page.request.post(`${baseUrl}${url}`, {
    headers: { 'x-csrf-token': await csrf(page, baseUrl) },
    data,
  });
  check(res.ok(), `POST ${url} answered ${res.status()}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

async function noLatinText(page: Page, where: string): Promise<void> {
  let findings = await latinFindings(page);
  // A closing select's accessibility list carries option values for a moment: a finding must last.
  for (let waited = 0; findings.length > 0 && waited < 3_000; waited += 500) {
    await page.waitForTimeout(500);
    findings = await latinFindings(page);
  }
  check(findings.length === 0, `${where} shows Latin text: ${findings.map((f) => f.text).join(' | ')}`);
}

/**
 * The rectification ledger the live metric counts: one central-inspection problem of Nanning whose
 * deadline has passed and which is not done, so the province's share of due problems done is 0 %.
 */
async function ledgerWithAnOverdueProblem(page: Page, baseUrl: string, due: string, nanning: Org): Promise<void> {
  const year = due.slice(0, 4);
  const batch = await apiPost<{ id: string }>(page, baseUrl, '/api/v1/rectification/batches', {
    kind: 'central',
    name: '第三轮中央生态环境保护督察反馈问题',
    round: '第三轮第一批',
    feedbackDate: `${year}-01-01`,
  });
  await apiPost(page, baseUrl, '/api/v1/rectification/problems', {
    batchId: batch.id,
    itemNo: '1',
    problem: '南宁市部分城中村生活污水直排',
    regionCode: '450100',
    leadOrgId: nanning.id,
    acceptanceUnit: '南宁市人民政府',
    target: '消除生活污水直排口',
    measures: ['完成截污纳管改造'],
    deadline: due,
    horizon: 'short',
  });
}

/** Issue #20's journey on a server started without the demo: the department's own plan and month. */
export async function run({ page, adminPassword }: JourneyContext): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-e2e-plan-'));
  const port = await findFreePort();
  let server: ServerHandle | undefined;
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  const due = shanghaiDaysAgo(40);
  const year = Number(due.slice(0, 4));
  try {
    server = startEmptyServer({ repoRoot, workDir, port, adminPassword, database: 'plan.db' });
    await waitForHealth(server, 120_000);
    const baseUrl = server.baseUrl;
    await loginThroughForm(page, baseUrl, 'admin', adminPassword);
    await setUpProvinceOnFirstRun(page, '广西', '广西壮族自治区');

    const orgs = (await apiGet<List<Org>>(page, baseUrl, '/api/v1/orgs?pageSize=200')).body.items;
    const nanning = orgs.find((o) => o.name === '南宁市生态环境局');
    const liuzhou = orgs.find((o) => o.name === '柳州市生态环境局');
    check(nanning && liuzhou, 'the set-up made no Nanning or Liuzhou bureau');
    await ledgerWithAnOverdueProblem(page, baseUrl, due, nanning);

    // 1. The plan text, imported through the page into a new plan of this year.
    const title = `${year}年督察整改工作要点（第${Date.now() % 100_000}版）`;
    await page.goto(`${baseUrl}/app/workplan/import`);
    await field(page, 'import-text').fill(
      [
        `${year}年生态环境保护工作要点`,
        '一、抓好督察整改',
        `（一）推进中央生态环境保护督察反馈问题整改。${year}年底前，中央生态环境保护督察反馈问题整改完成率达到100%。`,
      ].join('\n'),
    );
    await page.getByTestId('import-preview').click();
    await page.getByTestId('proposal-node-0-0-0').waitFor();
    await page.getByTestId('import-target-new').click();
    await field(page, 'import-new-title').fill(title);
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-result').waitFor();

    const plan = (await apiGet<List<Plan>>(page, baseUrl, '/api/v1/workplan/plans')).body.items.find(
      (p) => p.title === title,
    );
    check(plan?.year === year, `no ${year} plan titled ${title}`);
    const items = (await apiGet<List<Item>>(page, baseUrl, `/api/v1/workplan/plans/${plan.id}/items`)).body.items;
    const measure = items.find((i) => i.kind === 'measure' && i.indicators.length > 0);
    check(measure, 'the imported plan has no measure with an indicator');
    const indicatorId = measure.indicators[0]!.id;

    // 2. The imported measure: a deadline 40 days ago and two lead units, through the item's form.
    const deadline = due;
    await page.goto(`${baseUrl}/app/workplan/items/${measure.id}`);
    await waitForText(page, 'item-deadline', (text) => text.startsWith(`${year}-12-31`));
    await page.getByTestId('item-edit').click();
    await field(page, 'item-edit-deadline').fill(deadline);
    await pick(page, 'item-edit-lead-units', nanning.name);
    await pick(page, 'item-edit-lead-units', liuzhou.name);
    // Closes the units list (it stays open for more picks) without Escape, which would close the form.
    await page.locator('.ant-modal-title').click();
    await page.getByTestId('item-edit-save').click();
    await waitForText(page, 'item-deadline', (text) => text.startsWith(deadline), 15_000);
    await waitForText(page, 'item-lead-units', (text) => text.includes(nanning.name) && text.includes(liuzhou.name));
    await noLatinText(page, 'the edited item');

    // 3. Its indicator (整改完成率 100 %), bound to the province's share of due rectification problems done:
    //    the picker shows the current value (0 %: the one problem due is not done) and the month-end course.
    const indicatorName = await page.getByTestId('indicators-table').locator('tbody tr').first().textContent();
    await page.getByTestId(`indicator-edit-${indicatorId}`).click();
    await page.getByTestId('indicator-form-kind').getByText('系统自动获取').click();
    await pick(page, 'metric-picker', '到期督察整改问题完成率', true);
    await waitForText(page, 'metric-preview-value', '0%', 30_000);
    await page.getByTestId('metric-preview-chart').waitFor();
    await noLatinText(page, 'the metric picker');
    await page.getByTestId('indicator-form-submit').click();
    await page.getByTestId(`indicator-live-${indicatorId}`).waitFor({ timeout: 15_000 });
    check(indicatorName?.includes('整改完成率'), `the imported indicator reads ${indicatorName}`);

    // 4. This month's progress report: compiled with the edit and the live value, approved, released.
    await page.goto(`${baseUrl}/app/workplan/monthly?plan=${plan.id}`);
    await page.locator('[data-testid="monthly-state"][data-state="none"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('monthly-compile').click();
    await page.locator('[data-testid="monthly-state"][data-state="draft"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('monthly-preview').waitFor({ timeout: 30_000 });
    await waitForText(
      page,
      'monthly-preview',
      (text) =>
        text.includes(nanning.name) &&
        text.includes(liuzhou.name) &&
        text.includes('整改完成率') &&
        text.includes('0%'),
      30_000,
    );
    await waitForText(page, 'monthly-risks', (text) => text.includes(measure.title.slice(0, 10)), 15_000);
    await noLatinText(page, 'the monthly report');
    // The administrator holds workplan:approve as a leader does; each step waits for the state it makes.
    for (const [button, state] of [
      ['monthly-submit', 'submitted'],
      ['monthly-approve', 'approved'],
      ['monthly-release', 'released'],
    ] as const) {
      await page.getByTestId(button).click();
      await page.locator(`[data-testid="monthly-state"][data-state="${state}"]`).waitFor({ timeout: 15_000 });
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monthly-docx').click()]);
    const docx = await readFile((await download.path())!);
    check(docx.subarray(0, 2).toString('latin1') === 'PK', 'the monthly report is no Word file');

    const errors = await page.locator('.ant-message-error').allTextContents();
    check(errors.length === 0, `error messages: ${errors.join(' | ')}`);
    check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
  } finally {
    await server?.stop();
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
