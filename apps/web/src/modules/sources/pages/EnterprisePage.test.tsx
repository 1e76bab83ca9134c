import type { EnterpriseFile } from '@ecocloud/contracts';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { LABEL_GROUPS } from '../labels';
import { json, OUTLETS, PERMIT } from '../testing/fixtures';
import { EnterprisePage } from './EnterprisePage';

afterEach(() => vi.unstubAllGlobals());

const enterprise: EnterpriseFile['enterprise'] = {
  id: 'e1',
  uscc: '91450100MA5KXXXX0A',
  name: '南宁示范热电有限公司',
  industryCode: '4411',
  industryLabel: '火力发电',
  regionCode: '450100',
  regionName: '南宁市',
  address: '南宁市江南区某路 1 号',
  lon: 108.3,
  lat: 22.8,
  category: 'key',
  keyListYear: 2026,
  keyListTypes: ['air', 'water'],
  legalRepresentative: '张三',
  contacts: [{ name: '李四', title: '环保负责人', phone: '0771-1234567' }],
  status: 'operating',
  regulatorOrgId: 'org-nn',
  regulatorOrgName: '南宁市生态环境局',
  enterpriseOrgId: null,
  permitSituation: 'renewal_window',
  permitValidTo: '2027-01-20',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const file: EnterpriseFile = {
  enterprise,
  outlets: [
    // The air outlet's standard is one whose reference O₂ is unverified (GB 13223 thermal power).
    { ...OUTLETS[0]!, oxygenReference: { percent: 6, verified: false, source: 'GB 13223-2011' }, stationIds: ['st-1'] },
    OUTLETS[1]!,
  ],
  permits: [{ ...PERMIT, state: 'renewal_window', reportFrequencies: ['annual', 'quarterly'] }],
  events: [
    {
      id: 'ev1',
      permitId: 'p1',
      kind: 'granted',
      eventDate: '2022-01-21',
      note: '',
      newValidTo: null,
      documents: [{ id: 'doc1', filename: '许可证正本.pdf', size: 1000 }],
      createdBy: null,
      createdAt: '2022-01-21T00:00:00.000Z',
    },
  ],
  due: [
    {
      enterpriseId: 'e1',
      enterpriseName: enterprise.name,
      uscc: enterprise.uscc,
      permitId: 'p1',
      permitNo: '91450100MA5KXXXX0A001P',
      kind: 'renewal_application',
      dueDate: '2026-11-21',
      daysLeft: 12,
      state: 'due_soon',
      periodKey: null,
      rule: {
        code: 'PERMIT_RENEWAL_APPLICATION',
        citation: '排污许可管理条例 第十四条',
        days: 60,
        dayKind: 'calendar',
      },
      permitState: 'renewal_window',
    },
  ],
  reports: [
    {
      id: null,
      permitId: 'p1',
      permitNo: '91450100MA5KXXXX0A001P',
      enterpriseId: 'e1',
      enterpriseName: enterprise.name,
      frequency: 'quarterly',
      periodKey: '2026Q3',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      dueDate: '2026-10-15',
      submittedAt: null,
      state: 'missing',
      foldedInto: null,
      summary: '',
    },
  ],
};

const me = {
  user: {
    id: 'u1',
    username: 'admin',
    displayName: '管理员',
    orgId: 'org-1',
    orgName: '生态环境厅',
    regionCode: '450000',
    permissions: ['sources:read', 'sources:write'],
    roles: ['admin'],
    scope: 'all',
    mustChangePassword: false,
  },
  csrfToken: 'x',
};

function renderPage(permissions: string[] = ['sources:read', 'sources:write']) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      // The file carries its due items: the page asks nothing else for them.
      if (url === '/api/v1/sources/enterprises/e1/file') return json(file);
      if (url.startsWith('/api/v1/auth/me')) return json({ ...me, user: { ...me.user, permissions } });
      return json({ error: { code: 'NOT_FOUND', message: url } }, 404);
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/app/sources/enterprises/:id" element={<EnterprisePage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/sources/enterprises/e1' },
  );
}

describe('EnterprisePage (一企一档)', () => {
  it('shows the renewal deadline, limits with the special period, the unverified O₂ and the history', async () => {
    renderPage();
    await screen.findByTestId('enterprise-name');
    expect(screen.getByTestId('renewal-due').textContent).toContain('距到期 12 天');
    expect(screen.getByTestId('special-period').textContent).toContain('重污染天气');
    expect(screen.getByTestId('oxygen-unverified-DA001').textContent).toContain('未核实');
    expect(screen.getByTestId('permit-events').textContent).toContain('核发');
    expect(
      screen
        .getByText(/许可证正本\.pdf/)
        .closest('a')
        ?.getAttribute('href'),
    ).toBe('/api/v1/sources/documents/doc1');
    expect(screen.getByTestId('enterprise-qr')).toBeTruthy();
  });

  it('renders Chinese words and no raw enum code', async () => {
    renderPage();
    await screen.findByTestId('enterprise-name');
    await waitFor(() => expect(screen.getByTestId('outlets-table').textContent).toContain('废气'));
    const text = document.body.textContent ?? '';
    for (const word of [
      '重点管理',
      '废水',
      '主要排放口',
      '一般排放口',
      '待延续',
      '延续申请',
      '未提交',
      '季度报告',
      '二氧化硫',
      '氮氧化物',
    ]) {
      expect(text).toContain(word);
    }
    const codes = new Set(Object.values(LABEL_GROUPS).flatMap((values) => [...values]));
    const words = text.split(/[^A-Za-z_]+/).filter(Boolean);
    expect(words.filter((w) => codes.has(w as never) || /_/.test(w))).toEqual([]);
    expect(words).not.toContain('so2');
  });

  const WRITE_BUTTONS = [
    'record-event',
    'enterprise-edit',
    'permit-add',
    'outlet-add',
    'outlet-edit-DA001',
    'limits-edit-91450100MA5KXXXX0A001P',
  ];

  it('offers the register forms with sources:write', async () => {
    renderPage();
    await screen.findByTestId('record-event');
    for (const id of WRITE_BUTTONS) expect(screen.getByTestId(id)).toBeTruthy();
  });

  it('links an outlet with a logger to its compliance page, for compliance:read only', async () => {
    renderPage(['sources:read', 'compliance:read']);
    const link = await screen.findByTestId('outlet-compliance-DA001');
    expect(link.getAttribute('href')).toBe('/app/compliance/outlets/o1?enterprise=e1');
    expect(link.textContent).toBe('达标情况');
    expect(screen.queryByTestId('outlet-compliance-DW001')).toBeNull(); // no logger, nothing judged
  });

  it('hides every write button from a reader', async () => {
    renderPage(['sources:read']);
    await screen.findByTestId('enterprise-name');
    await waitFor(() => expect(screen.getByTestId('outlets-table')).toBeTruthy());
    for (const id of WRITE_BUTTONS) expect(screen.queryByTestId(id)).toBeNull();
    expect(screen.queryByTestId('outlet-compliance-DA001')).toBeNull();
  });
});
