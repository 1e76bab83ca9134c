import type { JourneyContext } from '../lib/types';
import { apiGet, check, waitForText } from '../lib/page-helpers';

export const name =
  'a visitor reads the public portal: map, cities with AQI, a city page, both languages, a phone screen';

type AqiNow = { cities: { regionCode: string; name: string; aqi: number | null }[] };

/** Issue #5, journey 8: the public portal without a login. */
export async function run({ page, baseUrl }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await page.goto(`${baseUrl}/`);
  const me = await apiGet<unknown>(page, baseUrl, '/api/v1/auth/me');
  check(me.status === 401, `expected no session on the portal, /auth/me answered ${me.status}`);

  // The map is drawn: a canvas inside the map container.
  await page.locator('[data-testid="portal-map"] [data-testid="province-map"] canvas').first().waitFor();

  // Every city is listed with an AQI number, as the public API has it.
  const now = await apiGet<AqiNow>(page, baseUrl, '/api/v1/public/air/now');
  check(
    now.status === 200 && now.body.cities.length === 14,
    `GET /public/air/now answered ${now.status} with ${now.body.cities?.length} cities`,
  );
  await page.locator('[data-testid="city-list"] [data-testid^="city-"]').first().waitFor();
  const rows = await page.locator('[data-testid="city-list"] [data-testid^="city-"]').count();
  check(rows === 14, `expected 14 city rows, found ${rows}`);
  const nanning = now.body.cities.find((c) => c.regionCode === '450100');
  check(nanning && nanning.aqi !== null, 'Nanning has no AQI now in the demo data');
  await waitForText(page, 'aqi-450100', String(nanning.aqi));
  const level = await page.getByTestId('aqi-450100').getAttribute('data-level');
  check(level !== null && /^[1-6]$/.test(level), `Nanning's AQI badge has level "${level}"`);
  check(await page.getByTestId('login-button').isVisible(), 'the login button is not visible');

  // A city's page: AQI, level advice, the charts and the calendar.
  await page.getByTestId('open-city-450100').click();
  await page.waitForURL((url) => url.pathname === '/portal/cities/450100');
  await waitForText(page, 'city-aqi', String(nanning.aqi));
  const advice = (await page.getByTestId('health-advice').textContent()) ?? '';
  check(advice.includes('健康指引') && advice.length > 20, `health advice reads "${advice}"`);
  await page.locator('[data-testid="hours-chart"] canvas').first().waitFor();
  await page.locator('[data-testid="days-chart"] canvas').first().waitFor();
  await page.locator('[data-testid="aqi-calendar"] [data-level]').first().waitFor();

  // Language: a known label flips to English and back.
  await waitForText(page, 'portal-nav-air', '空气质量');
  await page.getByTestId('locale-switch').click();
  await waitForText(page, 'portal-nav-air', 'Air quality');
  const adviceEn = (await page.getByTestId('health-advice').textContent()) ?? '';
  check(adviceEn.includes('health advice'), `English health advice reads "${adviceEn}"`);
  await page.getByTestId('locale-switch').click();
  await waitForText(page, 'portal-nav-air', '空气质量');

  // A phone: 390 px wide, nothing wider than the screen, the login button still there.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid="portal-map"] canvas').first().waitFor();
  await page.locator('[data-testid="city-list"] [data-testid^="city-"]').first().waitFor();
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  check(width <= 390, `the portal is ${width} px wide on a 390 px screen`);
  check(await page.getByTestId('login-button').isVisible(), 'the login button is hidden on a phone');

  const errors = await page.locator('.ant-message-error').allTextContents();
  check(errors.length === 0, `error messages: ${errors.join(' | ')}`);
  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
