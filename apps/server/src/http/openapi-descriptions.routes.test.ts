import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';

type Json = { [key: string]: unknown };

// A number without its unit is a guess: the contracts' `.describe()` puts units and meanings into
// the OpenAPI document, where API clients read them.
describe('OpenAPI field descriptions', () => {
  let t: TestApp;
  let doc: Json;
  beforeAll(async () => {
    t = await createTestApp({ name: 'sqlite', url: ':memory:' }, { demo: false });
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    doc = res.json() as Json;
  });
  afterAll(() => t?.close());

  /** Follows keys through the document, resolving `$ref`s into components on the way. */
  function at(node: unknown, ...keys: string[]): Json {
    let cur = node as Json;
    for (const key of keys) {
      const ref = cur.$ref;
      if (typeof ref === 'string') cur = at(doc, ...ref.replace(/^#\//, '').split('/'));
      cur = cur[key] as Json;
      expect(cur, `missing ${key}`).toBeDefined();
    }
    return typeof cur.$ref === 'string' ? at(doc, ...cur.$ref.replace(/^#\//, '').split('/')) : cur;
  }
  const ok200 = (path: string) =>
    at(doc, 'paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema');
  const description = (field: Json) =>
    String(field.description ?? (field.anyOf as Json[] | undefined)?.find((s) => s.description)?.description ?? '');

  it('gives the observation value its unit and the period start its time zone', () => {
    const point = at(ok200('/api/v1/observations'), 'properties', 'items', 'items', 'properties');
    expect(description(at(point, 'value'))).toMatch(/µg\/m³/);
    expect(description(at(point, 'value'))).toMatch(/mg\/L/);
    expect(description(at(point, 'periodStart'))).toMatch(/UTC/);
  });

  it('gives the daily AQI, its level and the concentrations their meanings and units', () => {
    const day = at(ok200('/api/v1/assessment/air/cities/{regionCode}'), 'properties', 'days', 'items', 'properties');
    expect(description(at(day, 'aqi'))).toMatch(/HJ 633/);
    expect(description(at(day, 'level'))).toMatch(/level/i);
    expect(description(at(day, 'pm2_5'))).toMatch(/µg\/m³/);
    expect(description(at(day, 'co'))).toMatch(/mg\/m³/);
    expect(description(at(day, 'date'))).toMatch(/Asia\/Shanghai/);
  });

  it('gives percentages their range and region codes their standard', () => {
    const city = at(ok200('/api/v1/assessment/air/cities/{regionCode}'), 'properties', 'city', 'properties');
    expect(description(at(city, 'goodDayRatio'))).toMatch(/0–100/);
    expect(description(at(city, 'regionCode'))).toMatch(/GB\/T 2260/);
  });
});
