import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { Item } from '../types';
import { ItemEditForm } from './ItemEditForm';

afterEach(() => vi.unstubAllGlobals());

const item: Item = {
  id: 'item-1',
  planId: 'p',
  parentId: null,
  rootId: 'item-1',
  kind: 'task',
  level: 2,
  number: '',
  title: '基本完成茅尾海入海排污口整治',
  text: '',
  position: 1,
  tags: ['marine'],
  units: [{ orgId: 'qz', orgName: '钦州市生态环境局', role: 'lead' }],
  regionCodes: [],
  startDate: null,
  deadline: '2024-12-31',
  milestones: [],
  doneAt: null,
  status: 'on_track',
  statusReasons: [],
  lastPercent: null,
  indicators: [],
};

const field = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' ? el : el.querySelector('input')!;
};

describe('ItemEditForm', () => {
  it('refuses a malformed deadline, then sends only what the form holds (the lead unit unchanged is not sent)', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      const body = url.includes('/orgs')
        ? { items: [], total: 0 }
        : { ...item, ...JSON.parse(String(init?.body ?? '{}')) };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<ItemEditForm item={item} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-edit'));
    await waitFor(() => expect(field('item-edit-deadline')).toBeTruthy());
    expect((field('item-edit-title') as HTMLInputElement).value).toBe('基本完成茅尾海入海排污口整治');

    fireEvent.change(field('item-edit-deadline'), { target: { value: '2024/11/30' } });
    fireEvent.click(screen.getByTestId('item-edit-save'));
    await waitFor(() => expect(document.body.textContent).toContain('日期格式为 YYYY-MM-DD'));
    const patches = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
    expect(patches()).toEqual([]);

    fireEvent.change(field('item-edit-deadline'), { target: { value: '2024-11-30' } });
    fireEvent.change(field('item-edit-title'), { target: { value: '完成茅尾海入海排污口整治 ' } });
    fireEvent.click(screen.getByTestId('item-edit-save'));
    await waitFor(() => expect(patches()).toHaveLength(1));
    const [url, init] = patches()[0]!;
    expect(url).toBe('/api/v1/workplan/items/item-1');
    expect(JSON.parse(String(init!.body))).toEqual({ title: '完成茅尾海入海排污口整治', deadline: '2024-11-30' });
  });
});
