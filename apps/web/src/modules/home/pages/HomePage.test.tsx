import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { HomePage } from './HomePage';

afterEach(() => vi.unstubAllGlobals());

const cityOfficer = {
  id: 'u1',
  username: 'nanning_officer',
  displayName: '南宁市局干部',
  orgId: 'o1',
  orgName: '南宁市生态环境局',
  regionCode: '450100',
  roles: ['city_officer'],
  permissions: ['stats:read', 'workplan:read', 'workplan:report', 'alerts:read', 'assessment:read'],
  scope: 'subtree',
  mustChangePassword: false,
};
const work = {
  plan: { id: 'p', title: '2026年工作要点', year: 2026 },
  reportsDue: [
    {
      roundLabel: '2026-10',
      dueDate: '2026-11-05',
      itemId: 'i1',
      itemTitle: '南宁扬尘治理',
      unitName: '南宁市生态环境局',
      dueState: 'overdue',
    },
  ],
  noticesToAnswer: [],
  reportsToReview: null,
  alerts: {
    open: 1,
    latest: [
      { id: 'a1', stationName: '南宁监测站', kind: 'silent', parameter: null, lastAt: '2026-11-28T01:00:00.000Z' },
    ],
  },
  targetsAtRisk: [
    {
      id: 't1',
      name: 'PM2.5年均浓度',
      regionName: '南宁市',
      unit: 'µg/m³',
      status: 'off_track',
      targetValue: 30,
      actual: 33.1,
    },
  ],
  permitsDue: [
    {
      enterpriseId: 'e1',
      enterpriseName: '南宁示范热电有限公司',
      uscc: '91450103MA5K00001X',
      permitId: 'p1',
      permitNo: '91450103MA5K00001X001P',
      kind: 'renewal_application',
      dueDate: '2026-12-20',
      daysLeft: 15,
      state: 'due_soon',
      permitState: 'renewal_window',
      periodKey: null,
      rule: { code: 'RENEWAL_APPLICATION', citation: '排污许可管理条例 第十四条', days: 60, dayKind: 'calendar' },
    },
    {
      enterpriseId: 'e2',
      enterpriseName: '柳州示范钢铁有限公司',
      uscc: '91450200MA5K00002X',
      permitId: 'p2',
      permitNo: '91450200MA5K00002X001P',
      kind: 'execution_report',
      dueDate: '2026-10-15',
      daysLeft: -51,
      state: 'overdue',
      permitState: 'valid',
      periodKey: '2026Q3',
      rule: {
        code: 'EXECUTION_REPORT_QUARTERLY',
        citation: '排污许可管理条例 第二十二条',
        days: 15,
        dayKind: 'calendar',
      },
    },
  ],
};

function stub(me: typeof cityOfficer): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      const body = url.startsWith('/api/v1/auth/me')
        ? { user: me, csrfToken: 't' }
        : url.startsWith('/api/v1/me/work')
          ? work
          : { orgs: 1, users: 2, dictionaries: 3, dictionaryEntries: 4, auditEntries: 5, loginsToday: 6 };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

describe('HomePage', () => {
  it('shows a city officer what they owe, not platform counters', async () => {
    const asked = stub(cityOfficer);
    renderWithProviders(<HomePage />, { locale: 'zh-CN', path: '/app' });
    await waitFor(() => expect(screen.getByTestId('work-reports-due').textContent).toContain('南宁扬尘治理'));
    expect(screen.getByTestId('work-reports-due').textContent).toContain('已超期');
    expect(screen.getByTestId('work-notices').textContent).toContain('暂无待办');
    expect(screen.queryByTestId('work-to-review')).toBeNull();
    expect(screen.getByTestId('work-alerts').textContent).toContain('未处理告警');
    expect(screen.getByTestId('work-alerts').textContent).toContain('南宁监测站');
    expect(screen.getByTestId('work-targets').textContent).toContain('难完成');
    // The permit clocks remind the regulating unit in words, never in codes.
    const permits = screen.getByTestId('work-permits-due').textContent ?? '';
    expect(permits).toContain('南宁示范热电有限公司');
    expect(permits).toContain('延续申请');
    expect(permits).toContain('2026Q3');
    expect(permits).not.toMatch(/renewal_application|execution_report|due_soon/);
    expect(document.body.textContent).not.toContain('组织机构数');
    expect(asked.some((u) => u.startsWith('/api/v1/stats/home'))).toBe(false);
  });

  it('keeps the platform counters for an administrator, below the work', async () => {
    stub({ ...cityOfficer, roles: ['admin'], permissions: [...cityOfficer.permissions, 'users:write'], scope: 'all' });
    renderWithProviders(<HomePage />, { locale: 'en', path: '/app' });
    await waitFor(() => expect(document.body.textContent).toContain('Platform'));
    expect(screen.getByTestId('my-work')).toBeTruthy();
  });
});
