import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { Item } from '../types';
import { ItemEditForm } from './ItemEditForm';
import { fakeApi, pick } from './pick.test-helpers';

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

  it('sends several lead units and co-units when they changed, and a guessed deadline once confirmed', async () => {
    const guessed: Item = {
      ...item,
      units: [{ orgId: 'nn', orgName: '南宁市生态环境局', role: 'lead' }],
      deadlineSource: 'default',
    };
    const api = fakeApi({ 'PATCH /items/item-1': (body) => ({ body: { ...guessed, ...(body as object) } }) });
    const first = renderWithProviders(<ItemEditForm item={guessed} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-edit'));
    await waitFor(() => expect(document.body.textContent).toContain('默认（年底），请核实'));
    await pick('item-edit-lead-units', '柳州市生态环境局');
    await pick('item-edit-co-units', '生态环境厅');
    fireEvent.click(screen.getByTestId('item-edit-save'));
    await waitFor(() => expect(api.sent('PATCH', '/items/item-1')).toHaveLength(1));
    // The deadline unchanged and not confirmed is not sent: its source stays the importer's.
    expect(api.sent('PATCH', '/items/item-1')[0]).toEqual({
      title: '基本完成茅尾海入海排污口整治',
      leadUnitIds: ['nn', 'lz'],
      coUnitIds: ['dept'],
    });

    first.unmount(); // the page shows the item as saved; here it is shown afresh, unchanged
    renderWithProviders(<ItemEditForm item={guessed} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-edit'));
    fireEvent.click(await screen.findByTestId('item-edit-deadline-confirm'));
    fireEvent.click(screen.getByTestId('item-edit-save'));
    await waitFor(() => expect(api.sent('PATCH', '/items/item-1')).toHaveLength(2));
    expect(api.sent('PATCH', '/items/item-1')[1]).toEqual({
      title: '基本完成茅尾海入海排污口整治',
      deadline: '2024-12-31',
    });
  });
});
