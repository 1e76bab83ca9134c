import type { JourneyContext } from '../lib/types';
import { apiGet, check, loginThroughForm } from '../lib/page-helpers';

export const name =
  'analyst opens the station register, a Nanning station, and checks the standard frame in the inspector';

type StationList = { items: { code: string; name: string; kind: string }[]; total: number };

// HJ 212-2017 Appendix A's own example: its CRC is 1C80 under the standard's algorithm.
const STANDARD_FRAME =
  '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80';

/** Register → detail → packet inspector, as a monitoring-centre analyst does when a logger is set up. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await loginThroughForm(page, baseUrl, 'analyst', demoPassword);

  // The demo network's codes come from the API, not from this file: pick a Nanning air station.
  const list = await apiGet<StationList>(
    page,
    baseUrl,
    '/api/v1/stations?regionCode=450100&kind=air_national&sort=code&pageSize=20',
  );
  check(list.status === 200, `GET /stations answered ${list.status}`);
  const station = list.body.items[0];
  check(station, 'the demo has no Nanning air station');

  await page.getByTestId('menu-monitoring').click();
  await page.getByTestId('menu-stations').click();
  await page.waitForURL((url) => url.pathname === '/app/monitoring/stations');
  await page.locator('[data-testid="stations-table"] tbody tr[data-row-key]').first().waitFor();
  await page.getByTestId('station-search').locator('input').fill(station.code);
  await page.getByTestId('station-search').locator('input').press('Enter');
  const link = page.getByTestId(`station-link-${station.code}`);
  await link.waitFor();
  const liveness = await page.getByTestId(`liveness-${station.code}`).getAttribute('data-liveness');
  check(liveness === 'online' || liveness === 'silent' || liveness === 'never', `liveness tag reads ${liveness}`);

  await link.click();
  await page.waitForURL((url) => url.pathname === `/app/monitoring/stations/${station.code}`);
  const title = page.getByTestId('station-title');
  await title.waitFor();
  check((await title.textContent())?.includes(station.name), `the detail page is not titled ${station.name}`);
  await page.getByTestId('station-attributes').waitFor();
  await page.locator('[data-testid="series-chart"], [data-testid="series-empty"]').first().waitFor();

  await page.getByTestId('menu-inspector').click();
  await page.waitForURL((url) => url.pathname === '/app/monitoring/inspector');
  await page.getByTestId('inspector-input').fill(STANDARD_FRAME);
  await page.getByTestId('inspector-decode').click();
  const crc = page.getByTestId('inspector-crc-0');
  await crc.waitFor();
  check((await crc.getAttribute('data-crc-ok')) === 'true', `CRC not ok: ${await crc.textContent()}`);
  check((await crc.textContent())?.includes('CRC 正确'), `CRC cell reads ${await crc.textContent()}`);
  check(
    (await page.getByTestId('inspector-ok-0').textContent()) === '有效',
    'the standard frame is not reported valid',
  );

  const errors = await page.locator('.ant-message-error').allTextContents();
  check(errors.length === 0, `error messages: ${errors.join(' | ')}`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
