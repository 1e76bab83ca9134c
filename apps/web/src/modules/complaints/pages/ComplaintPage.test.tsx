import type { ComplaintDetail } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { ComplaintPage } from './ComplaintPage';

afterEach(() => vi.unstubAllGlobals());

const detail = (over: Partial<ComplaintDetail> = {}): ComplaintDetail => ({
  id: 'c1',
  ref: 'AB12CD34',
  channel: 'portal',
  kind: 'odour',
  description: '夜间化工异味',
  regionCode: '450100',
  address: '南宁市某路1号',
  lon: 108.3,
  lat: 22.8,
  receivedOn: '2026-11-06',
  state: 'received',
  classification: null,
  anonymous: false,
  handlingOrgId: 'o-nn',
  handlingOrgName: '南宁市生态环境局',
  enterpriseId: null,
  enterpriseName: null,
  handoverBatch: null,
  nextDue: '2026-11-23',
  overdue: false,
  occurredOn: null,
  acceptedOn: null,
  repliedOn: null,
  extendedDays: 0,
  extensionReason: null,
  referral: null,
  mergedIntoId: null,
  enforcementCaseId: null,
  draftAnswer: null,
  publishedAnswer: null,
  substantiated: null,
  satisfaction: null,
  reviewReason: null,
  reviewAnswer: null,
  reReviewReason: null,
  reReviewAnswer: null,
  photoIds: [],
  clocks: [
    {
      code: 'ACCEPTANCE',
      from: '2026-11-06',
      dueDate: '2026-11-23',
      extended: 0,
      rolled: true,
      doneOn: null,
      satisfied: false,
      overdue: false,
      daysLeft: 17,
      rule: {
        citation: '信访工作条例 第二十三条',
        text: '',
        amount: 15,
        unit: 'calendar_day',
        party: 'authority',
        mark: '✅',
      },
    },
  ],
  events: [],
  possibleDuplicates: [],
  canViewIdentity: true,
  actions: ['accept', 'merge', 'transfer'],
  ...over,
});

function serve(d: ComplaintDetail) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(['complaints:read', 'complaints:handle']));
    if (url.pathname === '/api/v1/complaints/c1') return json(d);
    if (url.pathname === '/api/v1/complaints/c1/identity')
      return json({ anonymous: false, name: '韦秀英', phone: '13977771234', email: null });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/complaints/reports/:id" element={<ComplaintPage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/complaints/reports/c1' },
  );
  return () => fetchMock.mock.calls.map(([u]) => String(u));
}

describe('ComplaintPage', () => {
  it('shows the clocks and the steps, and the identity only after the audited "view" press', async () => {
    const calls = serve(detail());
    expect(await screen.findByText('夜间化工异味')).toBeTruthy();
    expect(screen.getByText('受理告知')).toBeTruthy();
    expect(screen.getByText('遇休息日顺延')).toBeTruthy();
    expect(screen.getByTestId('action-accept').textContent).toContain('受理分类');
    expect(screen.queryByText('韦秀英')).toBeNull();
    expect(calls().some((u) => u.includes('/identity'))).toBe(false);
    fireEvent.click(screen.getByTestId('identity-view'));
    await waitFor(() => expect(screen.getByTestId('identity-shown').textContent).toContain('韦秀英'));
    expect(calls().filter((u) => u.includes('/identity'))).toHaveLength(1);
  });

  it('never asks for the identity when the user is not of the handling unit', async () => {
    const calls = serve(detail({ canViewIdentity: false, actions: [] }));
    expect(await screen.findByTestId('identity-hidden')).toBeTruthy();
    expect(screen.queryByTestId('identity-view')).toBeNull();
    expect(calls().some((u) => u.includes('/identity'))).toBe(false);
  });
});
