import type { MetricListItem } from '@ecocloud/contracts';
import { listMetrics } from '../../../platform/metrics/metric-registry';

type Metric = ReturnType<typeof listMetrics>[number];

/**
 * What a metric is about, for a picker grouped the way officials think of the work (air and water
 * quality, permits, online monitoring, enforcement, complaints, rectification): the key's first part.
 * Assessment publishes both air and water metrics, so the publishing module alone would not do.
 * In picker order.
 */
const GROUPS: readonly { group: string; name: string; nameEn: string }[] = [
  { group: 'air', name: '大气环境', nameEn: 'Air quality' },
  { group: 'water', name: '水环境', nameEn: 'Water quality' },
  { group: 'sources', name: '排污许可', nameEn: 'Discharge permits' },
  { group: 'compliance', name: '在线监测达标', nameEn: 'Online monitoring compliance' },
  { group: 'enforcement', name: '行政执法', nameEn: 'Enforcement' },
  { group: 'complaints', name: '信访投诉', nameEn: 'Complaints' },
  { group: 'rectification', name: '督察整改', nameEn: 'Inspection rectification' },
];
const OTHER = { name: '其他', nameEn: 'Other' };

/** A registered metric with its group and the group's labels. */
export function withGroup(m: Metric): MetricListItem {
  const group = m.key.split('.')[0] ?? m.module;
  const known = GROUPS.find((g) => g.group === group) ?? OTHER;
  return {
    key: m.key,
    name: m.name,
    nameEn: m.nameEn,
    unit: m.unit,
    module: m.module,
    group,
    groupName: known.name,
    groupNameEn: known.nameEn,
    direction: m.direction,
  };
}

const rank = (group: string) => {
  const i = GROUPS.findIndex((g) => g.group === group);
  return i === -1 ? GROUPS.length : i;
};

/** Every bindable metric, by group in picker order, then by key. */
export function groupedMetrics(): MetricListItem[] {
  return listMetrics()
    .map(withGroup)
    .sort((a, b) => rank(a.group) - rank(b.group) || a.key.localeCompare(b.key));
}
