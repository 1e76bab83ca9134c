import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeAqi } from './aqi';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const file = path.resolve(repoRoot, '../shared/testdata/realdata/air/cnemc_station_realtime_guangxi.csv');
const present = existsSync(file);
if (!present) console.warn(`skipping the CNEMC recompute test: ${file} not found`);

function readRows(): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const value = (v: string | undefined): string | null =>
  v === undefined || v === '-;' || v === '—' || v === '' ? null : v;

describe.skipIf(!present)('published practice reproduces the national real-time feed (reference §1.6)', () => {
  it('recomputes every complete 2018 Guangxi row with HJ 633-2012 in published mode', () => {
    const rows = readRows().filter((r) => r.timepoint?.startsWith('2018'));
    const keys = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'] as const;
    const complete = rows.filter((r) => keys.every((k) => value(r[k]) !== null) && value(r.aqi) !== null);
    expect(complete.length).toBe(44);
    for (const r of complete) {
      const res = computeAqi(
        {
          so2_1h: value(r.so2),
          no2_1h: value(r.no2),
          co_1h: value(r.co),
          o3_1h: value(r.o3),
          pm10_1h: value(r.pm10),
          pm2_5_1h: value(r.pm2_5),
        },
        { standard: 'HJ633-2012', mode: 'published' },
      );
      expect(res.aqi, `${r.stationcode}`).toBe(Number(r.aqi));
    }
  });
});
