import { describe, expect, it, vi } from 'vitest';
import type { AppDeps } from '../../../app-deps';
import type { MetricDefinition, MetricQuery } from '../../../platform/metrics/metric-registry';
import type * as repo from '../shared/workplan.repository';
import { readIndicators } from './indicator-readings';
import type { PlanStructure } from './plan-structure';

/** A published metric that takes a while to answer, counting its reads and how many run at once. */
const calls: MetricQuery[] = [];
let inFlight = 0;
let maxInFlight = 0;
vi.mock('../../../platform/metrics/metric-registry', () => ({
  findMetric: (key: string): Partial<MetricDefinition> | undefined =>
    key === 'test.slow'
      ? {
          key,
          read: async (_deps: AppDeps, q: MetricQuery) => {
            calls.push(q);
            maxInFlight = Math.max(maxInFlight, ++inFlight);
            await new Promise((r) => setTimeout(r, 20));
            inFlight--;
            return { value: q.regionCode === '450100' ? 30 : 40, asOf: '2025-06-01T00:00:00Z' };
          },
        }
      : undefined,
}));

const indicator = (id: string, over: Partial<repo.IndicatorRow>): repo.IndicatorRow => ({
  id,
  item_id: 'item-1',
  position: 1,
  name: id,
  unit: 'μg/m³',
  direction: 'at_most',
  baseline: null,
  target: 35,
  deadline: null,
  deadline_source: null,
  source: 'live',
  metric_key: 'test.slow',
  metric_params_json: '{}',
  ...over,
});

const structure = (indicators: repo.IndicatorRow[], reports: repo.ReportListRow[] = []): PlanStructure => ({
  plan: {
    id: 'plan-1',
    year: 2025,
    org_id: 'org-1',
    title: 'plan',
    weights_json: '{}',
    created_by: null,
    created_at: '',
    updated_at: '',
  },
  today: '2025-06-01',
  rows: [],
  visible: new Set(['item-1']),
  units: [],
  regions: [],
  indicators,
  reports,
  rounds: [],
  planRegionCode: '450000',
});

const deps = { clock: { now: () => new Date('2025-06-01T02:00:00Z') } } as unknown as AppDeps;

describe('readIndicators', () => {
  it('reads the live metrics in parallel, each distinct metric and region once', async () => {
    calls.length = 0;
    maxInFlight = 0;
    const readings = await readIndicators(
      deps,
      structure([
        indicator('a', { metric_params_json: '{"regionCode":"450100"}' }),
        indicator('b', { metric_params_json: '{"regionCode":"450100"}' }),
        indicator('c', {}), // the plan's region
        indicator('d', { metric_key: 'test.unpublished' }),
      ]),
    );
    expect(calls.map((q) => q.regionCode).sort()).toEqual(['450000', '450100']);
    expect(maxInFlight).toBe(2);
    expect(readings.get('a')?.value).toBe(30);
    expect(readings.get('b')?.value).toBe(30);
    expect(readings.get('c')?.value).toBe(40);
    expect(readings.get('d')).toMatchObject({ value: null, note: 'no data: metric not published yet' });
  });

  it('shares a request-wide cache across views, and takes manual values from the newest report not returned', async () => {
    calls.length = 0;
    const cache = new Map();
    await readIndicators(deps, structure([indicator('a', {})]), cache);
    const report = (values: string, state: string, at: string) =>
      ({ values_json: values, review_state: state, submitted_at: at, unit_name: '南宁' }) as repo.ReportListRow;
    const readings = await readIndicators(
      deps,
      structure(
        [indicator('a', {}), indicator('m', { source: 'manual', metric_key: null })],
        [
          report('[{"indicatorId":"m","value":1}]', 'approved', '2025-02-01T00:00:00Z'),
          report('[{"indicatorId":"m","value":2}]', 'returned', '2025-03-01T00:00:00Z'),
        ],
      ),
      cache,
    );
    expect(calls).toHaveLength(1);
    expect(readings.get('m')).toEqual({ value: 1, asOf: '2025-02-01T00:00:00Z', note: '南宁' });
  });
});
