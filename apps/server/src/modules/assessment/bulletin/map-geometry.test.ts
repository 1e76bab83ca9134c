import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeRing, regionsOf } from './map-geometry';

describe('echarts compressed map decoding', () => {
  it('decodes zigzag deltas from the offset', () => {
    // 'A' = 65 → 1 → zigzag −1; 'B' = 66 → 2 → +1; '@' = 64 → 0.
    expect(decodeRing('@@BA', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });

  it('puts every Guangxi city where it belongs (its centre point inside its bounding box)', () => {
    const file = createRequire(import.meta.url).resolve('echarts-map-4/map/json/province/guangxi.json');
    const regions = regionsOf(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(regions).toHaveLength(14);
    for (const r of regions) {
      const pts = r.polygons.flat(2);
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      expect(r.centre).not.toBeNull();
      expect(r.centre![0]).toBeGreaterThan(Math.min(...xs));
      expect(r.centre![0]).toBeLessThan(Math.max(...xs));
      expect(r.centre![1]).toBeGreaterThan(Math.min(...ys));
      expect(r.centre![1]).toBeLessThan(Math.max(...ys));
      expect(Math.min(...xs)).toBeGreaterThan(104);
      expect(Math.max(...ys)).toBeLessThan(27);
    }
  });
});
