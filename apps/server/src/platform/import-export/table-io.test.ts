import { describe, expect, it } from 'vitest';
import { AppError } from '@ecocloud/contracts';
import { xlsxBomb, xlsxWithSheet } from '../../test/xlsx-fixtures';
import { xlsxParseSlots } from './parse-slots';
import { readTable, writeTable } from './table-io';

/** Runs `fn` while sampling the heap and the buffers outside it; returns the peak growth in MB. */
async function peakGrowthMb<T>(fn: () => Promise<T>): Promise<{ result: T | AppError; growthMb: number }> {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, used());
  }, 5);
  let result: T | AppError;
  try {
    result = await fn();
  } catch (err) {
    result = err as AppError;
  }
  clearInterval(timer);
  peak = Math.max(peak, used());
  return { result, growthMb: (peak - base) / 1024 / 1024 };
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: unknown) => (err instanceof AppError ? err.code : `uncoded: ${String(err)}`),
  );

describe('reading import files within bounds', () => {
  it('reads back an XLSX it wrote, header and rows', async () => {
    const file = await writeTable(
      [
        { key: 'code', header: 'code' },
        { key: 'v', header: 'value' },
      ],
      [
        { code: 'A', v: 1.5 },
        { code: 'B', v: -2 },
      ],
      'xlsx',
    );
    expect(await readTable(file, 'xlsx')).toEqual({
      header: ['code', 'value'],
      rows: [
        { code: 'A', value: '1.5' },
        { code: 'B', value: '-2' },
      ],
    });
  });

  it('refuses a small XLSX whose sheet inflates past the bound, without parsing it', async () => {
    // 200 MB of sheet XML in a file of a few hundred KB.
    const bomb = await xlsxBomb(() => ' '.repeat(1024), 200 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, growthMb } = await peakGrowthMb(() => readTable(bomb, 'xlsx'));
    expect(result).toBeInstanceOf(AppError);
    expect((result as AppError).code).toBe('IMPORT_FILE_TOO_LARGE');
    expect((result as AppError).status).toBe(400);
    expect(growthMb).toBeLessThan(64);
  }, 60_000);

  it('refuses a sheet of more rows than an import takes, reading it as a stream', async () => {
    // 400,000 rows (20 MB of XML) in a file of about 1 MB: the parse stops at the row bound.
    const bomb = await xlsxBomb((i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`, 400_000);
    const { result, growthMb } = await peakGrowthMb(() => readTable(bomb, 'xlsx'));
    expect((result as AppError).code).toBe('IMPORT_FILE_TOO_LARGE');
    expect(growthMb).toBeLessThan(200);
  }, 60_000);

  it('parses at most two XLSX files at once; the others wait their turn and succeed', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ code: `S${i}`, v: i }));
    const file = await writeTable(
      [
        { key: 'code', header: 'code' },
        { key: 'v', header: 'v' },
      ],
      rows,
      'xlsx',
    );
    const tables = await Promise.all(Array.from({ length: 7 }, () => readTable(file, 'xlsx')));
    expect(tables.map((t) => t.rows.length)).toEqual(Array(7).fill(3000));
    expect(xlsxParseSlots.peakActive).toBe(2);
  });

  it('refuses truncated, garbage and damaged files with IMPORT_FILE_MALFORMED', async () => {
    const good = await writeTable([{ key: 'a', header: 'a' }], [{ a: 'x' }], 'xlsx');
    expect(await codeOf(readTable(good.subarray(0, Math.floor(good.length / 2)), 'xlsx'))).toBe(
      'IMPORT_FILE_MALFORMED',
    );
    expect(await codeOf(readTable(Buffer.from('this is not a spreadsheet at all, just text'), 'xlsx'))).toBe(
      'IMPORT_FILE_MALFORMED',
    );
    const damaged = Buffer.from(good);
    damaged.fill(0x55, 40, 400); // inside the first deflated entry
    expect(await codeOf(readTable(damaged, 'xlsx'))).toBe('IMPORT_FILE_MALFORMED');
    expect(
      await codeOf(
        readTable(xlsxWithSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c'), 'xlsx'),
      ),
    ).toBe('IMPORT_FILE_MALFORMED');
    expect(await codeOf(readTable(Buffer.from('a,b\n"x,1\n'), 'csv'))).toBe('IMPORT_FILE_MALFORMED');
  });
});
