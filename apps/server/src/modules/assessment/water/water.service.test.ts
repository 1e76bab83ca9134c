import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import type { Reading } from '../../monitoring';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { ingest, stationIdOf } from '../test/air-fixtures';
import { provinceWideActor } from '../test/actors';
import { waterSummary } from './water.service';

const sample = (stationId: string, date: string, values: Record<string, number>): Reading[] =>
  Object.entries(values).map(([parameter, value]) => ({
    stationId,
    parameter,
    period: '1d',
    periodStart: shanghaiDateStart(date),
    value,
    valueText: String(value),
    flag: 'N',
  }));

// Two Nanning river sections in May 2025 (manual monthly samples):
// 邕江老口 (target II): DO 8 → I, CODMn 3, NH3-N 0.4, TP 0.08 → II: class II, meets its target.
// 邕江六景 (target III): DO 4 → IV, CODMn 7.5 → IV, NH3-N 2.5 → worse than V: class 劣Ⅴ;
// over target: DO (no multiple), CODMn (7.5 − 6)/6 = 0.25, NH3-N (2.5 − 1)/1 = 1.50.
// City CWQI from the item means (pH 7.2, DO 6, CODMn 5.25, NH3-N 1.45, TP 0.09):
// 0.1 + 5/6 + 0.875 + 1.45 + 0.45 = 3.708… → 3.71.
describe.each(testDatabases())('water classes, shares and CWQI on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    await ingest(t.deps, [
      ...sample(await stationIdOf(t.deps, 'GX-W-0101'), '2025-05-10', {
        ph: 7.2,
        do: 8,
        codmn: 3,
        nh3_n: 0.4,
        tp: 0.08,
      }),
      ...sample(await stationIdOf(t.deps, 'GX-W-0102'), '2025-05-10', {
        ph: 7.2,
        do: 4,
        codmn: 7.5,
        nh3_n: 2.5,
        tp: 0.1,
      }),
    ]);
  });
  afterAll(() => t?.close());

  it('classes sections by the single-factor method with the items over target', async () => {
    const s = await waterSummary(t.deps, provinceWideActor, { month: '2025-05' });
    const laokou = s.sections.find((x) => x.code === 'GX-W-0101')!;
    expect(laokou).toMatchObject({
      waterClass: 2,
      classLabel: 'Ⅱ',
      meetsTarget: true,
      itemsOverTarget: [],
      source: 'manual',
      month: '2025-05',
    });
    const liujing = s.sections.find((x) => x.code === 'GX-W-0102')!;
    expect(liujing).toMatchObject({ waterClass: 6, classLabel: '劣Ⅴ', status: '重度污染', meetsTarget: false });
    expect(liujing.itemsOverTarget).toEqual([
      { item: 'do', itemClass: 4, multiple: null },
      { item: 'codmn', itemClass: 4, multiple: '0.25' },
      { item: 'nh3_n', itemClass: 6, multiple: '1.50' },
    ]);
    expect(s.sections.find((x) => x.code === 'GX-W-0201')!.waterClass).toBeNull();
  });

  it('gives the shares per city and river and the CWQI ranking', async () => {
    const s = await waterSummary(t.deps, provinceWideActor, { month: '2025-05' });
    expect(s.byCity).toEqual([
      {
        key: '450100',
        name: '南宁市',
        sections: 2,
        goodShare: '50.0',
        worseThanVShare: '50.0',
        status: expect.any(String),
      },
    ]);
    expect(Object.fromEntries(s.byRiver.map((r) => [r.key, r.goodShare]))).toEqual({ 邕江: '100.0', 郁江: '0.0' });
    expect(s.cwqiRanking).toEqual([{ regionCode: '450100', name: '南宁市', cwqi: '3.71', rank: 1 }]);
    expect(s.standard).toBe('GB3838-2002');
  });
});
