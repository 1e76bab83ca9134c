/**
 * The compliance judgement as DuckDB SQL, exact like the fast path: integer sums, means,
 * O2-converted values and multiples rounded half to even in integer arithmetic, exceedance by
 * integer cross-multiplication. Every expression assumes non-negative operands (DuckDB's % truncates),
 * which the generated data are. The hourly sums are cast from HUGEINT to BIGINT: every product below
 * stays under 2^63 for these data (DuckDB raises an error on overflow, it never wraps), and BIGINT
 * arithmetic measured about 2× faster than HUGEINT for the whole query.
 */
import {
  COLUMN_NAMES,
  FLOW,
  JUDGED,
  MULTIPLE_DECIMALS,
  O2,
  O2_REFERENCE,
  OUTPUT_DECIMALS,
  VALID_CODES,
} from './compliance-data';

const MIN_VALID = 45;
const pow = (k: number): string => `${10n ** BigInt(k)}`;
/** num / den rounded half to even (non-negative integers). */
const he = (num: string, den: string): string =>
  `((${num}) // (${den}) + CASE WHEN 2 * ((${num}) % (${den})) > (${den}) OR (2 * ((${num}) % (${den})) = (${den}) AND ((${num}) // (${den})) % 2 = 1) THEN 1 ELSE 0 END)`;
const validFlag = (c: string): string => `f_${c} IN (${VALID_CODES.join(', ')})`;

/** One row per outlet-minute: outlet, minute, then value and flag of each column (appender order). */
export const MINUTE_SCHEMA = `CREATE TABLE minutes (outlet INTEGER, minute INTEGER, ${COLUMN_NAMES.map((c) => `${c} INTEGER, f_${c} UTINYINT`).join(', ')});`;

const sums = COLUMN_NAMES.map((c) => {
  const cond = c === O2.name ? `${validFlag(c)} AND ${c} >= 0 AND ${c} < ${21 * 10 ** O2.decimals}` : validFlag(c);
  return `count(*) FILTER (WHERE ${cond}) AS n_${c}, (sum(${c}) FILTER (WHERE ${cond}))::BIGINT AS s_${c}`;
}).join(',\n    ');

const ok = (n: string): string => `${n} >= ${MIN_VALID} AND ${n} > 0`;
const meanOf = (c: string, d: number): string =>
  `CASE WHEN ${ok(`n_${c}`)} THEN ${he(`s_${c} * ${pow(OUTPUT_DECIMALS - d)}`, `n_${c}`)} END AS mean_${c}`;

/** C × (21 − ref)/(21 − O2) = s·B·no·10^Do / (n·10^D·(21·no·10^Do − so)); B = 21 − ref (an integer here). */
const converted = JUDGED.map((p) => {
  const num = `s_${p.name} * ${21 - O2_REFERENCE} * n_o2 * ${pow(O2.decimals)}`;
  const den = `n_${p.name} * ${pow(p.decimals)} * (21 * n_o2 * ${pow(O2.decimals)} - s_o2)`;
  const judged = `${ok(`n_${p.name}`)} AND ${ok('n_o2')}`;
  return `CASE WHEN ${judged} THEN ${num} END AS num_${p.name}, CASE WHEN ${judged} THEN ${den} END AS den_${p.name}`;
}).join(',\n    ');

const judged = JUDGED.map((p) => {
  const [num, den, l] = [`num_${p.name}`, `den_${p.name}`, `${p.limit}`];
  return `${he(`${num} * ${pow(OUTPUT_DECIMALS)}`, den)} AS conv_${p.name},
    ${num} > ${l} * ${den} AS exc_${p.name},
    CASE WHEN ${num} > ${l} * ${den} THEN ${he(`(${num} - ${l} * ${den}) * ${pow(MULTIPLE_DECIMALS)}`, `${l} * ${den}`)} END AS mult_${p.name}`;
}).join(',\n    ');

/** minutes → hourly judgement table (the timed query). */
export const MINUTE_QUERY = `CREATE TABLE hourly AS
WITH sums AS (
  SELECT outlet, minute // 60 AS hour,
    ${sums}
  FROM minutes GROUP BY outlet, minute // 60
), parts AS (
  SELECT *, ${converted} FROM sums
)
SELECT outlet, hour, ${JUDGED.map((p) => `n_${p.name}, ${meanOf(p.name, p.decimals)}`).join(', ')},
  ${meanOf('o2', O2.decimals)}, ${meanOf('flow', FLOW.decimals)},
  ${judged}
FROM parts;`;

/** Totals to check DuckDB's table against the fast path's columns (not timed). */
export const MINUTE_CHECK = `SELECT count(*) AS hours, ${JUDGED.map(
  (p) =>
    `count(mean_${p.name}) AS valid_${p.name}, sum(mean_${p.name}) AS mean_${p.name}, sum(conv_${p.name}) AS conv_${p.name}, count(*) FILTER (WHERE exc_${p.name}) AS exc_${p.name}, sum(mult_${p.name}) AS mult_${p.name}`,
).join(', ')}, sum(mean_o2) AS mean_o2, sum(mean_flow) AS mean_flow FROM hourly;`;

/** Hourly stored values: one row per outlet-hour, NULL = no valid hour. */
export const HOUR_SCHEMA = `CREATE TABLE hours (outlet INTEGER, hour INTEGER, ${JUDGED.map((p) => `${p.name} INTEGER`).join(', ')}, flow INTEGER);`;

/** Exceedance, multiple and the daily amount (C × Q, exact integer) per outlet-day and pollutant. */
export const HOUR_QUERY = `CREATE TABLE daily AS SELECT outlet, hour // 24 AS day, ${JUDGED.map((p) => {
  const den = `${p.limit} * ${pow(p.decimals)}`;
  return `count(*) FILTER (WHERE ${p.name} > ${den}) AS exc_${p.name},
  sum(CASE WHEN ${p.name} > ${den} THEN ${he(`(${p.name} - ${den}) * ${pow(MULTIPLE_DECIMALS)}`, den)} END) AS mult_${p.name},
  sum(${p.name}::HUGEINT * flow) AS amount_${p.name}`;
}).join(',\n  ')}
FROM hours GROUP BY outlet, hour // 24;`;

export const HOUR_CHECK = `SELECT ${JUDGED.map(
  (p) =>
    `sum(exc_${p.name}) AS exc_${p.name}, sum(mult_${p.name}) AS mult_${p.name}, sum(amount_${p.name}) AS amount_${p.name}`,
).join(', ')} FROM daily;`;
