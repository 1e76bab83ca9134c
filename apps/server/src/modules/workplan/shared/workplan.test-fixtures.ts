import { expect } from 'vitest';
import type { Agent, TestApp } from '../../../test/harness';

/** Test factories for the work plan: a fresh plan (its own year, away from the 2024 demo) and items via the API. */
export async function orgIdByName(t: TestApp, name: string): Promise<string> {
  return (await t.deps.db.selectFrom('orgs').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

/** A plan of the department (or another organisation: the demo already holds the department's current-year plan). */
export async function createPlan(
  t: TestApp,
  admin: Agent,
  year: number,
  orgName = '广西壮族自治区生态环境厅',
): Promise<string> {
  const org = await orgIdByName(t, orgName);
  const res = await admin.request('POST', '/api/v1/workplan/plans', {
    year,
    orgId: org,
    title: `${year}年测试工作要点`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function createItem(
  admin: Agent,
  planId: string,
  body: Record<string, unknown>,
): Promise<{ id: string; indicators: { id: string }[] }> {
  const res = await admin.request('POST', `/api/v1/workplan/plans/${planId}/items`, { kind: 'task', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function multipart(filename: string, content: string) {
  const boundary = '----workplan-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
