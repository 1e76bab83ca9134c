import type { MetricListItem, MetricPreview } from '@ecocloud/contracts';
import { vi } from 'vitest';

/** Test doubles for the metric picker: the API's answers and a fetch that serves them. */
const metric = (key: string, name: string, unit: string, group: string, groupName: string): MetricListItem => ({
  key,
  name,
  nameEn: key,
  unit,
  module: group === 'air' ? 'assessment' : group,
  group,
  groupName,
  groupNameEn: group,
  direction: 'at_least',
});

export const METRICS: MetricListItem[] = [
  metric('air.good_day_ratio', '空气质量优良天数比例', '%', 'air', '大气环境'),
  metric('rectification.due_done_pct', '到期督察整改问题完成率', '%', 'rectification', '督察整改'),
  metric('rectification.problems_due', '督察整改问题到期数', '个', 'rectification', '督察整改'),
];

function previewOf(key: string, regionCode: string): MetricPreview {
  const m = METRICS.find((x) => x.key === key)!;
  const value = regionCode === '450100' ? 87.5 : 91.2;
  return {
    metric: m,
    regionCode,
    year: 2026,
    current: {
      value,
      asOf: '2026-03-10T02:00:00.000Z',
      forecast: key.startsWith('air.') ? { value: 92, status: 'at_risk', reason: 'projected below target' } : null,
      note: null,
    },
    trajectory: [
      { month: '2026-01', asOf: '2026-01-31T15:59:59.999Z', value: 80 },
      { month: '2026-02', asOf: '2026-02-28T15:59:59.999Z', value: 85 },
      { month: '2026-03', asOf: '2026-03-10T02:00:00.000Z', value },
    ],
    baseline: { asOf: '2025-12-31T15:59:59.999Z', value: 78 },
  };
}

const REGIONS = [
  { code: '450000', label: '广西壮族自治区', labelEn: 'Guangxi' },
  { code: '450100', label: '南宁市', labelEn: 'Nanning' },
  { code: '450200', label: '柳州市', labelEn: 'Liuzhou' },
].map((r, i) => ({ ...r, id: `r${i}`, dictCode: 'region', extra: {}, sortOrder: i }));

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Serves the session (the department's admin), the metrics, their previews, the regions and the plan; echoes writes. */
export function stubMetricApi() {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    if (init?.method === 'POST' || init?.method === 'PATCH')
      return json({ id: 'ind-new', itemId: 'item-1', ...JSON.parse(String(init.body)) }, 201);
    if (url.pathname === '/api/v1/auth/me')
      return json({
        user: {
          id: 'u1',
          username: 'admin',
          displayName: '管理员',
          orgId: 'org-dept',
          orgName: '广西壮族自治区生态环境厅',
          regionCode: '450000',
          permissions: ['workplan:read', 'workplan:write'],
          roles: ['admin'],
          scope: 'all',
          mustChangePassword: false,
        },
        csrfToken: 'x',
      });
    if (url.pathname === '/api/v1/workplan/metrics') return json({ items: METRICS, total: METRICS.length });
    const preview = /^\/api\/v1\/workplan\/metrics\/([^/]+)\/preview$/.exec(url.pathname);
    if (preview)
      return json(previewOf(decodeURIComponent(preview[1]!), url.searchParams.get('regionCode') ?? '450000'));
    if (url.pathname === '/api/v1/dictionaries/region/entries') return json({ items: REGIONS, total: REGIONS.length });
    if (/^\/api\/v1\/workplan\/indicators\/[^/]+\/series$/.test(url.pathname))
      return json({ indicator: { target: 0, unit: '' }, points: [] }); // no reports: the chart shows none
    if (url.pathname === '/api/v1/workplan/plans')
      return json({ items: [{ id: 'plan-1', year: 2026, title: '2026年工作要点' }], total: 1 });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  const calls = () => fetchMock.mock.calls.map(([u, init]) => ({ url: String(u), init }));
  return { fetchMock, calls };
}
