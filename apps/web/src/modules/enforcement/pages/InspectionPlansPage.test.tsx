import type { InspectionPlan } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { InspectionPlansPage } from './InspectionPlansPage';

// Only Date is faked: today is 2026-11-28 in Beijing (the modal's earliest inspection date).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T02:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type Summary = Omit<InspectionPlan, 'objects'>;

const summary = (overrides: Partial<Summary>): Summary => ({
  id: 'p1',
  orgId: 'org-nn',
  orgName: '南宁市生态环境局',
  regionCode: '450100',
  period: '2026-Q4',
  inspectionDate: '2026-11-16',
  algorithm: 'sha256-counter-fisher-yates@1',
  rates: [{ library: 'key', percent: '25' }],
  libraries: [{ library: 'key', poolSize: 8, percent: '25', required: 2 }],
  objectCount: 2,
  publishedAt: '2026-11-17T01:00:00.000Z',
  createdBy: 'u1',
  createdAt: '2026-11-01T00:00:00.000Z',
  hidden: false,
  seed: 'seed-q4',
  ...overrides,
});

const PLANS = [
  summary({}),
  summary({
    id: 'p2',
    period: '2026-12',
    inspectionDate: '2026-12-07',
    objectCount: 5,
    publishedAt: null,
    hidden: true,
    seed: null,
  }),
];

type Sent = { method: string; body: unknown };

function serve(permissions: string[], created?: (body: Record<string, unknown>) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
      if (url.pathname === '/api/v1/enforcement/inspection-plans') {
        if (init?.method === 'POST') {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          sent.push({ method: 'POST', body });
          return created ? created(body) : json({ ...summary({ id: 'p-new' }), objects: [], objectCount: 3 }, 201);
        }
        return json({ items: PLANS });
      }
      return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/app/enforcement/inspections" element={<InspectionPlansPage />} />
      <Route path="/app/enforcement/inspections/:id" element={<div data-testid="plan-page-opened">opened</div>} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/enforcement/inspections' },
  );
  return sent;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('InspectionPlansPage (双随机抽查)', () => {
  it('lists the plans with links, counts and their publication in Chinese', async () => {
    serve(['enforcement:read']);
    const link = await screen.findByTestId('plan-link-p1');
    expect(link.textContent).toBe('2026-Q4');
    expect(link.getAttribute('href')).toBe('/app/enforcement/inspections/p1');
    expect(screen.getByTestId('plan-link-p2').textContent).toBe('2026-12');
    expect(screen.getByTestId('plan-published-p1').textContent).toBe('已于 2026-11-17 公开');
    expect(screen.getByTestId('plan-published-p2').textContent).toBe('未公开');
    const rows = screen.getByTestId('plans-table').querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('5 家');
    expect(rows[1]!.textContent).toContain('2026-12-07');
    // Reading is not planning: no draw button.
    expect(screen.queryByTestId('plan-create')).toBeNull();
  });

  it('the draw form refuses a bad region and period and sends nothing', async () => {
    const sent = serve(['enforcement:read', 'enforcement:plan']);
    fireEvent.click(await screen.findByTestId('plan-create'));
    type('plan-create-region', '4501');
    type('plan-create-period', '2026-Q5');
    fireEvent.click(screen.getByTestId('plan-create-submit'));
    expect(await screen.findByText('周期格式不正确')).toBeTruthy();
    expect(screen.getAllByText('六位行政区划代码').length).toBeGreaterThan(0);
    expect(screen.getAllByText('必填').length).toBe(1); // the inspection date
    expect(screen.getByTestId('plan-create-date').getAttribute('min')).toBe('2026-11-28');
    expect(sent).toEqual([]);
  });

  it('sends the trimmed plan with its seed and opens the new plan', async () => {
    const sent = serve(['enforcement:read', 'enforcement:plan']);
    fireEvent.click(await screen.findByTestId('plan-create'));
    type('plan-create-region', '450100');
    type('plan-create-period', '2027-Q1');
    type('plan-create-date', '2027-01-12');
    type('plan-create-seed', '  公开种子-2027  ');
    fireEvent.click(screen.getByTestId('plan-create-submit'));
    expect(await screen.findByTestId('plan-page-opened')).toBeTruthy();
    expect(sent).toEqual([
      {
        method: 'POST',
        body: { regionCode: '450100', period: '2027-Q1', inspectionDate: '2027-01-12', seed: '公开种子-2027' },
      },
    ]);
  });

  it('leaves the seed out when none is given, and words a refusal in the form', async () => {
    const sent = serve(['enforcement:read', 'enforcement:plan'], () =>
      json({ error: { code: 'INSPECTION_PLAN_EXISTS', message: 'a plan exists' } }, 409),
    );
    fireEvent.click(await screen.findByTestId('plan-create'));
    type('plan-create-region', '450100');
    type('plan-create-period', '2026-Q4');
    type('plan-create-date', '2026-12-01');
    fireEvent.click(screen.getByTestId('plan-create-submit'));
    const error = await screen.findByTestId('plan-create-error');
    expect(sent[0]!.body).toEqual({ regionCode: '450100', period: '2026-Q4', inspectionDate: '2026-12-01' });
    await waitFor(() => expect(error.textContent).not.toMatch(/[A-Za-z]{3,}/));
    expect(error.textContent!.length).toBeGreaterThan(2);
    expect(screen.queryByTestId('plan-page-opened')).toBeNull();
  });
});
