/** DuckDB side of the compliance benchmark: appender loads (timed apart from the queries) and checks. */
import type { DuckDB } from './standards-sql-run';
import { COLUMN_NAMES, HOURS, JUDGED, MINUTES, type OutletMonth } from './compliance-data';

type Instance = Awaited<ReturnType<DuckDB['DuckDBInstance']['create']>>;
type Connection = Awaited<ReturnType<Instance['connect']>>;
type Appender = Awaited<ReturnType<Connection['createAppender']>>;
interface Vector {
  setItem(i: number, v: number | null): void;
  flush(): void;
}

/** Rows per data chunk: ≤ 2,048 (DuckDB's vector size); 43,200 = 24 × 1,800 and 720 = 1 × 720. */
const MINUTE_CHUNK = 1800;

export class DuckSide {
  private constructor(
    readonly duck: DuckDB,
    private readonly instance: Instance,
    readonly con: Connection,
    readonly threads: string,
  ) {}

  static async open(duck: DuckDB): Promise<DuckSide> {
    const instance = await duck.DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    const t = (await con.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjectsJS()[0]?.t;
    return new DuckSide(duck, instance, con, String(t));
  }

  /** An appender fed one data chunk of `rows` rows at a time from `fill(vectors, row0)`. */
  async appender(table: string, types: 'minute' | 'hour'): Promise<ChunkAppender> {
    const d = this.duck;
    const columns =
      types === 'minute'
        ? [d.INTEGER, d.INTEGER, ...COLUMN_NAMES.flatMap(() => [d.INTEGER, d.UTINYINT])]
        : [d.INTEGER, d.INTEGER, ...JUDGED.map(() => d.INTEGER), d.INTEGER];
    const rows = types === 'minute' ? MINUTE_CHUNK : HOURS;
    const chunk = d.DuckDBDataChunk.create(columns, rows);
    const vectors = columns.map((_, j) => chunk.getColumnVector(j) as unknown as Vector);
    return new ChunkAppender(await this.con.createAppender(table), chunk, vectors, rows);
  }

  async rows(sql: string): Promise<Record<string, unknown>[]> {
    return (await this.con.runAndReadAll(sql)).getRowObjectsJS();
  }

  close(): void {
    this.con.closeSync();
    this.instance.closeSync();
  }
}

export class ChunkAppender {
  constructor(
    private readonly appender: Appender,
    private readonly chunk: Parameters<Appender['appendDataChunk']>[0],
    readonly vectors: Vector[],
    readonly rows: number,
  ) {}

  /** One outlet's month, minute rows: outlet, minute, value and flag of each column. */
  appendMinutes(outlet: number, m: OutletMonth): void {
    const v = this.vectors;
    const [vOutlet, vMinute] = v as [Vector, Vector];
    for (let m0 = 0; m0 < MINUTES; m0 += this.rows) {
      for (let r = 0; r < this.rows; r++) {
        vOutlet.setItem(r, outlet);
        vMinute.setItem(r, m0 + r);
      }
      for (let j = 0; j < COLUMN_NAMES.length; j++) {
        const values = m.values[j] as Float64Array;
        const flags = m.flags[j] as Uint8Array;
        const vv = v[2 + 2 * j] as Vector;
        const vf = v[3 + 2 * j] as Vector;
        for (let r = 0; r < this.rows; r++) {
          vv.setItem(r, values[m0 + r] as number);
          vf.setItem(r, flags[m0 + r] as number);
        }
      }
      this.flushChunk();
    }
  }

  /** One outlet's hourly columns (judged pollutants then flow); NaN → NULL. */
  appendHours(outlet: number, columns: readonly Float64Array[]): void {
    const v = this.vectors;
    for (let h = 0; h < HOURS; h++) {
      (v[0] as Vector).setItem(h, outlet);
      (v[1] as Vector).setItem(h, h);
    }
    columns.forEach((c, j) => {
      const vv = v[2 + j] as Vector;
      for (let h = 0; h < HOURS; h++) {
        const x = c[h] as number;
        vv.setItem(h, x === x ? x : null);
      }
    });
    this.flushChunk();
  }

  private flushChunk(): void {
    for (const x of this.vectors) x.flush();
    this.appender.appendDataChunk(this.chunk);
  }

  close(): void {
    this.appender.flushSync();
    this.appender.closeSync();
  }
}
