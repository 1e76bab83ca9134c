import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JourneyContext } from '../lib/types';
import { check, loginThroughForm } from '../lib/page-helpers';

export const name = 'leader reads the city ranking and last month’s bulletin PDF, whose text carries the same figures';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The PDF's text through poppler's pdftotext (UTF-8, layout kept so table rows stay on one line). */
async function pdfText(bytes: Buffer): Promise<string> {
  check(existsSync(PDFTOTEXT), `${PDFTOTEXT} is missing: install poppler-utils to check the bulletin's text`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ecocloud-pdf-'));
  try {
    const file = path.join(dir, 'bulletin.pdf');
    await writeFile(file, bytes);
    const result = spawnSync(PDFTOTEXT, ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    check(result.status === 0, `pdftotext failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Issue #5, journey 9: ranking → bulletin, checked against each other. */
export async function run({ page, baseUrl, demoPassword }: JourneyContext): Promise<void> {
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));
  await loginThroughForm(page, baseUrl, 'leader', demoPassword);

  await page.getByTestId('menu-assessment').click();
  await page.getByTestId('menu-assessmentRanking').click();
  await page.waitForURL((url) => url.pathname === '/app/assessment/ranking');
  const rows = page.locator('[data-testid="ranking-table"] tbody tr[data-row-key]');
  await rows.nth(13).waitFor();
  check((await rows.count()) === 14, `expected 14 cities in the ranking, found ${await rows.count()}`);

  const first = rows.first();
  const firstCode = await first.getAttribute('data-row-key');
  check(firstCode, 'the first ranking row has no region code');
  const firstRank = (await page.getByTestId(`rank-${firstCode}`).textContent())?.trim();
  check(firstRank === '1', `the first row's rank reads "${firstRank}"`);
  const firstIndex = (await page.getByTestId(`composite-${firstCode}`).textContent())?.trim() ?? '';
  check(/^\d+\.\d{2}$/.test(firstIndex), `the first city's composite index reads "${firstIndex}"`);
  const firstName = ((await first.locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  const worst = page.locator('[data-testid="ranking-table"] tbody tr[data-worst="true"]');
  check((await worst.count()) >= 1, 'no city is marked last');
  const lastRank = Number((await worst.first().locator('td').first().textContent())?.trim());
  check(Number.isInteger(lastRank) && lastRank > 1 && lastRank <= 14, `the last rank reads ${lastRank}`);
  const period = (await page.getByTestId('ranking-period').textContent()) ?? '';

  // The bulletin of the same month, opened through the page's own link.
  await page.getByTestId('menu-assessmentBulletins').click();
  await page.waitForURL((url) => url.pathname === '/app/assessment/bulletins');
  const link = page.getByTestId('bulletin-pdf');
  const href = (await link.getAttribute('href')) ?? '';
  check(href.startsWith('/api/v1/assessment/bulletins/air-monthly?month='), `the PDF link is "${href}"`);
  const month = new URL(href, baseUrl).searchParams.get('month') ?? '';
  check(period.includes(`${month}-01`), `the ranking period "${period}" is not the bulletin month ${month}`);
  // The link opens a new tab; headless Chromium turns a PDF into a download and closes the tab,
  // so the check is on what the tab fetched: the same-origin bulletin, answered 200 as a PDF.
  const opened = page
    .context()
    .waitForEvent('response', (r) => r.url().startsWith(`${baseUrl}/api/v1/assessment/bulletins/air-monthly?`));
  await link.click();
  const answer = await opened;
  check(answer.status() === 200, `the PDF link answered ${answer.status()}`);
  check(
    (answer.headers()['content-type'] ?? '').includes('application/pdf'),
    `the PDF link answered ${answer.headers()['content-type']}`,
  );

  const response = await page.request.get(`${baseUrl}${href}`);
  check(response.status() === 200, `GET ${href} answered ${response.status()}`);
  check(
    (response.headers()['content-type'] ?? '').includes('application/pdf'),
    `content type ${response.headers()['content-type']}`,
  );
  const bytes = await response.body();
  check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the bulletin is not a PDF');
  const text = await pdfText(bytes);
  check(text.includes('南宁'), 'the bulletin text does not name 南宁');
  check(text.includes(firstName.replace(/市$/, '')), `the bulletin text does not name the first city ${firstName}`);
  check(text.includes(firstIndex), `the bulletin text lacks the first city's composite index ${firstIndex}`);
  // With -layout a table row stays on one line: the first city and its index side by side.
  check(
    text.split('\n').some((line) => line.includes(firstName) && line.includes(firstIndex)),
    `no bulletin line carries both ${firstName} and ${firstIndex}`,
  );

  check(scriptErrors.length === 0, `script errors: ${scriptErrors.join(' | ')}`);
}
