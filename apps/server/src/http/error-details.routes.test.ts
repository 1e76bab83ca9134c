import { ERROR_CATALOGUE, ErrorDetailsSchema } from '@ecocloud/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../test/harness';

const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';

// `error.details` has one shape (ErrorDetailsSchema) whoever produces it: the validation hook, a
// service's refusal or an import file refusal; and a missing thing is named by its module's code.
describe('error details and module codes', () => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp({ name: 'sqlite', url: ':memory:' });
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  it('a validation failure has details of the one shape', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(ErrorDetailsSchema.safeParse(res.json().error.details).success).toBe(true);
  });

  it("a service's refusal has details of the same shape, pinned to the field, under a module code", async () => {
    const res = await admin.request('POST', '/api/v1/orgs', {
      parentId: NO_SUCH_ID,
      name: 'Nowhere',
      kind: 'unit',
      regionCode: '450100',
    });
    expect(res.statusCode).toBe(404);
    const { code, details } = res.json().error;
    expect(code).toBe('ORG_NOT_FOUND');
    expect(ErrorDetailsSchema.parse(details)).toEqual([expect.objectContaining({ path: 'body.parentId' })]);
  });

  it.each([
    ['GET', `/api/v1/stations/${NO_SUCH_ID}`, 'STATION_NOT_FOUND'],
    ['PATCH', `/api/v1/workplan/plans/${NO_SUCH_ID}`, 'PLAN_NOT_FOUND'],
  ] as const)('%s %s answers 404 %s', async (method, url, code) => {
    const res = await admin.request(method, url, method === 'PATCH' ? { name: 'x' } : undefined);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe(code);
    expect(ERROR_CATALOGUE[code]).toBe(404);
  });
});
