import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json } from '../testing/fixtures';
import { DeadlineOverridesCard } from './DeadlineOverridesCard';

afterEach(() => vi.unstubAllGlobals());

const seeded = {
  id: 'ov1',
  frequency: 'annual',
  periodKey: '2023',
  dueDate: '2024-02-29',
  note: '环办执法函〔2024〕1号',
};

function renderCard(canWrite: boolean, answer: (init: RequestInit) => Response) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
    init?.method && init.method !== 'GET' ? answer(init) : json({ items: [seeded] }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<DeadlineOverridesCard canWrite={canWrite} />, { locale: 'zh-CN' });
  return () => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== 'GET');
}

const forbidden = () =>
  json({ error: { code: 'FORBIDDEN', message: 'need province-wide scope', requestId: 'r' } }, 403);

describe('DeadlineOverridesCard', () => {
  it('lists the overrides in words, read-only without the right to write', async () => {
    renderCard(false, forbidden);
    await screen.findByText('2023 年度');
    expect(screen.getByTestId('deadline-overrides').textContent).toContain('年度报告');
    expect(screen.getByTestId('deadline-overrides').textContent).toContain('2024-02-29');
    expect(screen.queryByTestId('override-add')).toBeNull();
    expect(screen.queryByTestId('override-delete-2023')).toBeNull();
  });

  it('adds an override with frequency, period, due date and note', async () => {
    const writes = renderCard(true, (init) => json({ id: 'ov2', ...JSON.parse(String(init.body)) }, 201));
    await screen.findByText('2023 年度');
    fireEvent.click(screen.getByTestId('override-add'));
    fireEvent.change(await screen.findByTestId('override-period'), { target: { value: '2025' } });
    fireEvent.change(screen.getByTestId('override-due'), { target: { value: '2026-03-15' } });
    fireEvent.change(screen.getByTestId('override-note'), { target: { value: '部通知延期' } });
    fireEvent.click(screen.getByTestId('override-submit'));
    await waitFor(() => expect(writes()).toHaveLength(1));
    const [url, init] = writes()[0]!;
    expect(url).toBe('/api/v1/sources/report-deadline-overrides');
    expect(JSON.parse(String(init?.body))).toEqual({
      frequency: 'annual',
      periodKey: '2025',
      dueDate: '2026-03-15',
      note: '部通知延期',
    });
  });

  it('refuses a period that does not fit the frequency before sending', async () => {
    const writes = renderCard(true, forbidden);
    await screen.findByText('2023 年度');
    fireEvent.click(screen.getByTestId('override-add'));
    fireEvent.change(await screen.findByTestId('override-period'), { target: { value: '2025Q3' } });
    fireEvent.change(screen.getByTestId('override-due'), { target: { value: '2026-03-15' } });
    fireEvent.click(screen.getByTestId('override-submit'));
    await screen.findByText('报告期格式与报告类型不符');
    expect(writes()).toEqual([]);
  });

  it('says in Chinese why a 403 refused the change', async () => {
    renderCard(true, forbidden);
    await screen.findByText('2023 年度');
    fireEvent.click(screen.getByTestId('override-add'));
    fireEvent.change(await screen.findByTestId('override-period'), { target: { value: '2025' } });
    fireEvent.change(screen.getByTestId('override-due'), { target: { value: '2026-03-15' } });
    fireEvent.click(screen.getByTestId('override-submit'));
    const alert = await screen.findByTestId('override-forbidden');
    expect(alert.textContent).toContain('只有全省范围的管理员可以修改');
    await waitFor(() => expect(document.body.textContent).toContain('[FORBIDDEN] 没有权限执行此操作'));
  });
});
