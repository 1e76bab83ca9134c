/**
 * The annual evaluation written as SQL: daily means (≥ 20 hours), O3 8-hour windows ending
 * 8:00…24:00 (≥ 6 hours) and their daily maximum (≥ 14 windows or > 160), annual means and HJ 663
 * percentiles — all rounded half to even in integer arithmetic. DuckDB is the engine of the
 * comparison; the SQLite text is kept for the fallback when DuckDB cannot be loaded.
 */

/** SQL for num/den rounded half to even, for non-negative integer expressions; `div` is the integer division operator. */
const he = (num: string, den: string, div: string): string =>
  `((${num}) ${div} (${den}) + CASE WHEN 2 * ((${num}) % (${den})) > (${den}) OR (2 * ((${num}) % (${den})) = (${den}) AND ((${num}) ${div} (${den})) % 2 = 1) THEN 1 ELSE 0 END)`;

const DAILY_COLUMNS = ['so2', 'no2', 'co10', 'pm10', 'pm2_5'];
const MEAN_COLUMNS = ['so2', 'no2', 'co10', 'pm10', 'pm2_5'];
/** O3 8-hour windows of one day: the 17 windows ending at hours 7…23 (8:00…24:00), each needing ≥ 6 hours. */
const O3_WINDOWS = `SELECT station, day, hour, SUM(o3) OVER w AS s, COUNT(o3) OVER w AS c FROM hourly
  WINDOW w AS (PARTITION BY station, day ORDER BY hour ROWS BETWEEN 7 PRECEDING AND CURRENT ROW)`;

// ---------------------------------------------------------------- DuckDB

const POLLUTANT_COLUMNS = ['so2', 'no2', 'co10', 'o3', 'pm10', 'pm2_5'];

/**
 * Staging table for the appender, rows in (station, day, hour) order, CO in 0.1 mg/m³, −1 =
 * missing: a NULL written through the node API's vectors costs BigInt work per value, −1 does not.
 */
export const DUCK_SCHEMA = `CREATE TABLE hourly_raw (station INTEGER, day INTEGER, hour INTEGER,
  ${POLLUTANT_COLUMNS.map((c) => `${c} INTEGER`).join(', ')});`;

/** Last step of the load: the hourly table the queries read, NULL = missing. */
export const DUCK_FINISH_LOAD = `CREATE TABLE hourly AS SELECT station, day, hour,
  ${POLLUTANT_COLUMNS.map((c) => `NULLIF(${c}, -1) AS ${c}`).join(', ')} FROM hourly_raw;
DROP TABLE hourly_raw;`;

/** DuckDB's `/` is a float division; `//` is the integer one. Sums are cast from HUGEINT to BIGINT. */
const duckHe = (num: string, den: string): string => he(num, den, '//');

/**
 * Daily values. (Pivoting O3 to 24 columns and writing the 17 windows out measured no faster than
 * the window function in DuckDB 1.5, so the SQL stays the same shape as SQLite's.)
 */
export const DUCK_DAILY = `
CREATE TABLE daily AS
WITH means AS (
  SELECT station, day, ${DAILY_COLUMNS.map((c) => `CASE WHEN COUNT(${c}) >= 20 THEN ${duckHe(`SUM(${c})::BIGINT`, `COUNT(${c})`)}::INTEGER END AS ${c}`).join(',\n    ')}
  FROM hourly GROUP BY station, day
), windows AS (${O3_WINDOWS}
), o3 AS (
  -- Rounding is monotone, so the maximum of the rounded means is the rounded maximum.
  SELECT station, day,
    CASE WHEN COUNT(*) >= 14 OR bool_or(s > 160 * c) THEN MAX(${duckHe('s::BIGINT', 'c')})::INTEGER END AS o3_8h
  FROM windows WHERE hour >= 7 AND c >= 6 GROUP BY station, day
)
SELECT m.*, o3.o3_8h FROM means m LEFT JOIN o3 USING (station, day);`;

/**
 * quantile_cont is HJ 663's linear interpolation X(s) + (X(s+1) − X(s))·(k − s), as a double.
 * 100 × it is an integer up to float error (inputs are integers), so rounding it recovers that
 * integer exactly and the half-even division by 100 is done in integers.
 */
const duckPct = (q: string): string => duckHe(`round(100 * ${q})::BIGINT`, '100');

export const DUCK_ANNUAL = `
SELECT station, ${MEAN_COLUMNS.map((c) => `${duckHe(`s_${c}`, `n_${c}`)}::INTEGER AS ${c}`).join(', ')},
  n_pm2_5::INTEGER AS days_pm2_5, n_o3_8h::INTEGER AS days_o3_8h,
  ${duckPct('q_co10')}::INTEGER AS co10_p95, ${duckPct('q_o3')}::INTEGER AS o3_8h_p90
FROM (
  SELECT station, ${MEAN_COLUMNS.map((c) => `SUM(${c})::BIGINT AS s_${c}, COUNT(${c}) AS n_${c}`).join(', ')},
    COUNT(o3_8h) AS n_o3_8h, quantile_cont(co10, 0.95) AS q_co10, quantile_cont(o3_8h, 0.90) AS q_o3
  FROM daily GROUP BY station
) ORDER BY station;`;

/** Raw quantile_cont values and the daily lists, to check them against the package's `percentile`. */
export const DUCK_QUANTILES = `
SELECT station, list(co10 ORDER BY day) AS co10, quantile_cont(co10, 0.95) AS q_co10,
  list(o3_8h ORDER BY day) AS o3_8h, quantile_cont(o3_8h, 0.90) AS q_o3
FROM daily GROUP BY station ORDER BY station;`;

// ---------------------------------------------------------------- SQLite (fallback)

const sqliteHe = (num: string, den: string): string => he(num, den, '/');
const sqliteDailyMean = (col: string): string =>
  `CASE WHEN COUNT(${col}) >= 20 THEN ${sqliteHe(`SUM(${col})`, `COUNT(${col})`)} END AS ${col}`;

export const SQL_SCHEMA = `
CREATE TABLE hourly (station INTEGER NOT NULL, day INTEGER NOT NULL, hour INTEGER NOT NULL,
  so2 INTEGER, no2 INTEGER, co10 INTEGER, o3 INTEGER, pm10 INTEGER, pm2_5 INTEGER,
  PRIMARY KEY (station, day, hour)) WITHOUT ROWID;`;

export const SQL_DAILY = `
CREATE TABLE daily AS
WITH means AS (
  SELECT station, day, ${DAILY_COLUMNS.map(sqliteDailyMean).join(', ')}
  FROM hourly GROUP BY station, day
), windows AS (${O3_WINDOWS}
), o3 AS (
  SELECT station, day,
    CASE WHEN COUNT(*) >= 14 OR MAX(s > 160 * c) = 1 THEN MAX(${sqliteHe('s', 'c')}) END AS o3_8h
  FROM windows WHERE hour >= 7 AND c >= 6 GROUP BY station, day
)
SELECT m.*, o3.o3_8h FROM means m LEFT JOIN o3 USING (station, day);`;

/** HJ 663 percentile p (integer percent) of a daily column, rounded half to even, per station (SQLite has no quantile function). */
const percentileSql = (col: string, p: number): string => `
SELECT station, ${sqliteHe(`100 * x1 + (COALESCE(x2, x1) - x1) * rem`, '100')} AS v FROM (
  SELECT station,
    MAX(CASE WHEN rn = (n - 1) * ${p} / 100 + 1 THEN v END) AS x1,
    MAX(CASE WHEN rn = (n - 1) * ${p} / 100 + 2 THEN v END) AS x2,
    MAX((n - 1) * ${p} % 100) AS rem
  FROM (SELECT station, ${col} AS v, ROW_NUMBER() OVER (PARTITION BY station ORDER BY ${col}) AS rn,
          COUNT(*) OVER (PARTITION BY station) AS n FROM daily WHERE ${col} IS NOT NULL)
  GROUP BY station)`;

export const SQL_ANNUAL = `
WITH means AS (
  SELECT station, ${MEAN_COLUMNS.map((c) => `${sqliteHe(`SUM(${c})`, `COUNT(${c})`)} AS ${c}`).join(', ')},
    COUNT(pm2_5) AS days_pm2_5, COUNT(o3_8h) AS days_o3_8h
  FROM daily GROUP BY station
), co AS (${percentileSql('co10', 95)}), o3 AS (${percentileSql('o3_8h', 90)})
SELECT means.*, co.v AS co10_p95, o3.v AS o3_8h_p90
FROM means LEFT JOIN co USING (station) LEFT JOIN o3 USING (station) ORDER BY station;`;
