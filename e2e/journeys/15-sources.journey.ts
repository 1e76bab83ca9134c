import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeUscc } from '@ecocloud/standards';
import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm, setUpProvinceOnFirstRun, waitForText } from '../lib/page-helpers';
import { findFreePort, startEmptyServer, waitForHealth, type ServerHandle } from '../lib/server';

export const name =
  'pollution sources from an empty database: import a register, open an enterprise due for renewal, record the renewal, add an outlet through the form, the due item is gone, the public page opens without login';
export const timeoutMs = 240_000;

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A date `days` from today in Shanghai (the register's day), YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const plusYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

type Unit = {
  uscc: string;
  name: string;
  industry: string;
  region: string;
  permitNo: string;
  validFrom: string;
  validTo: string;
};

/**
 * Three enterprises with valid credit codes (the check character computed, as GB 32100 wants). The
 * first one's permit expires in 40 days: its renewal application (valid_to − 60 days) is already due.
 */
function units(): Unit[] {
  const expiring = shanghaiDate(40);
  return [
    { serial: 101, name: '南宁旅程热电有限公司', industry: '4412', region: '450100', validTo: expiring },
    { serial: 102, name: '柳州旅程水泥有限公司', industry: '3011', region: '450200', validTo: shanghaiDate(900) },
    { serial: 103, name: '贵港旅程纸业有限公司', industry: '2221', region: '450800', validTo: shanghaiDate(1500) },
  ].map((u) => {
    const uscc = makeUscc({ regionCode: u.region, subject: u.serial });
    return {
      uscc,
      name: u.name,
      industry: u.industry,
      region: u.region,
      permitNo: `${uscc}001P`,
      validFrom: plusYears(u.validTo, -5),
      validTo: u.validTo,
    };
  });
}

/** The register as departments export it: one row per permit × outlet × pollutant, Chinese headers. */
function registerCsv(list: Unit[]): string {
  const header =
    '统一社会信用代码,单位名称,行业代码,行政区划代码,地址,经度,纬度,管理类别,许可证编号,有效期起,有效期至,排放口编号,排放口名称,排放口类型,污染物,许可排放浓度,浓度单位,许可排放量(t/a),执行标准';
  const rows = list.flatMap((u, i) => [
    `${u.uscc},${u.name},${u.industry},${u.region},工业园区${i + 1}号,${108.3 + i * 0.5},${22.8 + i * 0.4},重点管理,${u.permitNo},${u.validFrom},${u.validTo},DA001,1号排气筒,废气,so2,35,mg/m³,120,GB 13223-2011`,
    `${u.uscc},${u.name},${u.industry},${u.region},工业园区${i + 1}号,${108.3 + i * 0.5},${22.8 + i * 0.4},重点管理,${u.permitNo},${u.validFrom},${u.validTo},DA001,1号排气筒,废气,nox,50,mg/m³,200,GB 13223-2011`,
    `${u.uscc},${u.name},${u.industry},${u.region},工业园区${i + 1}号,${108.3 + i * 0.5},${22.8 + i * 0.4},重点管理,${u.permitNo},${u.validFrom},${u.validTo},DW001,废水总排口,废水,cod,60,mg/L,,GB 8978-1996`,
  ]);
  return `${[header, ...rows].join('\n')}\n`;
}

async function importRegister(page: Page, baseUrl: string, csv: string, rows: number): Promise<void> {
  await page.goto(`${baseUrl}/app/sources/import`);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-dry-run').click();
  await waitForText(page, 'import-summary', (text) => text.includes(`有效 ${rows} 行`), 60_000);
  const errors = await page
    .locator('[data-testid="import-errors"] [data-testid="import-error-text"]')
    .allTextContents();
  check(errors.length === 0, `the dry run found row errors: ${errors.join(' | ')}`);
  await page.getByTestId('import-apply').click();
  // The summary reads 已写入 N 行 once the real import has run (the dry run writes 0).
  await waitForText(page, 'import-summary', (text) => text.includes(`已写入 ${rows} 行`), 60_000);
}

/** Rows of the due list (/app/sources/due) that are the renewal application of `permitNo`. */
async function renewalRows(page: Page, baseUrl: string, permitNo: string): Promise<number> {
  await page.goto(`${baseUrl}/app/sources/due`);
  await page.locator('[data-testid="due-table"] tbody tr.ant-table-row').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page
    .locator('[data-testid="due-table"] tbody tr.ant-table-row')
    .filter({ hasText: permitNo })
    .filter({ has: page.getByTestId('due-renewal_application') })
    .count();
}

/** Issue #15's journey on a server started without the demo. */
export async function run({ page, adminPassword }: JourneyContext): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-e2e-sources-'));
  const port = await findFreePort();
  let server: ServerHandle | undefined;
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  try {
    server = startEmptyServer({ repoRoot, workDir, port, adminPassword, database: 'sources.db' });
    await waitForHealth(server, 120_000);
    const baseUrl = server.baseUrl;

    // An empty database: the admin sets up the province first (regions and the bureaus that regulate them).
    await loginThroughForm(page, baseUrl, 'admin', adminPassword);
    await setUpProvinceOnFirstRun(page, '广西');

    const list = units();
    const expiring = list[0]!;
    await importRegister(page, baseUrl, registerCsv(list), list.length * 3);

    // The register lists the three; the expiring one is in its renewal window.
    await page.goto(`${baseUrl}/app/sources/enterprises`);
    for (const u of list) await page.getByTestId(`enterprise-${u.uscc}`).waitFor();
    await page.getByTestId(`enterprise-${expiring.uscc}`).click();
    await waitForText(page, 'enterprise-name', expiring.name);

    // 一企一档: the permit is due for renewal (the application deadline is valid_to − 60 days, already passed).
    await waitForText(page, `permit-state-${expiring.permitNo}`, '待延续');
    await waitForText(page, 'renewal-due', (text) => text.includes('延续申请') && text.includes(expiring.permitNo));

    check(
      (await renewalRows(page, baseUrl, expiring.permitNo)) === 1,
      `the due list does not show the renewal application of ${expiring.permitNo}`,
    );
    await page.goto(`${baseUrl}/app/sources/enterprises`);
    await page.getByTestId(`enterprise-${expiring.uscc}`).click();
    await waitForText(page, 'enterprise-name', expiring.name);
    await page.getByTestId('renewal-due').waitFor();

    // Record the renewal (延续) to five years after the current expiry.
    const renewedTo = plusYears(expiring.validTo, 5);
    await page.getByTestId('record-event').click();
    await page.getByTestId('event-new-valid-to').fill(renewedTo);
    await page.getByTestId('event-note').fill('延续申请已批准');
    await page.getByTestId('event-submit').click();
    await waitForText(page, `permit-valid-to-${expiring.permitNo}`, (text) => text.includes(renewedTo), 30_000);
    await page.getByTestId('renewal-due').waitFor({ state: 'detached', timeout: 30_000 });
    await waitForText(page, `permit-state-${expiring.permitNo}`, '有效');
    await waitForText(page, 'permit-events', (text) => text.includes('延续') && text.includes(renewedTo));

    // An official adds an outlet by hand (after an import, or on an empty database) and sees it listed.
    await page.getByTestId('outlet-add').click();
    await page.getByTestId('outlet-code').fill('da002');
    await page.getByTestId('outlet-name').fill('2号锅炉排气筒');
    await page.getByTestId('outlet-submit').click();
    await page
      .locator('[data-testid="outlets-table"] tbody tr.ant-table-row')
      .filter({ hasText: 'DA002' })
      .filter({ hasText: '2号锅炉排气筒' })
      .waitFor({ timeout: 30_000 });

    // The due list no longer carries its renewal application (its execution reports may still be owed).
    check(
      (await renewalRows(page, baseUrl, expiring.permitNo)) === 0,
      `the due list still has the renewal application of ${expiring.permitNo}`,
    );

    // The QR code's public page, without a session.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/portal/enterprises/${expiring.uscc}`);
    await waitForText(page, 'public-enterprise-name', expiring.name, 30_000);
    await waitForText(page, `public-permit-${expiring.permitNo}`, (text) => text.includes(renewedTo));
    await page.goto(`${baseUrl}/portal/enterprises/91450100000000000X`);
    await page.getByTestId('public-enterprise-not-found').waitFor();
    check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
  } finally {
    await server?.stop();
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
