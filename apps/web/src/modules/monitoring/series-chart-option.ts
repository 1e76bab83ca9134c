import { escapeHtml } from '../../ui/escape-html';
import { formatInstant } from '../../ui/format-time';
import type { EChartsOption } from '../../ui/map/echarts';
import type { SeriesPoint } from './types';

/** Texts the chart shows; the caller translates them. */
export type SeriesChartTexts = { value: string; flag: string; invalid: string; count: string };

type Datum = {
  value: number | null;
  flag: string | null;
  isValid?: boolean;
  count?: number;
  symbol?: string;
  symbolSize?: number;
  itemStyle?: { color: string; borderColor?: string };
};

const FLAGGED_COLOR = '#f5222d';
const INVALID_COLOR = '#bfbfbf';

/**
 * A point of the line: a value flagged other than N (HJ 212 表8: F, M, S, D, C, T, B) is a red
 * triangle; a rollup that failed its validity rule (too few hours) a hollow grey circle. The
 * flag wins when both apply: it tells the analyst why.
 */
export function toDatum(p: SeriesPoint): Datum {
  const base: Datum = { value: p.value, flag: p.flag, isValid: p.isValid, count: p.count };
  if (p.flag !== null && p.flag !== 'N')
    return { ...base, symbol: 'triangle', symbolSize: 11, itemStyle: { color: FLAGGED_COLOR } };
  if (p.isValid === false)
    return {
      ...base,
      symbol: 'emptyCircle',
      symbolSize: 8,
      itemStyle: { color: INVALID_COLOR, borderColor: INVALID_COLOR },
    };
  return base;
}

/** "11-28 08:00" for hourly points, "2026-11-28" for daily ones, in Beijing time (the period's start). */
export function periodLabel(periodStart: string, period: '1h' | '1d'): string {
  const text = formatInstant(periodStart);
  return period === '1h' ? text.slice(5, 16) : text.slice(0, 10);
}

/** A line chart of one parameter's points (already filtered to that parameter and sorted by time). */
export function buildSeriesChartOption(
  points: readonly SeriesPoint[],
  period: '1h' | '1d',
  name: string,
  texts: SeriesChartTexts,
): EChartsOption {
  const data = points.map(toDatum);
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        // ECharts renders this string as HTML: every value (flags come from loggers and imports) is escaped.
        const { name: x, data: d } = params as { name: string; data: Datum };
        const lines = [`<b>${escapeHtml(x)}</b>`, `${escapeHtml(texts.value)}: ${escapeHtml(d.value ?? '—')}`];
        if (d.flag) lines.push(`${escapeHtml(texts.flag)}: ${escapeHtml(d.flag)}`);
        if (d.count !== undefined) lines.push(`${escapeHtml(texts.count)}: ${escapeHtml(d.count)}`);
        if (d.isValid === false) lines.push(escapeHtml(texts.invalid));
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: points.map((p) => periodLabel(p.periodStart, period)) },
    yAxis: { type: 'value', scale: true },
    dataZoom: [{ type: 'inside' }],
    series: [{ type: 'line', name, data, showAllSymbol: true, connectNulls: false }],
  } as EChartsOption;
}
