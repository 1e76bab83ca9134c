import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { latinFindings } from '../lib/latin-text';
import { apiGet, check, loginThroughForm, waitForText } from '../lib/page-helpers';

export const name =
  'inspection record on a phone (390 px): the Nanning officer draws a plan, fills a record for a drawn unit (checklist, location, photo, signature, findings); the answer to the send is lost, the draft stays 待发送 through a reload, the resend makes the record once; its findings become a case (待立案)';
export const timeoutMs = 180_000;

type Plan = { id: string; period: string; objects: { enterpriseId: string; name: string; method: string }[] | null };
type RecordSummary = { id: string; enterpriseId: string; caseId: string | null; outcome: string };

/** Today in Shanghai, YYYY-MM-DD, and its quarter (2026-Q4). */
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The smallest PNG header the server's check accepts as a PNG (it reads the magic bytes). */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** This quarter's plan of Nanning, drawn today so its list is open to its author: drawn here unless there is one. */
async function planOfToday(page: Page, baseUrl: string): Promise<Plan> {
  const today = shanghaiToday();
  const { body: me } = await apiGet<{ csrfToken: string }>(page, baseUrl, '/api/v1/auth/me');
  const res = await page.request.post(`${baseUrl}/api/v1/enforcement/inspection-plans`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { regionCode: '450100', period: quarterOf(today), inspectionDate: today, seed: 'journey-18' },
  });
  if (res.status() === 201) return (await res.json()) as Plan;
  check(res.status() === 409, `drawing a plan answered ${res.status()}: ${await res.text()}`);
  const { body } = await apiGet<{ items: Plan[] }>(page, baseUrl, '/api/v1/enforcement/inspection-plans');
  const plan = body.items.find((p) => p.period === quarterOf(today));
  check(plan, 'no plan of this quarter');
  return (await apiGet<Plan>(page, baseUrl, `/api/v1/enforcement/inspection-plans/${plan.id}`)).body;
}

const recordsOf = async (page: Page, baseUrl: string, planId: string, unit: string) =>
  (
    await apiGet<{ items: RecordSummary[] }>(
      page,
      baseUrl,
      `/api/v1/enforcement/inspection-records?planId=${encodeURIComponent(planId)}&enterpriseId=${encodeURIComponent(unit)}`,
    )
  ).body.items;

/** Taps a radio button: its test id sits on the (invisible) input, the finger lands on its label. */
const tap = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=ancestor::label[1]').click();

async function fitsThePhone(page: Page, where: string): Promise<void> {
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  check(width <= 392, `${where} is ${width}px wide on a 390px phone`);
}

/** Issue #17's inspection record journey on the demo server. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.context().grantPermissions(['geolocation'], { origin: baseUrl });
  await page.context().setGeolocation({ latitude: 22.817, longitude: 108.366 });
  await loginThroughForm(page, baseUrl, 'nanning_officer', demoPassword);

  const plan = await planOfToday(page, baseUrl);
  const unit = plan.objects?.find((o) => o.method === 'site_visit') ?? plan.objects?.[0];
  check(unit, 'the plan drew no unit');
  check((await recordsOf(page, baseUrl, plan.id, unit.enterpriseId)).length === 0, 'the unit has a record already');

  // From the plan's drawn unit to the form.
  await page.goto(`${baseUrl}/app/enforcement/inspections/${plan.id}`);
  await page.getByTestId(`plan-object-inspect-${unit.enterpriseId}`).click();
  await page.getByTestId('record-form').waitFor();
  await waitForText(page, 'record-unit', unit.name);
  await fitsThePhone(page, 'the record form');
  const latin = await latinFindings(page);
  check(latin.length === 0, `the form shows Latin text: ${latin.map((f) => f.text).join(' | ')}`);

  // The checklist, the phone's position, a photo, the party's signature, findings.
  await tap(page, 'check-permit_posted-yes');
  await tap(page, 'check-treatment_running-no');
  await page.getByTestId('check-treatment_running-note').fill('废气处理设施未开启');
  await page.getByTestId('record-locate').click();
  // The position fills the longitude field (the test id sits on the input or on its wrapper).
  await page.waitForFunction(`(() => {
    const e = document.querySelector('[data-testid="record-lon"]');
    const input = e && e.tagName === 'INPUT' ? e : e?.querySelector('input');
    return Boolean(input && input.value !== '');
  })()`);
  await page.getByTestId('record-file-photo').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
  await page
    .getByTestId('record-file-signature_party')
    .setInputFiles({ name: 'party.png', mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('record-images-photo').locator('img').waitFor();
  await page.getByTestId('record-findings').fill('检查时废气处理设施未开启，现场无运行记录。');

  // The send reaches the server but its answer is lost on the way back (a weak signal).
  let lost = 0;
  await page.route('**/api/v1/enforcement/inspection-records', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fetch();
    lost += 1;
    await route.abort('internetdisconnected');
  });
  await page.getByTestId('record-send').click();
  await waitForText(page, 'record-pending', (text) => text.includes('待发送'), 30_000);
  check(lost === 1, `the send went out ${lost} times`);
  await page.unroute('**/api/v1/enforcement/inspection-records');

  // The phone reloads: the draft is still there, waiting; sent again it is the same record.
  await page.reload();
  await page.getByTestId('record-pending').waitFor({ timeout: 30_000 });
  check(
    (await page.getByTestId('record-findings').inputValue()).startsWith('检查时废气处理设施未开启'),
    'the findings did not survive the reload',
  );
  await waitForText(page, 'record-send', '重新发送');
  await page.getByTestId('record-send').click();
  await page.waitForURL(
    (url) => /\/app\/enforcement\/inspection-records\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    {
      timeout: 30_000,
    },
  );
  await waitForText(page, 'record-outcome', '发现问题', 30_000);
  await fitsThePhone(page, 'the record page');
  const records = await recordsOf(page, baseUrl, plan.id, unit.enterpriseId);
  check(records.length === 1, `the unit has ${records.length} records after two sends of one draft`);
  const stored = JSON.parse(
    await page.evaluate<string>("localStorage.getItem('ecocloud.enforcement.inspectionDrafts.v1') ?? '[]'"),
  ) as unknown[];
  check(stored.length === 0, 'the sent draft is still on the device');

  // 转为案件: the findings become a case, waiting to be filed.
  await page.getByTestId('record-to-case').click();
  await page.getByTestId('record-to-case-violation').click();
  await page
    .locator('.ant-select-item-option:visible', { hasText: '超过许可排放浓度、许可排放量排放水污染物' })
    .first()
    .click();
  await page.getByTestId('record-to-case-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/app/enforcement/cases/'), { timeout: 30_000 });
  await waitForText(page, 'case-state', '待立案', 30_000);
  const [linked] = await recordsOf(page, baseUrl, plan.id, unit.enterpriseId);
  check(linked?.caseId && page.url().endsWith(linked.caseId), 'the record does not name the case it became');

  // The plan page shows the unit inspected.
  await page.goto(`${baseUrl}/app/enforcement/inspections/${plan.id}`);
  await page.getByTestId(`plan-object-inspected-${unit.enterpriseId}`).waitFor();
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
