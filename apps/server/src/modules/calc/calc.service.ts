import {
  aqiStandardOn,
  classifyItem,
  classifySection,
  computeAqi,
  exceedanceMultiple,
  iaqi,
  parseWaterClass,
  toFixedExact,
  tryParseDecimal,
  waterClassLabel,
  waterStatus,
  EVALUATED_ITEMS,
  INDICATORS,
  WATER_ITEMS,
  type AqiInput,
  type AqiMode,
  type AqiStandardId,
  type Indicator,
  type WaterBody,
  type WaterClass,
  type WaterItem,
} from '@ecocloud/standards';

import { POLLUTANT_LABELS, type RowError } from './calc.shared';

export { evaluateAir, type AirEvaluationResult } from './air-evaluation.service';
export { type RowError } from './calc.shared';

export interface CalcAqiOptions {
  /** Version to use; default: the version in force on the row's `date`/`time` column, else today. */
  standard?: AqiStandardId;
  mode?: AqiMode;
  /** Receives unusable cells (treated as missing). */
  onError?: (e: RowError) => void;
}

function rowStandard(row: Record<string, string>, forced?: AqiStandardId): AqiStandardId {
  if (forced) return forced;
  const when = row.date ?? row.time;
  const ms = when ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T00:00:00+08:00` : when) : Number.NaN;
  return aqiStandardOn(Number.isNaN(ms) ? new Date() : new Date(ms));
}

/**
 * `ecocloud calc aqi` on parsed CSV rows: adds iaqi_<column> for each recognised column present,
 * aqi, level, category, primary_pollutants, exceeding_pollutants (HJ 633-2012 rows) and standard.
 */
export function calcAqiRows(rows: Record<string, string>[], opts: CalcAqiOptions = {}): Record<string, string>[] {
  const mode = opts.mode ?? 'daily';
  return rows.map((row, i) => {
    const standard = rowStandard(row, opts.standard);
    const present = INDICATORS.filter((ind) => ind in row);
    const input: AqiInput = {};
    for (const ind of present) {
      const cell = (row[ind] ?? '').trim();
      if (cell !== '' && tryParseDecimal(cell) === null)
        opts.onError?.({ row: i + 1, reason: `column ${ind}: not a number: ${cell}` });
      input[ind] = cell === '' || tryParseDecimal(cell) === null ? null : cell;
    }
    const r = computeAqi(input, { standard, mode });
    const out: Record<string, string> = { ...row };
    for (const ind of present) {
      const v = r.indicators[ind]?.value ?? (input[ind] == null ? null : iaqi(ind, input[ind], { standard }).value);
      out[`iaqi_${ind}`] = v === null ? '' : String(v);
    }
    out.aqi = r.aqi === null ? '' : String(r.aqi);
    out.level = r.level ? String(r.level.level) : '';
    out.category = r.level?.categoryZh ?? '';
    out.primary_pollutants = r.primaryPollutants.map((p) => POLLUTANT_LABELS[p]).join(';');
    out.exceeding_pollutants = r.exceedingPollutants?.map((p) => POLLUTANT_LABELS[p]).join(';') ?? '';
    out.standard = standard;
    return out;
  });
}

/** Output columns of calcAqiRows for given input columns (stable order for CSV headers). */
export function aqiOutputColumns(inputColumns: string[]): string[] {
  const iaqiCols = INDICATORS.filter((ind: Indicator) => inputColumns.includes(ind)).map((ind) => `iaqi_${ind}`);
  return [
    ...inputColumns,
    ...iaqiCols,
    'aqi',
    'level',
    'category',
    'primary_pollutants',
    'exceeding_pollutants',
    'standard',
  ];
}

export interface CalcWaterOptions {
  waterBody?: WaterBody;
  /** Target class 1-5; default: the row's `target_class` column when present (Ⅲ, III or 3). */
  targetClass?: WaterClass;
  onError?: (e: RowError) => void;
}

const CLASSED_ITEMS = WATER_ITEMS.map((w) => w.item).filter((i) => i !== 'water_temperature');

/**
 * `ecocloud calc water-class` on parsed CSV rows (GB 3838-2002): class_<item> per item present,
 * water_class over the 21 evaluated items (single factor), status, meets_target and
 * items_worse_than_target as `item:multiple` (DO and pH without a multiple), joined by `;`.
 */
export function calcWaterClassRows(
  rows: Record<string, string>[],
  opts: CalcWaterOptions = {},
): Record<string, string>[] {
  const waterBody = opts.waterBody ?? 'river';
  return rows.map((row, i) => {
    const sample: Partial<Record<WaterItem, string>> = {};
    const out: Record<string, string> = { ...row };
    for (const item of CLASSED_ITEMS.filter((it) => it in row)) {
      const cell = (row[item] ?? '').trim();
      if (cell === '') {
        out[`class_${item}`] = '';
        continue;
      }
      const c = classifyItem(item, cell, waterBody);
      if (c === null) opts.onError?.({ row: i + 1, reason: `column ${item}: not a number: ${cell}` });
      else sample[item] = cell;
      out[`class_${item}`] = c === null ? '' : waterClassLabel(c);
    }
    const section = classifySection(sample, { waterBody, items: EVALUATED_ITEMS });
    const target = opts.targetClass ?? (row.target_class ? parseWaterClass(row.target_class) : null);
    out.water_class = section.waterClass ? waterClassLabel(section.waterClass) : '';
    out.status = section.waterClass ? waterStatus(section.waterClass).zh : '';
    const worse =
      target && target <= 5
        ? (Object.keys(section.itemClasses) as WaterItem[]).filter((it) => (section.itemClasses[it] as number) > target)
        : [];
    out.meets_target = target && section.waterClass ? (section.waterClass <= target ? 'yes' : 'no') : '';
    out.items_worse_than_target = worse
      .map((it) => {
        const m = exceedanceMultiple(it, sample[it] as string, target as 1, waterBody);
        return m ? `${it}:${toFixedExact(m, 2)}` : it;
      })
      .join(';');
    return out;
  });
}

/** Output columns of calcWaterClassRows for given input columns. */
export function waterOutputColumns(inputColumns: string[]): string[] {
  const classCols = CLASSED_ITEMS.filter((it) => inputColumns.includes(it)).map((it) => `class_${it}`);
  return [...inputColumns, ...classCols, 'water_class', 'status', 'meets_target', 'items_worse_than_target'];
}
