import type { Locator, Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm } from '../lib/page-helpers';

export const name =
  'admin imports a plan for Nanning; the bureau reports on an overdue measure; a leader supervises and the bureau replies';

type List<T> = { items: T[]; total: number };
type Plan = { id: string; year: number; title: string };
type Item = {
  id: string;
  kind: string;
  title: string;
  parentId: string | null;
  status: string;
  indicators: { id: string }[];
};

const PLAN_TITLE = `端到端测试工作要点${Date.now().toString(36)}`;
// A heading, a task, and a measure with a target whose deadline (30 June 2025) has passed by the
// time this runs: the server cannot fake its clock, so the measure is overdue from the start.
// 2025: the demo holds the department's 2024 plan and the current year's.
const PLAN_TEXT = [
  '2025年测试工作要点',
  '一、大气治理',
  '（一）推进南宁市工业源治理。到2025年6月底，全市工业企业深度治理完成率达到90%以上。',
].join('\n');
const NANNING = '南宁市生态环境局';

/** An antd input or textarea by test id, whether the id sits on the field or on its wrapper. */
function field(page: Page, testId: string): Locator {
  const id = `[data-testid="${testId}"]`;
  return page.locator(`input${id}, textarea${id}, ${id} input, ${id} textarea`).first();
}

async function relogin(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, username, password);
}

/**
 * The status a tag settles on: after a client-side navigation the previous item's tag can still be
 * on screen for a moment, so wait (up to 10 s) for the expected status before reading it.
 */
async function statusOf(page: Page, testId: string, expected?: string): Promise<string | null> {
  const tag = page.getByTestId(testId);
  await tag.waitFor();
  if (expected) {
    // A string expression: the e2e code compiles without the DOM library. Both values are our own constants.
    const settled = `document.querySelector('[data-testid="${testId}"]')?.getAttribute('data-status') === '${expected}'`;
    await page.waitForFunction(settled, undefined, { timeout: 10_000 }).catch(() => {});
  }
  return tag.getAttribute('data-status');
}

/** Issue #6's journey, through the UI as each role sees it; the API is read only to find ids. */
export async function run({ page, baseUrl, adminPassword, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // 1. Admin: paste the text, assign the task to the Nanning bureau in the proposal, save into a new plan.
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  await page.getByTestId('menu-workplan').click();
  await page.getByTestId('menu-workplanImport').click();
  await page.waitForURL((url) => url.pathname === '/app/workplan/import');
  await field(page, 'import-text').fill(PLAN_TEXT);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('proposal-node-0-0-0').waitFor();
  check(
    (await field(page, 'proposal-title-0-0').inputValue()) === '推进南宁市工业源治理',
    'the task was not read from the text',
  );
  check((await field(page, 'proposal-ind-target-0-0-0-0').inputValue()) === '90', 'the measure has no target 90');
  await field(page, 'proposal-units-0-0').fill(NANNING);
  await field(page, 'proposal-units-0-0').press('Tab');
  await page.getByTestId('import-target-new').click();
  await field(page, 'import-new-title').fill(PLAN_TITLE);
  await page.getByTestId('import-save').click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  check(
    (await result.textContent())?.includes('已保存 3 个事项、1 个指标'),
    `import result reads ${await result.textContent()}`,
  );
  check(
    (await page.getByTestId('import-unmatched').count()) === 0,
    'the Nanning bureau was not matched to an organisation',
  );

  const plans = await apiGet<List<Plan>>(page, baseUrl, '/api/v1/workplan/plans');
  const plan = plans.body.items.find((p) => p.title === PLAN_TITLE);
  check(plan?.year === 2025, `no 2025 plan titled ${PLAN_TITLE}`);
  const items = await apiGet<List<Item>>(page, baseUrl, `/api/v1/workplan/plans/${plan.id}/items`);
  const task = items.body.items.find((i) => i.kind === 'task');
  const measure = items.body.items.find((i) => i.kind === 'measure' && i.parentId === task?.id);
  check(task && measure, 'the saved plan has no task with a measure');
  const indicator = measure.indicators[0];
  check(indicator, 'the measure has no indicator');

  // 2. The board: create the reporting rounds, open the task card, then its measure: overdue.
  await page.getByTestId('import-open-board').click();
  await page.getByTestId('rounds-create').click();
  await page.getByTestId('rounds-missing').waitFor({ state: 'detached' });
  check(
    (await page.getByTestId(`board-card-${task.id}`).getAttribute('data-status')) !== null,
    'the task card has no status',
  );
  await page.getByTestId(`board-card-link-${task.id}`).click();
  check(
    (await page.getByTestId('item-lead-units').textContent())?.includes(NANNING),
    'the task is not led by the Nanning bureau',
  );
  await page.getByTestId(`item-link-${measure.id}`).click();
  await page.waitForURL((url) => url.pathname === `/app/workplan/items/${measure.id}`);
  check((await statusOf(page, 'item-status', 'overdue')) === 'overdue', 'the measure past its deadline is not overdue');
  check(
    (await page.getByTestId('item-lead-units').textContent())?.includes(NANNING),
    'the measure did not inherit its lead unit',
  );

  // 3. The Nanning officer finds the measure under "my tasks" and reports on it.
  await relogin(page, baseUrl, 'nanning_officer', demoPassword);
  await page.goto(`${baseUrl}/app/workplan/units?plan=${plan.id}`);
  check(
    (await statusOf(page, `duty-status-${measure.id}`, 'overdue')) === 'overdue',
    'my tasks do not show the measure overdue',
  );
  await page.getByTestId(`duty-link-${measure.id}`).click();
  await field(page, 'report-text').fill('已完成6家企业深度治理，其余4家正在推进。');
  await field(page, 'report-percent').fill('60');
  await field(page, `report-value-${indicator.id}`).fill('60');
  await page.getByTestId('report-submit').click();
  const report = page.locator('[data-testid="reports-list"] [data-review="submitted"]');
  await report.waitFor();
  check((await report.textContent())?.includes('60%'), `the report reads ${await report.textContent()}`);
  await page.reload();
  check(
    (await statusOf(page, 'item-status', 'overdue')) === 'overdue',
    'reporting made the overdue measure look on time',
  );

  // 4. A leader issues a supervision notice on it.
  await relogin(page, baseUrl, 'leader', demoPassword);
  await page.goto(`${baseUrl}/app/workplan/items/${measure.id}`);
  await field(page, 'notice-reason').fill('已超期，请说明原因并报送整改计划。');
  await page.getByTestId('notice-issue').click();
  const state = page.locator('[data-testid^="notice-state-"]').first();
  await state.waitFor();
  check((await state.textContent()) === '待回复', `the new notice reads ${await state.textContent()}`);

  // 5. The Nanning officer answers it.
  await relogin(page, baseUrl, 'nanning_officer', demoPassword);
  await page.goto(`${baseUrl}/app/workplan/items/${measure.id}`);
  const reply = page.locator('[data-testid^="notice-reply-input-"]').first();
  await reply.waitFor();
  await reply.fill('剩余4家企业将于12月底前完成治理。');
  await page.locator('[data-testid^="notice-reply-submit-"]').first().click();
  await page.locator('[data-testid^="notice-state-"]', { hasText: '已回复' }).waitFor();

  const errors = await page.locator('.ant-message-error').allTextContents();
  check(errors.length === 0, `error messages: ${errors.join(' | ')}`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
