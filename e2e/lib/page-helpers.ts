import type { Page } from 'playwright-core';

/** Logs in through the real form and waits for the signed-in shell. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Waits until the element's trimmed text equals `expected`, or satisfies it when it is a
 * predicate (for text that is only partly known); fails with what it saw. Reading the text once
 * right after the element appears races the data behind it: a page shows "…" while loading.
 */
export async function waitForText(
  page: Page,
  testId: string,
  expected: string | ((text: string) => boolean),
  timeoutMs = 10_000,
): Promise<string> {
  const locator = page.getByTestId(testId);
  const matches = typeof expected === 'string' ? (text: string) => text === expected : expected;
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = (await locator.textContent({ timeout: timeoutMs }))?.trim() ?? null;
    if (seen !== null && matches(seen)) return seen;
    await page.waitForTimeout(100);
  }
  const wanted = typeof expected === 'string' ? `"${expected}"` : `text matching ${String(expected)}`;
  throw new Error(`expected [data-testid=${testId}] to read ${wanted}, saw "${seen}"`);
}

/** GET a JSON API path with the page's cookies (same browser context); returns status and body. */
export async function apiGet<T>(page: Page, baseUrl: string, path: string): Promise<{ status: number; body: T }> {
  const response = await page.request.get(`${baseUrl}${path}`);
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : undefined) as T };
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The first-run set-up page of an empty server: types `typed` into the province picker, picks the
 * option naming `option`, submits and waits for the next step (installing a province takes a while).
 */
export async function setUpProvinceOnFirstRun(page: Page, typed: string, option = typed): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/app/setup');
  await page.getByTestId('setup-province').click();
  await page.keyboard.type(typed);
  await page
    .locator(`.ant-select-item-option[title*="${option}"], .ant-select-item-option:has-text("${option}")`)
    .first()
    .click();
  await page.getByTestId('setup-submit').click();
  await page.getByTestId('setup-next-stations').waitFor({ timeout: 60_000 });
}
