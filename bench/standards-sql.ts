/**
 * The annual evaluation written as SQL for SQLite (better-sqlite3): daily means (≥ 20 hours), O3
 * 8-hour windows ending 8:00…24:00 (≥ 6 hours) and their daily maximum (≥ 14 windows or > 160),
 * annual means and HJ 663 percentiles — all in integer arithmetic with half-to-even rounding.
 */

/** SQL for num/den rounded half to even, for non-negative integer expressions. */
const he = (num: string, den: string): string =>
  `((${num}) / (${den}) + CASE WHEN 2 * ((${num}) % (${den})) > (${den}) OR (2 * ((${num}) % (${den})) = (${den}) AND ((${num}) / (${den})) % 2 = 1) THEN 1 ELSE 0 END)`;

const dailyMean = (col: string): string => `CASE WHEN COUNT(${col}) >= 20 THEN ${he(`SUM(${col})`, `COUNT(${col})`)} END AS ${col}`;

export const SQL_SCHEMA = `
CREATE TABLE hourly (station INTEGER NOT NULL, day INTEGER NOT NULL, hour INTEGER NOT NULL,
  so2 INTEGER, no2 INTEGER, co10 INTEGER, o3 INTEGER, pm10 INTEGER, pm2_5 INTEGER,
  PRIMARY KEY (station, day, hour)) WITHOUT ROWID;`;

export const SQL_DAILY = `
CREATE TABLE daily AS
WITH means AS (
  SELECT station, day, ${['so2', 'no2', 'co10', 'pm10', 'pm2_5'].map(dailyMean).join(', ')}
  FROM hourly GROUP BY station, day
), windows AS (
  SELECT station, day, hour,
    SUM(o3) OVER w AS s, COUNT(o3) OVER w AS c
  FROM hourly
  WINDOW w AS (PARTITION BY station, day ORDER BY hour ROWS BETWEEN 7 PRECEDING AND CURRENT ROW)
), valid_windows AS (
  SELECT station, day, s, c,
    ROW_NUMBER() OVER (PARTITION BY station, day ORDER BY CAST(s AS REAL) / c DESC) AS pos,
    COUNT(*) OVER (PARTITION BY station, day) AS n
  FROM windows WHERE hour >= 7 AND c >= 6
), o3 AS (
  SELECT station, day, CASE WHEN n >= 14 OR s > 160 * c THEN ${he('s', 'c')} END AS o3_8h
  FROM valid_windows WHERE pos = 1
)
SELECT m.*, o3.o3_8h FROM means m LEFT JOIN o3 USING (station, day);`;

/** HJ 663 percentile p (integer percent) of a daily column, rounded half to even, per station. */
const percentileSql = (col: string, p: number): string => `
SELECT station, ${he(`100 * x1 + (COALESCE(x2, x1) - x1) * rem`, '100')} AS v FROM (
  SELECT station,
    MAX(CASE WHEN rn = (n - 1) * ${p} / 100 + 1 THEN v END) AS x1,
    MAX(CASE WHEN rn = (n - 1) * ${p} / 100 + 2 THEN v END) AS x2,
    MAX((n - 1) * ${p} % 100) AS rem
  FROM (SELECT station, ${col} AS v, ROW_NUMBER() OVER (PARTITION BY station ORDER BY ${col}) AS rn,
          COUNT(*) OVER (PARTITION BY station) AS n FROM daily WHERE ${col} IS NOT NULL)
  GROUP BY station)`;

export const SQL_ANNUAL = `
WITH means AS (
  SELECT station, ${['so2', 'no2', 'pm10', 'pm2_5'].map((c) => `${he(`SUM(${c})`, `COUNT(${c})`)} AS ${c}`).join(', ')},
    COUNT(pm2_5) AS days_pm2_5
  FROM daily GROUP BY station
), co AS (${percentileSql('co10', 95)}), o3 AS (${percentileSql('o3_8h', 90)})
SELECT means.*, co.v AS co10_p95, o3.v AS o3_8h_p90
FROM means LEFT JOIN co USING (station) LEFT JOIN o3 USING (station) ORDER BY station;`;
