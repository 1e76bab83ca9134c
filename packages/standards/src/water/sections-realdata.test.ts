import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifySection, parseWaterClass } from './gb3838';
import type { WaterItem } from './gb3838-tables';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const file = path.resolve(repoRoot, '../shared/testdata/realdata/water/surface_water_sections.json');
const present = existsSync(file);
if (!present) console.warn(`skipping the official water classes test: ${file} not found`);

const NAMES: Record<string, WaterItem> = {
  pH: 'ph',
  DO: 'do',
  CODMn: 'codmn',
  COD: 'cod',
  BOD5: 'bod5',
  'NH3-N': 'nh3_n',
  TP: 'tp',
  volatile_phenol: 'volatile_phenol',
  petroleum: 'petroleum',
};

interface Group {
  evaluated_parameters: string[];
  rows: Record<string, string>[];
}

describe.skipIf(!present)('single-factor GB 3838 reproduces published section classes', () => {
  it('all 12 `with_concentrations` rows', () => {
    const groups = (JSON.parse(readFileSync(file, 'utf8')) as { with_concentrations: Group[] }).with_concentrations;
    let n = 0;
    for (const g of groups) {
      const items = g.evaluated_parameters.map((p) => NAMES[p] as WaterItem);
      for (const row of g.rows) {
        const sample = Object.fromEntries(items.map((i, k) => [i, row[g.evaluated_parameters[k] as string] ?? null]));
        expect(classifySection(sample, { items }).waterClass, row.section).toBe(
          parseWaterClass(row.official_class as string),
        );
        n++;
      }
    }
    expect(n).toBe(12);
  });
});
