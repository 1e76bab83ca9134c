import { escapeHtml } from '../../ui/escape-html';
import type { EChartsOption } from '../../ui/map/echarts';
import { beijingHourLabel } from './outlet-chart-option';

/** The record the detector wrote (its words), under whichever key the server used. */
const TEXT_KEYS = ['text', 'summary', 'description', 'evidence'];

export type EvidencePoint = { hour: string; mean: number | null };
type EvidenceFigure = { key: string; value: string };
export type Evidence = { text: string; series: EvidencePoint[]; figures: EvidenceFigure[] };

function isPoint(p: unknown): p is EvidencePoint {
  if (typeof p !== 'object' || p === null) return false;
  const { hour, mean } = p as Record<string, unknown>;
  return typeof hour === 'string' && !Number.isNaN(Date.parse(hour)) && (typeof mean === 'number' || mean === null);
}

function figureText(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value) && value.every((v) => typeof v === 'number' || typeof v === 'string'))
    return value.join(' / ');
  return null;
}

/**
 * A lead's evidence (a record whose shape depends on the detector): the detector's own text, the
 * hourly series when it has one (`series: [{ hour, mean }]`, malformed points dropped) and the other
 * plain figures (numbers, strings, lists of them); nested objects are not shown.
 */
export function parseEvidence(evidence: Record<string, unknown>): Evidence {
  const textKey = TEXT_KEYS.find((k) => typeof evidence[k] === 'string');
  const rawSeries = evidence.series;
  const series = Array.isArray(rawSeries) ? rawSeries.filter(isPoint) : [];
  const figures: EvidenceFigure[] = [];
  for (const [key, value] of Object.entries(evidence)) {
    if (key === textKey || key === 'series') continue;
    const text = figureText(value);
    if (text !== null && text !== '') figures.push({ key, value: text });
  }
  return { text: textKey ? (evidence[textKey] as string) : '', series, figures };
}

/** The evidence series as a line over Beijing hours, a limit (when the lead's figures carry one) dashed. */
export function buildEvidenceChartOption(
  points: readonly EvidencePoint[],
  name: string,
  limit?: number,
): EChartsOption {
  const sorted = [...points].sort((a, b) => a.hour.localeCompare(b.hour));
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const [ms, value] = (params as { value: [number, number | null] }).value;
        return `<b>${escapeHtml(beijingHourLabel(ms))}</b><br/>${escapeHtml(name)}: ${escapeHtml(value ?? '—')}`;
      },
    },
    xAxis: { type: 'time', axisLabel: { formatter: (ms: number) => beijingHourLabel(ms), hideOverlap: true } },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        type: 'line',
        name,
        data: sorted.map((p) => [Date.parse(p.hour), p.mean]),
        connectNulls: false,
        ...(limit !== undefined
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: '#cf1322', type: 'dashed' },
                data: [{ yAxis: limit }],
              },
            }
          : {}),
      },
    ],
  } as EChartsOption;
}
