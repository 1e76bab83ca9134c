import { describe, expect, it } from 'vitest';
import { findMetric, listMetrics, useMetricsOf, type MetricDefinition } from './metric-registry';

const metric = (key: string, module: string): MetricDefinition => ({
  key,
  name: key,
  nameEn: key,
  unit: '%',
  module,
  direction: 'at_least',
  read: async () => ({ value: null, asOf: '2026-01-01T00:00:00.000Z' }),
});

// One file, one module instance: the steps below share the registry in this order.
describe('the metric registry', () => {
  it('refuses a read before the shell filled it (a wiring mistake, not a metric without a value)', () => {
    expect(() => findMetric('a.one')).toThrow(/useMetricsOf/);
    expect(() => listMetrics()).toThrow(/useMetricsOf/);
  });

  it('takes the metrics of the module list, and replaces them when filled again', () => {
    useMetricsOf([
      { name: 'a', metrics: [metric('a.two', 'a'), metric('a.one', 'a')] },
      { name: 'b', metrics: [] },
    ]);
    expect(listMetrics().map((m) => m.key)).toEqual(['a.one', 'a.two']);
    expect(findMetric('a.one')?.module).toBe('a');
    useMetricsOf([{ name: 'b', metrics: [metric('b.one', 'b')] }]);
    expect(listMetrics().map((m) => m.key)).toEqual(['b.one']);
    expect(findMetric('a.one')).toBeUndefined();
  });

  it('refuses one key published by two modules', () => {
    expect(() =>
      useMetricsOf([
        { name: 'a', metrics: [metric('x.same', 'a')] },
        { name: 'b', metrics: [metric('x.same', 'b')] },
      ]),
    ).toThrow(/x.same published by both a and b/);
  });
});
