import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { recordFixture } from './fixtures';
import { RepairRecordsPage } from './RepairRecordsPage';

afterEach(() => vi.unstubAllGlobals());

function serve(permissions: string[]) {
  const records = [
    recordFixture(),
    recordFixture({
      id: 'r2',
      decisionNo: '环罚〔2026〕9号',
      punishmentClass: 'serious',
      classSource: 'officer',
      earliestRepairDate: '2999-01-01',
    }),
    recordFixture({
      id: 'r3',
      decisionNo: '环罚〔2026〕10号',
      punishmentClass: 'minor',
      published: false,
      state: 'not_published',
      earliestRepairDate: null,
      automaticRemovalDate: null,
    }),
  ];
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
    if (url.pathname === '/api/v1/credit/repair/records/r1/requests' && init?.method === 'POST')
      return json({ error: { code: 'REPAIR_NOT_YET_ALLOWED', message: 'x' } }, 409);
    if (url.pathname === '/api/v1/credit/repair/records') return json({ items: records, total: records.length });
    return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<RepairRecordsPage />, { locale: 'zh-CN', path: '/app/credit/repair/records' });
  return fetchMock;
}

describe('RepairRecordsPage (处罚信息公示)', () => {
  it('shows each record with its class, regime, dates and publication state in Chinese', async () => {
    serve(['credit:read']);
    const table = await screen.findByTestId('credit-records');
    await within(table).findByText('环罚〔2026〕1号');
    expect(within(table).getByText('一般失信')).toBeTruthy();
    expect(within(table).getAllByText('默认认定（待确认）').length).toBe(2);
    expect(within(table).getAllByText('信用修复管理办法（2026-04-01起）').length).toBe(3);
    expect(within(table).getByText('2026-07-02')).toBeTruthy();
    expect(within(table).getAllByText('公示中').length).toBe(2);
    expect(within(table).getByText('不予公示')).toBeTruthy();
    expect(within(table).getAllByText('缴纳罚款：未履行').length).toBe(3);
    expect(screen.queryByText('general')).toBeNull();
    // A reader who may not ask for repair sees no button; no officer tools either.
    expect(screen.queryByText('申请修复')).toBeNull();
    expect(screen.queryByTestId('credit-from-cases')).toBeNull();
  });

  it('lets the enterprise ask for repair from the earliest date only, and words a refusal', async () => {
    const fetchMock = serve(['credit:disclose']);
    await screen.findByText('环罚〔2026〕1号');
    expect(screen.getByText('2999-01-01起可申请')).toBeTruthy();
    fireEvent.click(screen.getByTestId('apply-r1'));
    fireEvent.change(await screen.findByTestId('repair-statement'), { target: { value: '已缴清罚款' } });
    fireEvent.click(screen.getByTestId('repair-submit'));
    expect(await screen.findByText('最短公示期未满，尚不能申请信用修复')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, i]) => (i as RequestInit | undefined)?.method === 'POST');
    expect(JSON.parse(String((post![1] as RequestInit).body))).toEqual({ statement: '已缴清罚款' });
  });

  it('gives an officer the class picker, the records from decisions and the form by hand', async () => {
    const fetchMock = serve(['credit:read', 'credit:write']);
    await screen.findByText('环罚〔2026〕1号');
    expect(screen.getByTestId('class-r1')).toBeTruthy();
    expect(screen.getByTestId('credit-from-cases')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('申请修复').length).toBe(1));
    fireEvent.click(screen.getByTestId('credit-by-hand'));
    fireEvent.change(await screen.findByTestId('hand-record-no'), { target: { value: '南环罚〔2026〕3号' } });
    fireEvent.click(screen.getByTestId('hand-record-submit'));
    // The enterprise, the violation and the day are required: nothing is sent.
    expect((await screen.findAllByText('必填')).length).toBeGreaterThan(0);
    expect(fetchMock.mock.calls.some(([, i]) => (i as RequestInit | undefined)?.method === 'POST')).toBe(false);
  });
});
