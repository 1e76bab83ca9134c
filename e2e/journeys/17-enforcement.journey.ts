import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name =
  'enforcement case: the Nanning officer opens a case from a compliance lead (立案办理) or by hand, records filing, findings and the prior notice, computes the fine with table 2.7.2 (200,000 元); the admin decides and downloads the decision (Word and PDF); service and payment: the case reads 已缴纳 on its page, in the list and through the API; the inspection calendar shows the demo’s deadlines and the statistics its figures, in Chinese';
export const timeoutMs = 240_000;

type Lead = { id: string; kind: string; signKind: string; pollutant: string; status: string; enterpriseName: string };
type CaseDetail = {
  id: string;
  state: string;
  violation: string;
  fineYuan: number | null;
  clocks: { code: string; doneOn: string | null }[];
  penalty: { table: string; fineYuan: number; basis: { id: string } } | null;
};

/**
 * The decision as the officer downloads it from the case page: a Word file (a zip holding the case's
 * text) and the same decision as a PDF.
 */
async function decisionDocuments(page: Page, baseUrl: string, caseId: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('document-decision-docx').click(),
  ]);
  check(/\.docx$/.test(download.suggestedFilename()), `the decision downloads as ${download.suggestedFilename()}`);
  const docx = await readFile((await download.path())!);
  check(docx.subarray(0, 2).toString('latin1') === 'PK' && docx.length > 2_000, 'the decision is no Word file');
  const pdf = await page.request.get(`${baseUrl}/api/v1/enforcement/cases/${caseId}/documents/decision?format=pdf`);
  const bytes = await pdf.body();
  check(pdf.ok() && bytes.subarray(0, 4).toString('latin1') === '%PDF', `the decision PDF answered ${pdf.status()}`);
}

/** Water pollutants of the demo's outlets: an exceedance of one is a water_exceed_permit case (table 2.7.2). */
const WATER = new Set(['cod', 'nh3_n', 'nh3n', 'tp', 'tn', 'ph']);
const OPENABLE = new Set(['open', 'explanation_requested', 'explained', 'case_requested']);

/** A date `days` from today in Shanghai (the case's calendar), YYYY-MM-DD. */
const shanghaiDate = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Opens an antd select and clicks the visible option with this text (typing it first when the select searches). */
async function pick(page: Page, testId: string, option: string, type = false): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    if (type) await page.keyboard.type(option);
    await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
    // A searching select re-renders its options when the answer arrives: a click on the list it replaced is lost.
    if ((await select.textContent().catch(() => ''))?.includes(option)) return;
    // Not Escape: the case form is a modal, which Escape would close.
  }
  throw new Error(`${testId}: the option ${option} could not be chosen`);
}

/**
 * No Latin text on the page. A select's dropdown that is closing still shows antd's accessibility list, which
 * carries the option values ("general"): a finding must outlast the dropdown's animation to count.
 */
async function noLatinText(page: Page, where: string): Promise<void> {
  let findings = await latinFindings(page);
  for (let retry = 0; findings.length > 0 && retry < 6; retry++) {
    await page.waitForTimeout(500);
    findings = await latinFindings(page);
  }
  check(
    findings.length === 0,
    `${where} shows Latin text: ${findings.map((f) => `${f.text} (${f.context})`).join(' | ')}`,
  );
}

/** Records one step through its form (today, the form's defaults) and waits for the stage it leads to. */
async function step(page: Page, kind: string, stage: string): Promise<void> {
  await page.getByTestId(`step-${kind}`).click();
  const submit = page.getByTestId('event-submit');
  await submit.waitFor({ state: 'visible' });
  // The modal's opening animation can swallow a click on a loaded machine: wait until it is still.
  await page.waitForTimeout(300);
  await submit.click();
  try {
    await waitForText(page, 'case-state', stage, 15_000);
  } catch (err) {
    // Still open and nothing recorded: the click was lost, not refused (a refusal would show its words).
    if (!(await submit.isVisible())) throw err;
    await submit.click();
    await waitForText(page, 'case-state', stage, 30_000);
  }
  await submit.waitFor({ state: 'detached' });
}

const caseIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

const onCasePage = (url: URL) => /^\/app\/enforcement\/cases\/[^/]+$/.test(url.pathname);

/**
 * Clicks a confirm button that should lead to the new case's page. A popover's or a modal's opening
 * animation can swallow the click on a loaded machine: while the button still shows and nothing was
 * refused, it is clicked again. A refusal fails with the page's own words (a toast or a field's error).
 */
async function confirmToCasePage(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await button.waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  for (let attempt = 0; attempt < 3; attempt++) {
    await button.click();
    try {
      await page.waitForURL(onCasePage, { timeout: 10_000 });
      return;
    } catch {
      const refused = await page
        .locator('.ant-message-error, .ant-form-item-explain-error, .ant-alert-error')
        .allInnerTexts()
        .catch(() => []);
      if (refused.length) throw new Error(`the case was not opened: ${refused.join(' | ')}`);
      if (!(await button.isVisible())) break;
    }
  }
  await page.waitForURL(onCasePage, { timeout: 30_000 });
}

/**
 * 立案办理 on a demo lead: the inbox with the lead open, the button, the new case page. Returns the case id,
 * or null when the demo has raised no lead a case may come from.
 */
async function caseFromLead(page: Page, baseUrl: string): Promise<{ id: string; water: boolean } | null> {
  const { body } = await apiGet<{ items: Lead[] }>(page, baseUrl, '/api/v1/compliance/leads?pageSize=200');
  const leads = body.items.filter((l) => OPENABLE.has(l.status));
  const lead =
    leads.find((l) => l.kind === 'exceedance' && !l.signKind && WATER.has(l.pollutant.toLowerCase())) ?? leads[0];
  if (!lead) return null;
  await page.goto(`${baseUrl}/app/compliance/leads?lead=${encodeURIComponent(lead.id)}`);
  await page.getByTestId('lead-detail').waitFor();
  await page.getByTestId('lead-open-case').click();
  await confirmToCasePage(page, 'lead-open-case-confirm');
  await waitForText(page, 'case-state', '待立案', 30_000);
  check(
    (await page.getByTestId('case-enterprise').textContent())?.trim() === lead.enterpriseName,
    `the case names another party than the lead (${lead.enterpriseName})`,
  );
  const id = caseIdOf(page);
  const { body: detail } = await apiGet<CaseDetail>(page, baseUrl, `/api/v1/enforcement/cases/${id}`);
  return { id, water: detail.violation === 'water_exceed_permit' };
}

/** A case opened by hand from the list: a Nanning unit of the register, water above the permit ten days ago. */
async function caseByHand(page: Page, baseUrl: string): Promise<string> {
  const { body } = await apiGet<{ items: { name: string }[] }>(
    page,
    baseUrl,
    '/api/v1/sources/enterprises?pageSize=5&regionCode=450100',
  );
  const unit = body.items[0];
  check(unit, 'the demo register has no Nanning enterprise');
  // From a case page opened off a lead the group is already open: a click on it would fold it away.
  await openMenu(page, 'enforcementCases', '/app/enforcement/cases');
  await page.getByTestId('cases-table').waitFor();
  await noLatinText(page, 'the case list');
  await page.getByTestId('case-create').click();
  await pick(page, 'case-create-enterprise', unit.name, true);
  await pick(page, 'case-create-violation', '超过许可排放浓度、许可排放量排放水污染物');
  await page.getByTestId('case-create-act-date').fill(shanghaiDate(-10));
  await page.getByTestId('case-create-facts').fill('在线监测数据显示化学需氧量超过许可排放浓度，现场核查属实。');
  await confirmToCasePage(page, 'case-create-submit');
  await waitForText(page, 'case-state', '待立案', 30_000);
  return caseIdOf(page);
}

/** Opens an entry of the enforcement menu (the group opened first when it is closed). */
async function openMenu(page: Page, key: string, path: string): Promise<void> {
  const entry = page.getByTestId(`menu-${key}`);
  if (!(await entry.isVisible())) await page.getByTestId('menu-enforcement').click();
  await entry.click();
  await page.waitForURL((url) => url.pathname === path);
}

type CalendarAnswer = { deadlines: { caseId: string; caseNo: string; code: string; dueDate: string }[] };
type StatsAnswer = { rows: { name: string }[]; total: { cases: number; decided: number; finesYuan: number } };

/**
 * 检查日历: the first month from this one with deadlines in the demo (the API's own answer), reached with
 * the next-month button; the busiest day's cell counts them and, clicked, lists their case numbers.
 */
async function calendarShowsTheDemo(page: Page, baseUrl: string): Promise<void> {
  await openMenu(page, 'enforcementCalendar', '/app/enforcement/calendar');
  await page.getByTestId('calendar-month').waitFor();
  const first = shanghaiDate(0).slice(0, 7);
  for (let step = 0; step < 4; step++) {
    const [y, m] = first.split('-').map(Number) as [number, number];
    const month = `${y + Math.floor((m - 1 + step) / 12)}-${String(((m - 1 + step) % 12) + 1).padStart(2, '0')}`;
    await waitForText(page, 'calendar-month', `${month.slice(0, 4)}年${Number(month.slice(5))}月`);
    const { body } = await apiGet<CalendarAnswer>(page, baseUrl, `/api/v1/enforcement/calendar?month=${month}`);
    if (body.deadlines.length) {
      const perDay = new Map<string, CalendarAnswer['deadlines']>();
      for (const d of body.deadlines) perDay.set(d.dueDate, [...(perDay.get(d.dueDate) ?? []), d]);
      const [day, items] = [...perDay.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
      await waitForText(page, `calendar-deadlines-${day}`, `期限 ${items.length} 项`, 30_000);
      await page.getByTestId(`calendar-cell-${day}`).click();
      await waitForText(page, 'calendar-day', (text) => text.includes(`${day} 当日事项`));
      for (const d of items)
        await waitForText(page, `calendar-deadline-${d.caseId}-${d.code}`, (t) => t.includes(d.caseNo));
      await noLatinText(page, 'the inspection calendar');
      console.log(
        `  17: the calendar shows ${body.deadlines.length} deadline(s) in ${month}, ${items.length} on ${day}`,
      );
      return;
    }
    await page.getByTestId('calendar-next').click();
  }
  throw new Error('the demo has no case deadline in four months from today');
}

/** 执法统计: the total row as the API counts this year per handling unit, fines with thousands separators. */
async function statsShowTheDemo(page: Page, baseUrl: string): Promise<void> {
  await openMenu(page, 'enforcementStats', '/app/enforcement/stats');
  const { body } = await apiGet<StatsAnswer>(page, baseUrl, '/api/v1/enforcement/stats');
  check(
    body.total.decided > 0 && body.rows.length > 0,
    `the demo's statistics are empty: ${JSON.stringify(body.total)}`,
  );
  const fines = `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(body.total.finesYuan)} 元`;
  await waitForText(page, 'stats-total-finesYuan', fines, 30_000);
  await waitForText(page, 'stats-total-decided', String(body.total.decided));
  await waitForText(page, 'stats-total-cases', String(body.total.cases));
  await waitForText(page, 'stats-total', (text) => text.startsWith('合计'));
  await waitForText(page, 'stats-table', (text) => text.includes(body.rows[0]!.name));
  await noLatinText(page, 'the statistics page');
}

/** Issue #17's journey on the demo server. */
export async function run({ page, baseUrl, adminPassword, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  // The Nanning city officer: a case from a lead when the demo has one (else by hand), then its steps.
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);
  const fromLead = await caseFromLead(page, baseUrl);
  // The fine of table 2.7.2 needs a water_exceed_permit case: a lead of another kind is left as opened.
  const caseId = fromLead?.water ? fromLead.id : await caseByHand(page, baseUrl);
  console.log(
    fromLead
      ? `  17: case ${fromLead.id} opened from a lead (${fromLead.water ? 'used' : 'not water above the permit: a second case by hand'})`
      : '  17: the demo raised no lead: the case was opened by hand from the list',
  );
  if (page.url() !== `${baseUrl}/app/enforcement/cases/${caseId}`)
    await page.goto(`${baseUrl}/app/enforcement/cases/${caseId}`);
  await waitForText(page, 'case-state', '待立案', 30_000);
  await waitForText(page, 'clock-name-FILING', '立案期限');

  await step(page, 'filed', '调查取证');
  await step(page, 'findings', '调查终结');
  await step(page, 'notice_sent', '已事先告知');
  await waitForText(page, 'clock-name-HEARING_REQUEST', '申请听证期限');
  await waitForText(page, 'clock-status-HEARING_REQUEST', (text) => /^剩 \d+ 天$/.test(text));

  // The fine: the reference worked example on table 2.7.2 (2 B-class pollutants, general area, 120 t/d,
  // 4 times the limit, first time): 20 % of the Code's 1,000,000 元.
  await waitForText(page, 'penalty-table', (text) => text.includes('2.7.2'));
  await page.getByTestId('penalty-input-pollutant_count').fill('2');
  await pick(page, 'penalty-input-pollutant_class', 'B类污染物');
  await pick(page, 'penalty-input-area', '一般区域');
  await page.getByTestId('penalty-input-daily_volume_t').fill('120');
  await page.getByTestId('penalty-input-exceed_multiple').fill('4');
  await page.getByTestId('penalty-input-repeats_2y').fill('1');
  await page.getByTestId('penalty-submit').click();
  await waitForText(page, 'penalty-fine', '200,000 元', 30_000);
  await waitForText(page, 'penalty-explanation', (text) => text.includes('第一千零五十七条'));
  await noLatinText(page, 'the case page');
  // A city officer does not decide: the department does.
  check((await page.getByTestId('step-decided').count()) === 0, 'the city officer is offered 作出处罚决定');

  // The admin decides; service and payment follow.
  await page.context().clearCookies();
  await loginThroughForm(page, baseUrl, 'admin', adminPassword);
  await page.goto(`${baseUrl}/app/enforcement/cases/${caseId}`);
  await waitForText(page, 'case-state', '已事先告知', 30_000);
  await step(page, 'decided', '已作出决定');
  await waitForText(page, 'clock-status-SERVICE', (text) => /^剩 \d+ 天$/.test(text));
  await decisionDocuments(page, baseUrl, caseId);
  await step(page, 'served', '已送达');
  await waitForText(page, 'clock-status-PAYMENT', (text) => /^剩 \d+ 天$/.test(text));
  await step(page, 'paid', '已缴纳');
  await waitForText(page, 'clock-status-PAYMENT', (text) => text.startsWith('已于'));
  await page.getByTestId('timeline-paid').waitFor();
  await noLatinText(page, 'the paid case');

  const { status, body } = await apiGet<CaseDetail>(page, baseUrl, `/api/v1/enforcement/cases/${caseId}`);
  check(status === 200, `GET /enforcement/cases/${caseId} answered ${status}`);
  check(
    body.state === 'paid' && body.fineYuan === 200_000 && body.penalty?.table === '2.7.2',
    `the API reads ${JSON.stringify({ state: body.state, fine: body.fineYuan, penalty: body.penalty })}`,
  );
  check(
    body.clocks.some((c) => c.code === 'PAYMENT' && c.doneOn !== null),
    'the payment clock is not done',
  );

  // The list shows it paid, with its fine.
  await page.getByTestId('case-back').click();
  await page.getByTestId(`case-state-${caseId}`).waitFor({ timeout: 30_000 });
  await waitForText(page, `case-state-${caseId}`, '已缴纳');
  await waitForText(page, `case-fine-${caseId}`, '200,000 元');

  // The month's deadlines on the calendar and the year's figures per handling unit, in Chinese.
  await calendarShowsTheDemo(page, baseUrl);
  await statsShowTheDemo(page, baseUrl);
  check(
    (await page.locator('.ant-message-error, .ant-notification-notice-error').count()) === 0,
    'an error toast shows',
  );
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
