import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name =
  'inspection rectification: the Nanning officer opens a ledger problem, uploads evidence and completes it; the admin accepts it (self, then higher level), publishes the close-out notice and is refused the close while it runs (working days); a demo problem whose notice has run is closed (已销号) and the portal shows it';
export const timeoutMs = 240_000;

type Detail = {
  state: string;
  evidence: { filename: string }[];
  notice: { to: string; isOver: boolean } | null;
  closedOn: string | null;
};

/** The demo ledger's Nanning problem in progress (item 1 of the central round) and Baise's whose notice has run (item 10). */
const OPEN_PROBLEM = 'rect-demo-central-1';
const NOTICE_OVER = 'rect-demo-central-10';

async function noLatinText(page: Page, where: string): Promise<void> {
  const findings = await latinFindings(page);
  check(
    findings.length === 0,
    `${where} shows Latin text: ${findings.map((f) => `${f.text} (${f.context})`).join(' | ')}`,
  );
}

/** Opens a step's form, saves it with its defaults (today) and waits for the status it leads to. */
async function step(page: Page, kind: string, status: string | null): Promise<void> {
  await page.getByTestId(`step-${kind}`).click();
  const submit = page.getByTestId('step-submit');
  await submit.waitFor({ state: 'visible' });
  // The modal's opening animation can swallow a click on a loaded machine: wait until it is still.
  await page.waitForTimeout(300);
  await submit.click();
  if (status === null) return;
  try {
    await waitForText(page, 'problem-status', status, 15_000);
  } catch (err) {
    if (!(await submit.isVisible()) || (await page.getByTestId('step-error').count()) > 0) throw err;
    await submit.click();
    await waitForText(page, 'problem-status', status, 30_000);
  }
  await submit.waitFor({ state: 'detached' });
}

/** Issue #20's rectification journey on the demo server. */
export async function run({ page, baseUrl, adminPassword, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // The responsible unit: the ledger through the menu, its own problem, evidence, completion.
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);
  await page.getByTestId('menu-rectification').click();
  await page.getByTestId('menu-rectificationProblems').click();
  await page.waitForURL((url) => url.pathname === '/app/rectification/problems');
  await page.getByTestId(`problem-link-${OPEN_PROBLEM}`).click();
  await waitForText(page, 'problem-status', '推进中', 30_000);
  await waitForText(page, 'monitoring-card', (text) => text.includes('水塘江'));
  await noLatinText(page, 'the problem page');
  await page
    .getByTestId('evidence-card')
    .locator('input[type=file]')
    .setInputFiles({
      name: '雨污分流改造验收报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('雨污分流改造工程已完工，附竣工验收意见。', 'utf8'),
    });
  await page.getByTestId('evidence-card').getByText('雨污分流改造验收报告.txt').waitFor({ timeout: 30_000 });
  await step(page, 'complete', '已完成待验收');
  check((await page.getByTestId('step-self_accept').count()) === 0, 'the city officer is offered 自验收');

  // The department accepts, publishes the notice, and may not close before it has run.
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  await page.goto(`${baseUrl}/app/rectification/problems/${OPEN_PROBLEM}`);
  await waitForText(page, 'problem-status', '已完成待验收', 30_000);
  await step(page, 'self_accept', '自验收通过');
  await step(page, 'higher_accept', '上级验收通过');
  await page.getByTestId('step-notice').click();
  await page.getByTestId('step-url').fill('https://www.gxzf.gov.cn/gs/demo');
  await page.waitForTimeout(300);
  await page.getByTestId('step-submit').click();
  await waitForText(page, 'notice-range', (text) => /个工作日/.test(text), 30_000);
  await waitForText(page, 'notice-state', (text) => text.includes('公示期内'));
  await step(page, 'close', null);
  await waitForText(page, 'step-error', (text) => text.includes('公示期未满'), 30_000);
  await page.keyboard.press('Escape');
  const { body: open } = await apiGet<Detail>(page, baseUrl, `/api/v1/rectification/problems/${OPEN_PROBLEM}`);
  check(
    open.state === 'higher_accepted' &&
      open.notice?.isOver === false &&
      open.evidence.some((e) => e.filename.includes('验收报告')),
    `the accepted problem reads ${JSON.stringify(open)}`,
  );

  // A problem whose notice has run (seeded so, as the server's clock cannot move) is closed out.
  await page.goto(`${baseUrl}/app/rectification/problems/${NOTICE_OVER}`);
  await waitForText(page, 'problem-status', '上级验收通过', 30_000);
  await waitForText(page, 'notice-state', (text) => text.includes('公示期已满'));
  await step(page, 'close', '已销号');
  await page.getByTestId('closed-on').waitFor();
  const { body: closed } = await apiGet<Detail>(page, baseUrl, `/api/v1/rectification/problems/${NOTICE_OVER}`);
  check(closed.state === 'closed' && closed.closedOn !== null, `the closed problem reads ${JSON.stringify(closed)}`);

  // The portal publishes the batch's progress without a login.
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/portal/rectification`);
  await page.getByTestId('portal-batch-rect-demo-central').waitFor({ timeout: 30_000 });
  await noLatinText(page, 'the portal rectification page');
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
