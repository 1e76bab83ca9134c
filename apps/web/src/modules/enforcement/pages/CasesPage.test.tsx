import type { CaseSummary } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { caseFixture, clockFixture } from '../testing/fixtures';
import { CasesPage } from './CasesPage';

afterEach(() => vi.unstubAllGlobals());

const summary = (overrides: Partial<CaseSummary> = {}): CaseSummary => {
  const {
    events: _e,
    clocks: _c,
    penalty: _p,
    limitation: _l,
    dailyPenalty: _d,
    allowedEvents: _a,
    ...rest
  } = caseFixture();
  return { ...rest, ...overrides } as CaseSummary;
};

function serve(permissions: string[], cases: CaseSummary[]) {
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname.startsWith('/api/v1/dictionaries/')) return json({ items: [], total: 0 });
    if (url.pathname === '/api/v1/sources/enterprises')
      return json({
        items: [{ id: 'e1', name: '南宁示范热电有限公司', regionName: '青秀区' }],
        total: 1,
      });
    if (url.pathname === '/api/v1/enforcement/cases' && init?.method === 'POST')
      return json(caseFixture({ id: 'case-new', caseNo: '环罚〔2026〕2号', state: 'lead' }), 201);
    if (url.pathname === '/api/v1/enforcement/cases') {
      const state = url.searchParams.get('state');
      const items = cases.filter((c) => !state || c.state === state);
      return json({ items, total: items.length });
    }
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/enforcement/cases" element={<CasesPage />} />
      <Route path="/app/enforcement/cases/:id" element={<div data-testid="case-page-opened" />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/enforcement/cases' },
  );
  const calls = () => fetchMock.mock.calls.map(([u, i]) => ({ url: String(u), init: i }));
  return { calls, posts: () => calls().filter((c) => c.init?.method === 'POST') };
}

async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.querySelector('.ant-select-selector') ?? select);
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

describe('CasesPage (案件列表)', () => {
  it('lists the cases with the next clock in words, overdue in red, and the fine with separators', async () => {
    const payment = clockFixture({ code: 'PAYMENT', dueDate: '2026-11-25', daysLeft: -5, overdue: true });
    serve(
      ['enforcement:read', 'enforcement:write'],
      [
        summary(),
        summary({
          id: 'case-2',
          caseNo: '环罚〔2026〕2号',
          state: 'overdue',
          fineYuan: 200_000,
          nextClock: payment,
          overdue: true,
        }),
      ],
    );
    expect((await screen.findByTestId('case-state-case-2')).textContent).toBe('逾期未缴纳');
    expect(screen.getByTestId('case-clock-case-2').textContent).toBe('缴纳罚款期限2026-11-25 到期逾期 5 天');
    expect(screen.getByTestId('case-clock-case-2').querySelector('.ant-tag-error')).toBeTruthy();
    expect(screen.getByTestId('case-fine-case-2').textContent).toBe('200,000 元');
    expect(screen.getByTestId('case-clock-case-1').textContent).toContain('剩 85 天');
    expect(screen.getByTestId('case-violation-case-1').textContent).toBe('超过许可排放浓度、许可排放量排放水污染物');
    expect(screen.getByTestId('case-open-case-1').getAttribute('href')).toBe('/app/enforcement/cases/case-1');
    expect(document.body.textContent).not.toMatch(/PAYMENT|water_exceed|overdue/);
  });

  it('filters by stage through the server', async () => {
    const { calls } = serve(['enforcement:read'], [summary(), summary({ id: 'case-2', state: 'lead' })]);
    await screen.findByTestId('case-state-case-2');
    await pick('case-filter-state', '待立案');
    await waitFor(() => expect(screen.queryByTestId('case-state-case-1')).toBeNull());
    expect(calls().some((c) => c.url.includes('state=lead'))).toBe(true);
    // A reader (a leader, an analyst) opens no case.
    expect(screen.queryByTestId('case-create')).toBeNull();
  });

  it('opens a case by hand and goes to its page', async () => {
    const { posts } = serve(['enforcement:read', 'enforcement:write'], []);
    fireEvent.click(await screen.findByTestId('case-create'));
    await pick('case-create-enterprise', '南宁示范热电有限公司（青秀区）');
    await pick('case-create-violation', '以逃避监管的方式排放水污染物');
    fireEvent.change(screen.getByTestId('case-create-act-date'), { target: { value: '2026-10-20' } });
    fireEvent.change(screen.getByTestId('case-create-facts'), { target: { value: ' 群众举报夜间偷排 ' } });
    fireEvent.click(screen.getByTestId('case-create-submit'));
    await screen.findByTestId('case-page-opened');
    expect(JSON.parse(String(posts()[0]!.init?.body))).toEqual({
      enterpriseId: 'e1',
      violation: 'water_evasion',
      actDate: '2026-10-20',
      actEndDate: null,
      causedHarm: false,
      facts: '群众举报夜间偷排',
    });
  });
});
