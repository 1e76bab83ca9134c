import { FIELD_ISSUE_CODES } from '@ecocloud/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../test/harness';

// The web words a refused field from its issue code and bounds, not from zod's English message.
describe.each(testDatabases())('validation details on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
  });
  afterAll(() => t?.close());

  it('each field issue carries a listed code and its bounds', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x'.repeat(65), password: '' },
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; code: string; params: Record<string, unknown> }[];
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'body.username',
          code: 'too_big',
          params: expect.objectContaining({ maximum: 64, origin: 'string' }),
        }),
        expect.objectContaining({
          path: 'body.password',
          code: 'too_small',
          params: expect.objectContaining({ minimum: 1, origin: 'string' }),
        }),
      ]),
    );
    for (const d of details) expect(FIELD_ISSUE_CODES).toContain(d.code);
  });
});
