import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name =
  'complaints: a citizen files an odour report on the portal from a phone-sized window and gets a tracking code; a second, anonymous report of the same problem is merged into it; the Nanning officer (the unit of the place) sees the reporter after an audited press, accepts and drafts the answer; the leader approves it; the citizen reads the answer by the code and rates it, and the duplicate shows the same answer';
export const timeoutMs = 240_000;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const REPORTER = { name: '韦秀英', phone: '13977771234' };

/** Opens an antd select and clicks the visible option with this text (typing it first when the select searches). */
async function pick(page: Page, testId: string, option: string, type = false): Promise<void> {
  await page.getByTestId(testId).click();
  if (type) await page.keyboard.type(option);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

/**
 * The region picker fills from the province base map once it has loaded: typed, then Enter on the first match;
 * checked and tried again when a busy machine dropped the choice.
 */
async function pickRegion(page: Page, typed: string): Promise<void> {
  const select = page.getByTestId('report-region');
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await page.keyboard.type(typed);
    await page.locator('.ant-select-item-option:visible', { hasText: typed }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    if ((await select.textContent())?.includes(typed)) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`the region picker did not take ${typed}`);
}

/** Files a report through the portal form in a phone-sized window; returns its tracking code. */
async function fileOnPortal(page: Page, baseUrl: string, description: string, named: boolean): Promise<string> {
  await page.setViewportSize(PHONE);
  await page.goto(`${baseUrl}/portal/report`);
  await page.getByTestId('report-description').waitFor();
  await pick(page, 'report-kind', '异味');
  await page.getByTestId('report-description').fill(description);
  await pickRegion(page, '南宁');
  await page.getByTestId('report-address').fill('南宁市西乡塘区科园大道88号附近');
  if (named) {
    await page.getByTestId('report-name').fill(REPORTER.name);
    await page.getByTestId('report-phone').fill(REPORTER.phone);
  } else await page.getByTestId('report-anonymous').click();
  const latin = await latinFindings(page);
  check(latin.length === 0, `the report form shows Latin text: ${latin.map((f) => f.text).join(', ')}`);
  // The form fits the phone: no horizontal scrolling.
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  check(overflow <= 1, `the report form is ${overflow}px wider than the phone`);
  await page.getByTestId('report-submit').click();
  const code = await waitForText(page, 'tracking-code', (text) => /^[2-9A-Z]{12}$/.test(text), 30_000);
  return code;
}

/** Opens an action's modal, fills what `fill` fills, submits, waits for the state it leads to. */
async function act(page: Page, kind: string, state: string, fill: () => Promise<void> = async () => {}) {
  await page.getByTestId(`action-${kind}`).click();
  const save = page.getByTestId('action-save');
  await save.waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  await fill();
  await save.click();
  await save.waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.ant-tag', { hasText: state }).first().waitFor({ timeout: 30_000 });
}

async function openByCode(page: Page, baseUrl: string, code: string): Promise<string> {
  const { body } = await apiGet<{ items: { id: string }[] }>(page, baseUrl, `/api/v1/complaints?q=${code}`);
  check(body.items.length === 1, `the officer finds ${body.items.length} reports by the code`);
  const id = body.items[0]!.id;
  await page.goto(`${baseUrl}/app/complaints/reports/${id}`);
  await page.getByTestId('complaint-clocks').waitFor({ timeout: 30_000 });
  return id;
}

/** Issue #19's journey on the demo server. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // Two citizens on their phones: a named report, then an anonymous one on the same problem.
  const code = await fileOnPortal(page, baseUrl, '每天夜里十一点后闻到刺鼻的化工气味，开窗就很明显', true);
  const duplicate = await fileOnPortal(page, baseUrl, '夜间化工异味很重，影响休息', false);
  console.log(`  20: filed ${code} and its duplicate ${duplicate}`);

  // The Nanning officer: the reports are routed to the Nanning bureau.
  await page.setViewportSize(DESKTOP);
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);
  await page.getByTestId('menu-complaints').click();
  await page.getByTestId('menu-complaintsList').click();
  await page.getByTestId('complaints-table').waitFor();
  const dupId = await openByCode(page, baseUrl, duplicate);
  await page.getByTestId('complaint-duplicates').waitFor();
  await act(page, 'merge', '已合并', () => pick(page, 'action-merge-into', '西乡塘区'));

  const id = await openByCode(page, baseUrl, code);
  check((await page.getByTestId('identity-shown').count()) === 0, 'the identity shows before the officer asks');
  await page.getByTestId('identity-view').click();
  await waitForText(page, 'identity-shown', (text) => text.includes(REPORTER.name));
  await act(page, 'accept', '办理中', () => pick(page, 'action-classification', '环境违法举报'));
  await act(page, 'draft_answer', '答复待审核', async () => {
    await page.getByTestId('action-answer').fill('经现场核查，反映情况属实，已责令该企业整改并立案查处。');
    await page.getByTestId('action-substantiated').click();
  });
  // The leader reviews and sends the answer; the department's leader never sees the reporter.
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, 'leader', demoPassword);
  await page.goto(`${baseUrl}/app/complaints/reports/${id}`);
  await page.getByTestId('identity-hidden').waitFor({ timeout: 30_000 });
  await act(page, 'approve_answer', '已答复');

  // The citizen reads the answer by the code and rates it; the duplicate's reporter reads the same answer.
  await page.context().clearCookies();
  await page.setViewportSize(PHONE);
  await page.goto(`${baseUrl}/portal/track?code=${code}`);
  await page.getByTestId('track-lookup').click();
  await waitForText(page, 'track-answer', (text) => text.includes('立案查处'), 30_000);
  await page.getByTestId('rate-satisfied').click();
  await page.getByTestId('track-rated').waitFor({ timeout: 30_000 });
  await page.getByTestId('track-code').fill(duplicate);
  await page.getByTestId('track-lookup').click();
  await waitForText(page, 'track-state', '已合并', 30_000);
  await waitForText(page, 'track-answer', (text) => text.includes('立案查处'), 30_000);
  // A guessed code reveals nothing.
  await page.getByTestId('track-code').fill('23456789ABCD');
  await page.getByTestId('track-lookup').click();
  await page.getByTestId('track-not-found').waitFor({ timeout: 30_000 });

  const pub = await page.request.get(`${baseUrl}/api/v1/public/complaints/${code}`);
  const status = (await pub.json()) as { state: string; satisfaction: string };
  check(
    status.state === 'answered' && status.satisfaction === 'satisfied',
    `the public status reads ${JSON.stringify(status)}`,
  );
  check(!(await pub.text()).includes(REPORTER.name), 'the public status names the reporter');
  check((await page.request.get(`${baseUrl}/api/v1/complaints/${dupId}`)).status() === 401, 'a visitor reads a report');
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
