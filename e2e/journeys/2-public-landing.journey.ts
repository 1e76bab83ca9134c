import type { JourneyContext } from '../lib/types';
import { apiGet, check, waitForText } from '../lib/page-helpers';

export const name = 'the public landing page shows Guangxi and its cities without login';

// Guangxi's 14 prefecture-level cities; the landing page must show every one of them.
const GUANGXI_CITIES = [
  '南宁',
  '柳州',
  '桂林',
  '梧州',
  '北海',
  '防城港',
  '钦州',
  '贵港',
  '玉林',
  '百色',
  '贺州',
  '河池',
  '来宾',
  '崇左',
];

/** Issue #2, journey 2. */
export async function run({ page, baseUrl }: JourneyContext): Promise<void> {
  await page.goto(`${baseUrl}/`);
  const me = await apiGet<unknown>(page, baseUrl, '/api/v1/auth/me');
  check(me.status === 401, `expected no session on the landing page, /auth/me answered ${me.status}`);

  await waitForText(page, 'product-name', (text) => text.includes('生态云') && text.includes('EcoCloud'));

  // The province name comes from the public overview; until it answers the title reads "…".
  await waitForText(page, 'province-name', (text) => text.includes('广西'));

  // The front page is the portal's "air now": the cities come in a table with their AQI.
  await page.locator('[data-testid="city-list"] [data-testid^="city-"]').first().waitFor();
  const cityText = (await page.getByTestId('city-list').textContent()) ?? '';
  const missing = GUANGXI_CITIES.filter((city) => !cityText.includes(city));
  check(missing.length === 0, `cities missing from the landing page: ${missing.join(', ')}`);
  const rows = await page.locator('[data-testid="city-list"] [data-testid^="city-"]').count();
  check(rows === GUANGXI_CITIES.length, `expected ${GUANGXI_CITIES.length} city rows, found ${rows}`);

  check(await page.getByTestId('login-button').isVisible(), 'the login button is not visible');
  await page.getByTestId('login-button').click();
  await page.waitForURL((url) => url.pathname === '/login');
}
