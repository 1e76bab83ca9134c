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

/** Waits until the element's text equals `expected` (trimmed); fails with what it saw. */
export async function waitForText(page: Page, testId: string, expected: string, timeoutMs = 10_000): Promise<void> {
  const locator = page.getByTestId(testId);
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = (await locator.textContent({ timeout: timeoutMs }))?.trim() ?? null;
    if (seen === expected) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected [data-testid=${testId}] to read "${expected}", saw "${seen}"`);
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
