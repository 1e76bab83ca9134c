import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { BulkAssignBar } from './BulkAssignBar';
import { fakeApi, pick } from './pick.test-helpers';

afterEach(() => vi.unstubAllGlobals());

describe('BulkAssignBar', () => {
  it('sends the picked items with the deadline only, once the date is well formed', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const body = url.includes('/orgs') ? { items: [], total: 0 } : { updated: 2 };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const onDone = vi.fn();
    renderWithProviders(<BulkAssignBar planId="p1" itemIds={['a', 'b']} onDone={onDone} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('bulk-assign').textContent).toContain('已选 2 项');
    const apply = screen.getByTestId('bulk-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(true); // nothing to assign yet
    fireEvent.change(screen.getByTestId('bulk-deadline'), { target: { value: '2024/9/30' } });
    expect(apply.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('bulk-deadline'), { target: { value: '2024-09-30' } });
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/items/assign'))!;
    expect(post[0]).toBe('/api/v1/workplan/plans/p1/items/assign');
    expect(JSON.parse(String((post as unknown as [string, RequestInit])[1].body))).toEqual({
      itemIds: ['a', 'b'],
      deadline: '2024-09-30',
    });
  });

  it('assigns several lead units at once', async () => {
    const api = fakeApi({ 'POST /items/assign': { body: { updated: 1 } } });
    const onDone = vi.fn();
    renderWithProviders(<BulkAssignBar planId="p1" itemIds={['a']} onDone={onDone} />, { locale: 'zh-CN' });
    await pick('bulk-lead-units', '南宁市生态环境局');
    await pick('bulk-lead-units', '柳州市生态环境局');
    await waitFor(() => expect((screen.getByTestId('bulk-apply') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('bulk-apply'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.sent('POST', '/items/assign')).toEqual([{ itemIds: ['a'], leadUnitIds: ['nn', 'lz'] }]);
  });
});
