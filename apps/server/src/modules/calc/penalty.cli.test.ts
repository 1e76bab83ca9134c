import { describe, expect, it } from 'vitest';
import { runEcocloud } from '../../test/cli-process';

/** `… | ecocloud calc penalty - --json | jq`: a real child process, stdin and stdout pipes. */
const ecocloud = (args: string[], stdin: string) => runEcocloud(args, { stdin });

const HEADER =
  'jurisdiction,table,violation,act_date,decision_date,pollutant_count,pollutant_class,area,daily_volume_t,exceed_multiple,repeats_2y';

type Out = {
  row: number;
  ok: boolean;
  code?: string;
  field?: string;
  fineYuan?: number;
  sumPercent?: number;
  basis?: { law: string; article: string };
  statutoryRange?: { minYuan: number; maxYuan: number };
  factors?: { key: string; weightPercent: number }[];
};

describe('ecocloud calc penalty', () => {
  it('prints one object per row in order, with the article on each side of 2026-08-15', async () => {
    const csv = [
      HEADER,
      // The reference's worked example, act before the Code.
      '440000,2.7.1,water_exceed_standard,2026-03-02,2026-05-20,2,B,general,120,4,1',
      // A bad row keeps its place.
      '440000,2.7.1,water_exceed_standard,2026-02-30,2026-05-20,2,B,general,120,4,1',
      // Air, act after the Code: 10 + 3 + 8 + 0 + 0 + 8 + 4 = 33 %.
      '440000,3.4.1,air_exceed_standard,2026-09-01,2026-11-02,2,B,general,,5,2',
    ].join('\n');
    const r = await ecocloud(['calc', 'penalty', '-', '--json'], csv);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out[];
    expect(out.map((o) => o.row)).toEqual([1, 2, 3]);
    expect(out[0]).toMatchObject({
      ok: true,
      fineYuan: 200_000,
      sumPercent: 20,
      basis: { law: '中华人民共和国水污染防治法', article: '第八十三条第（二）项' },
      statutoryRange: { minYuan: 100_000, maxYuan: 1_000_000 },
    });
    expect(out[0]!.factors!.map((f) => f.weightPercent)).toEqual([7, 2, 0, 0, 3, 8, 0]);
    expect(out[1]).toMatchObject({ ok: false, code: 'ROW_INVALID', field: 'act_date' });
    expect(out[2]).toMatchObject({
      ok: true,
      fineYuan: 330_000,
      basis: { law: '中华人民共和国生态环境法典', article: '第一千一百零七条' },
    });
    expect(r.stderr).toContain('row 2: ROW_INVALID');
  });

  it('writes a large result completely into a pipe', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `440000,2.7.1,water_exceed_standard,2026-03-02,2026-05-20,${(i % 4) + 1},B,general,${i % 300},${i % 25},${(i % 5) + 1}`,
    );
    const r = await ecocloud(['calc', 'penalty', '--json'], [HEADER, ...rows].join('\n'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out[];
    expect(out).toHaveLength(3000);
    for (const o of out) {
      expect(o.fineYuan).toBeGreaterThanOrEqual(100_000);
      expect(o.fineYuan).toBeLessThanOrEqual(1_000_000);
    }
  });
});
