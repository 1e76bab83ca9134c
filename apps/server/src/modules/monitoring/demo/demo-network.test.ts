import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { DEMO_AIR_CITIES, DEMO_SECTIONS, demoAirStations } from './demo-network';

// Guangxi's extent, with a margin: 104.4–112.1 °E, 20.9–26.4 °N.
const inGuangxi = (lon: number, lat: number) => lon > 104.2 && lon < 112.3 && lat > 20.8 && lat < 26.5;

describe('the demo monitoring network of Guangxi', () => {
  it('has the national air stations of all 14 cities under their published names, near their city', () => {
    const stations = demoAirStations();
    expect(stations).toHaveLength(50);
    for (const city of DEMO_AIR_CITIES) {
      const mine = stations.filter((s) => s.city.code === city.code);
      expect(mine.length, city.name).toBeGreaterThanOrEqual(2);
      expect(new Set(mine.map((s) => s.name)).size).toBe(mine.length);
      for (const s of mine) expect(Math.hypot(s.lon - city.lon, s.lat - city.lat), s.name).toBeLessThan(0.3);
    }
    expect(stations.filter((s) => /[一二三四五六七八九十]号站$/.test(s.name))).toEqual([]);
    expect(new Set(stations.map((s) => s.nationalCode)).size).toBe(50);
    expect(stations.filter((s) => s.city.code === '450100').map((s) => s.name)).toContain('北湖');
  });

  it("has about a hundred river sections on Guangxi's rivers, national and provincial, inside the region", () => {
    expect(DEMO_SECTIONS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(DEMO_SECTIONS.map(([code]) => code)).size).toBe(DEMO_SECTIONS.length);
    expect(new Set(DEMO_SECTIONS.map(([, name]) => name)).size).toBe(DEMO_SECTIONS.length);
    const rivers = new Set(DEMO_SECTIONS.map(([, , , river]) => river));
    for (const river of [
      '西江',
      '郁江',
      '邕江',
      '柳江',
      '桂江',
      '漓江',
      '右江',
      '左江',
      '红水河',
      '南流江',
      '钦江',
      '北仑河',
    ])
      expect(rivers, river).toContain(river);
    const national = DEMO_SECTIONS.filter((s) => s[8]).length;
    expect(national).toBeGreaterThan(50);
    expect(national).toBeLessThan(DEMO_SECTIONS.length);
    for (const [code, , region, , lon, lat, targetClass] of DEMO_SECTIONS) {
      expect(inGuangxi(lon, lat), code).toBe(true);
      expect(region.startsWith('45'), code).toBe(true);
      expect(targetClass).toBeGreaterThanOrEqual(1);
      expect(targetClass).toBeLessThanOrEqual(5);
    }
    for (const city of DEMO_AIR_CITIES)
      expect(
        DEMO_SECTIONS.filter(([, , region]) => region.slice(0, 4) === city.code.slice(0, 4)).length,
        city.name,
      ).toBeGreaterThanOrEqual(5);
  });
});

describe.each(testDatabases())('the demo network as seeded on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('registers every national air station with its national code, and every section with its assessment level', async () => {
    const air = await t.deps.db
      .selectFrom('stations')
      .select(['code', 'name', 'attrs'])
      .where('kind', '=', 'air_national')
      .execute();
    expect(air).toHaveLength(50);
    expect(air.find((s) => s.code === 'GX-A-450300-2')).toMatchObject({ name: '监测站' });
    expect(JSON.parse(air.find((s) => s.code === 'GX-A-450100-1')!.attrs)).toMatchObject({
      nationalCode: '1401A',
      isEvaluation: true,
    });
    const rivers = await t.deps.db.selectFrom('stations').select(['attrs']).where('kind', '=', 'water_river').execute();
    expect(rivers).toHaveLength(DEMO_SECTIONS.length);
    expect(
      rivers.filter((r) => (JSON.parse(r.attrs) as { isNationallyAssessed: boolean }).isNationallyAssessed),
    ).toHaveLength(DEMO_SECTIONS.filter((s) => s[8]).length);
  });
});
