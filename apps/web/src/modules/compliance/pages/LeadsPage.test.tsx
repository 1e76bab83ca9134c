import type { Lead } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { CODE_GROUPS } from '../labels';
import { json, leadFixture, meFixture } from '../testing/fixtures';
import { LeadsPage } from './LeadsPage';

// happy-dom has no canvas: the chart box is a plain div (ECharts itself runs in the browser journey).
vi.mock('../../../ui/map/EChart', () => ({
  EChart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

afterEach(() => vi.unstubAllGlobals());

const OFFICER = ['compliance:read', 'compliance:triage'];
const ENTERPRISE = ['compliance:read', 'compliance:explain'];

/**
 * A server with one lead: the list (filtered by status as the server would), the lead, and each triage
 * step answering the lead as the server would after it. Returns the calls made, to read what was sent.
 */
function serve(permissions: string[], initial: Lead[]) {
  let leads = initial;
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname.startsWith('/api/v1/dictionaries/')) return json({ items: [], total: 0 });
    if (url.pathname === '/api/v1/compliance/leads') {
      const status = url.searchParams.get('status');
      const items = leads.filter((l) => !status || l.status === status);
      return json({ items, total: items.length });
    }
    const step = /^\/api\/v1\/compliance\/leads\/([^/]+)\/(dismiss|ask|case|explain)$/.exec(url.pathname);
    if (step && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as Record<string, string>;
      const status = {
        dismiss: 'dismissed',
        ask: 'explanation_requested',
        case: 'case_requested',
        explain: 'explained',
      }[step[2] as 'dismiss'] as Lead['status'];
      leads = leads.map((l) => (l.id === step[1] ? { ...l, ...body, status } : l));
      return json(leads.find((l) => l.id === step[1]));
    }
    const one = /^\/api\/v1\/compliance\/leads\/([^/]+)$/.exec(url.pathname);
    const lead = one && leads.find((l) => l.id === one[1]);
    if (lead) return json(lead);
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/app/compliance/leads" element={<LeadsPage />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/compliance/leads' },
  );
  const calls = () => fetchMock.mock.calls.map(([u, i]) => ({ url: String(u), init: i }));
  return { calls, posts: () => calls().filter((c) => c.init?.method === 'POST') };
}

/** Every code the server sends for leads; none may show raw on a zh-CN page. */
const CODES = new Set<string>(Object.values(CODE_GROUPS).flatMap((values) => [...values]));
function rawCodesIn(text: string): string[] {
  return text.split(/[^A-Za-z0-9_]+/).filter((w) => CODES.has(w) || /^[a-z]+_[a-z_]+$/.test(w) || w === 'so2');
}

describe('LeadsPage (线索收件箱)', () => {
  it('lists the open leads in Chinese words, never their codes', async () => {
    const { calls } = serve(OFFICER, [leadFixture(), leadFixture({ id: 'lead-2', status: 'dismissed' })]);
    expect((await screen.findByTestId('lead-kind-lead-1')).textContent).toBe('数值长时间恒定');
    // Open is the default filter: the dismissed one is not asked for.
    expect(screen.queryByTestId('lead-kind-lead-2')).toBeNull();
    expect(calls().some((c) => c.url.includes('/compliance/leads?') && c.url.includes('status=open'))).toBe(true);
    const table = screen.getByTestId('leads-table').textContent ?? '';
    for (const word of ['南宁示范热电有限公司', '二氧化硫', '待处理', '2026-03-01 08:00 ～ 14:00'])
      expect(table).toContain(word);
    expect(rawCodesIn(document.body.textContent ?? '')).toEqual([]);
    expect(screen.getByTestId('lead-filter-region')).toBeTruthy();
  });

  it('opens a lead with its evidence, the act it may indicate, and dismisses it with a reason', async () => {
    const { posts } = serve(OFFICER, [leadFixture()]);
    fireEvent.click(await screen.findByTestId('lead-open-lead-1'));
    const drawer = await screen.findByTestId('lead-detail');
    expect(within(drawer).getByTestId('lead-kind').textContent).toBe('数值长时间恒定');
    expect(within(drawer).getByTestId('lead-sign-description').textContent).toContain('流量有明显波动');
    expect(within(drawer).getByTestId('lead-evidence-chart')).toBeTruthy();
    // The detector's English record stays out of the Chinese page; its figures are worded.
    const evidence = within(drawer).getByTestId('lead-evidence').textContent ?? '';
    expect(evidence).not.toMatch(/minute-to-minute|flow ranged/);
    expect(evidence).toContain('小时数');
    expect(within(drawer).getByTestId('lead-act').textContent).toContain('环发〔2015〕175号第五条');
    expect(within(drawer).getByTestId('lead-act').textContent).not.toMatch(/simulation/);
    expect(rawCodesIn(within(drawer).getByTestId('lead-act').textContent ?? '')).toEqual([]);
    // An officer triages; answering is the enterprise's.
    for (const step of ['dismiss', 'ask', 'case'])
      expect(within(drawer).getByTestId(`lead-action-${step}`)).toBeTruthy();
    expect(within(drawer).queryByTestId('lead-action-explain')).toBeNull();

    fireEvent.click(within(drawer).getByTestId('lead-action-dismiss'));
    fireEvent.change(await screen.findByTestId('lead-action-text'), { target: { value: '  设备校准期间，已核实  ' } });
    fireEvent.click(screen.getByTestId('lead-action-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]!.url).toBe('/api/v1/compliance/leads/lead-1/dismiss');
    expect(JSON.parse(String(posts()[0]!.init?.body))).toEqual({ reason: '设备校准期间，已核实' });
    await waitFor(() => expect(screen.getByTestId('lead-status').textContent).toBe('已排除'));
    // A dismissed lead has no next step, and the open inbox no longer lists it.
    expect(screen.queryByTestId('lead-actions')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('leads-empty').textContent).toContain('暂无待处理的线索'));
  });

  it('gives an enterprise user the answer form for a question put to it, and no triage step', async () => {
    const asked = leadFixture({ status: 'explanation_requested', question: '请说明 3 月 1 日数值恒定的原因' });
    const { posts } = serve(ENTERPRISE, [asked]);
    fireEvent.click(await screen.findByTestId('lead-status-lead-1')); // not a button: the row opens it
    const drawer = await screen.findByTestId('lead-detail');
    expect(screen.queryByTestId('lead-filter-region')).toBeNull();
    expect(within(drawer).getByTestId('lead-history').textContent).toContain('请说明 3 月 1 日数值恒定的原因');
    for (const step of ['dismiss', 'ask', 'case'])
      expect(within(drawer).queryByTestId(`lead-action-${step}`)).toBeNull();

    fireEvent.click(within(drawer).getByTestId('lead-action-explain'));
    // Too short (the server trims and wants two characters): refused before sending.
    fireEvent.change(await screen.findByTestId('lead-action-text'), { target: { value: ' 修 ' } });
    fireEvent.click(screen.getByTestId('lead-action-submit'));
    await screen.findByText('至少 2 个字');
    expect(posts()).toEqual([]);

    fireEvent.change(screen.getByTestId('lead-action-text'), { target: { value: '当日锅炉停炉检修，流量为吹扫风机' } });
    fireEvent.click(screen.getByTestId('lead-action-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]!.url).toBe('/api/v1/compliance/leads/lead-1/explain');
    expect(JSON.parse(String(posts()[0]!.init?.body))).toEqual({ explanation: '当日锅炉停炉检修，流量为吹扫风机' });
  });

  it('says in Chinese that there is nothing open on an empty database', async () => {
    serve(OFFICER, []);
    expect((await screen.findByTestId('leads-empty')).textContent).toContain('暂无待处理的线索');
    expect(document.body.textContent).not.toMatch(/No data|No leads/);
  });
});
