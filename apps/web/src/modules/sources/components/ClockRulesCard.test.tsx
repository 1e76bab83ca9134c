import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { ClockRulesCard } from './ClockRulesCard';

afterEach(() => vi.unstubAllGlobals());

const rules = {
  rules: [
    {
      code: 'PERMIT_RENEWAL_APPLICATION',
      kind: 'renewal_application',
      citation: '排污许可管理条例 第十四条',
      text: '应当在有效期届满60日前向审批部门提出申请',
      days: 60,
      dayKind: 'calendar',
    },
  ],
  rollRestDayForward: true,
  dueSoonDays: 30,
  updatedAt: null,
};

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

function renderCard(canWrite: boolean) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
    void init;
    return json(rules);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<ClockRulesCard canWrite={canWrite} />, { locale: 'zh-CN' });
  return fetchMock;
}

describe('ClockRulesCard', () => {
  it('shows the rules read-only in Chinese with the ⚠ not-verified note, no rule code', async () => {
    renderCard(false);
    await screen.findByText('排污许可管理条例 第十四条');
    expect(screen.getByTestId('rules-note').textContent).toContain('规则参数为可配置数据，未经官方文本核实');
    expect(screen.getByTestId('clock-rules').textContent).toContain('自然日');
    expect(document.body.textContent).not.toContain('PERMIT_RENEWAL_APPLICATION');
    expect(screen.queryByTestId('rules-edit')).toBeNull();
  });

  it('lets a writer change a rule and sends only code, days and day kind', async () => {
    const fetchMock = renderCard(true);
    await screen.findByText('排污许可管理条例 第十四条');
    fireEvent.click(screen.getByTestId('rules-edit'));
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('rules-save'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      rules: [{ code: 'PERMIT_RENEWAL_APPLICATION', days: 45, dayKind: 'calendar' }],
    });
  });
});
