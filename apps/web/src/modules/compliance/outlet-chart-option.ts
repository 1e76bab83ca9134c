import type { ComplianceHour } from '@ecocloud/contracts';
import { escapeHtml } from '../../ui/escape-html';
import { formatInstant } from '../../ui/format-time';
import type { EChartsOption } from '../../ui/map/echarts';

const HOUR_MS = 3_600_000;
const EXCEEDED_COLOR = '#f5222d';
const LIMIT_COLOR = '#cf1322';
const INVALID_SHADE = 'rgba(140, 140, 140, 0.18)';

/** Texts the chart shows; the caller translates them (notes through `note`). */
export type OutletChartTexts = {
  measured: string;
  converted: string;
  limit: string;
  invalid: string;
  exceeded: string;
  note: (note: string) => string;
};

/** A stretch of consecutive invalid hours, [from, to) in epoch ms. */
export type HourRun = { from: number; to: number };

/**
 * The invalid hours (fewer than 45 valid minutes) merged into runs: an hour that starts where the
 * previous invalid hour ends extends it, so a day without data is one grey band, not 24.
 */
export function invalidRuns(hours: readonly Pick<ComplianceHour, 'hourStart' | 'valid'>[]): HourRun[] {
  const runs: HourRun[] = [];
  const starts = hours
    .filter((h) => !h.valid)
    .map((h) => Date.parse(h.hourStart))
    .sort((a, b) => a - b);
  for (const start of starts) {
    const last = runs[runs.length - 1];
    if (last && start <= last.to) last.to = Math.max(last.to, start + HOUR_MS);
    else runs.push({ from: start, to: start + HOUR_MS });
  }
  return runs;
}

/** "03-01 08:00" in Beijing time for an epoch ms (the axis and the tooltip, never the browser's zone). */
export function beijingHourLabel(ms: number): string {
  return formatInstant(new Date(ms).toISOString()).slice(5, 16);
}

type Datum = {
  value: [number, number | null];
  hour: ComplianceHour;
  symbol?: string;
  symbolSize?: number;
  itemStyle?: { color: string };
};

/** A point in the middle of its clock hour (the grey band of an invalid hour is the hour itself). */
function datum(h: ComplianceHour, value: number | null, marked: boolean): Datum {
  const d: Datum = { value: [Date.parse(h.hourStart) + HOUR_MS / 2, value], hour: h };
  return marked ? { ...d, symbol: 'triangle', symbolSize: 12, itemStyle: { color: EXCEEDED_COLOR } } : d;
}

function tooltipHtml(d: Datum, texts: OutletChartTexts): string {
  const h = d.hour;
  const lines = [`<b>${escapeHtml(beijingHourLabel(Date.parse(h.hourStart)))}</b>`];
  lines.push(`${escapeHtml(texts.measured)}: ${escapeHtml(h.mean ?? '—')}`);
  if (h.converted !== null) lines.push(`${escapeHtml(texts.converted)}: ${escapeHtml(h.converted)}`);
  if (h.limitValue !== null) lines.push(`${escapeHtml(texts.limit)}: ${escapeHtml(h.limitValue)}`);
  if (h.exceeded) lines.push(`${escapeHtml(texts.exceeded)} ${escapeHtml(h.multiple ?? '')}`.trim());
  if (!h.valid) lines.push(escapeHtml(texts.invalid));
  if (h.note) lines.push(escapeHtml(texts.note(h.note)));
  return lines.join('<br/>');
}

/**
 * One pollutant's judged hours (sorted or not) as a time-axis chart: the judged value (converted when
 * the outlet has a reference O₂, else measured) with exceeding hours as red triangles, the measured
 * mean beside a converted line, the permitted concentration as a dashed mark line (a dashed step line
 * when a special period changes it within the range) and the invalid hours as grey bands.
 */
export function buildOutletChartOption(hours: readonly ComplianceHour[], texts: OutletChartTexts): EChartsOption {
  const sorted = [...hours].sort((a, b) => a.hourStart.localeCompare(b.hourStart));
  const hasConverted = sorted.some((h) => h.converted !== null);
  const judged = sorted.map((h) => datum(h, hasConverted ? h.converted : h.mean, h.exceeded === true));
  const limits = [...new Set(sorted.map((h) => h.limitValue).filter((v): v is number => v !== null))];
  const oneLimit = limits.length === 1 ? limits[0]! : null;
  const areas = invalidRuns(sorted).map((r) => [{ xAxis: r.from }, { xAxis: r.to }]);

  const series: Record<string, unknown>[] = [
    {
      type: 'line',
      name: hasConverted ? texts.converted : texts.measured,
      data: judged,
      showAllSymbol: true,
      connectNulls: false,
      markArea: { silent: true, itemStyle: { color: INVALID_SHADE }, data: areas },
      ...(oneLimit !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: LIMIT_COLOR, type: 'dashed' },
              label: { formatter: `${texts.limit} ${oneLimit}` },
              data: [{ yAxis: oneLimit }],
            },
          }
        : {}),
    },
  ];
  if (hasConverted)
    series.push({
      type: 'line',
      name: texts.measured,
      data: sorted.map((h) => datum(h, h.mean, false)),
      lineStyle: { type: 'dotted', width: 1 },
      symbolSize: 3,
      connectNulls: false,
    });
  if (limits.length > 1)
    series.push({
      type: 'line',
      name: texts.limit,
      step: 'middle',
      symbol: 'none',
      lineStyle: { color: LIMIT_COLOR, type: 'dashed' },
      data: sorted.map((h) => datum(h, h.limitValue, false)),
    });

  const top = limits.length > 0 ? Math.max(...limits) : null;
  return {
    grid: { left: 56, right: 24, top: 36, bottom: 40 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      // ECharts renders this string as HTML: every value (notes carry period names) is escaped.
      formatter: (params: unknown) => tooltipHtml((params as { data: Datum }).data, texts),
    },
    xAxis: { type: 'time', axisLabel: { formatter: (ms: number) => beijingHourLabel(ms), hideOverlap: true } },
    // The limit stays in view even when every value is far below it.
    yAxis: { type: 'value', ...(top !== null ? { max: (e: { max: number }) => Math.max(e.max, top) * 1.1 } : {}) },
    dataZoom: [{ type: 'inside' }],
    series,
  } as EChartsOption;
}
