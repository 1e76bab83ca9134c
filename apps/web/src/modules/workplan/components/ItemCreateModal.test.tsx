import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { anItem } from '../item-fixture.test-helpers';
import type { Item } from '../types';
import { ItemCreateModal } from './ItemCreateModal';
import { fakeApi, field, pick } from './pick.test-helpers';

afterEach(() => vi.unstubAllGlobals());

const session = (permissions: string[]) => ({
  body: {
    user: {
      id: 'u1',
      username: 'dept_officer',
      displayName: '厅干部',
      orgId: 'dept',
      orgName: '生态环境厅',
      regionCode: '450000',
      permissions,
      roles: ['admin'],
      scope: 'all',
      mustChangePassword: false,
    },
    csrfToken: 'x',
  },
});
const WRITER = ['workplan:read', 'workplan:write'];

const section = anItem({ id: 'sec', parentId: null, kind: 'section', level: 1, number: '一、', title: '大气' });
const task = anItem({ id: 'a', parentId: 'sec', kind: 'task', number: '（一）', title: '推进工业源治理' });
const planItems = [section, task];
const created = anItem({ id: 'new-1', title: '新事项' });

/** The modal where a page mounts it, and the new item's page to land on. */
function render(parent?: Item) {
  renderWithProviders(
    <Routes>
      <Route path="/app/workplan" element={<ItemCreateModal planId="p" {...(parent ? { parent } : {})} />} />
      <Route path="/app/workplan/items/:id" element={<div data-testid="item-page-opened" />} />
    </Routes>,
    { locale: 'zh-CN', path: '/app/workplan' },
  );
}

const kindShown = () => screen.getByTestId('item-create-kind').textContent;
const errorsOf = (testId: string) =>
  screen.getByTestId(testId).closest('.ant-form-item')!.querySelector('.ant-form-item-explain')?.textContent ?? '';

describe('ItemCreateModal', () => {
  it('新增事项: refuses an empty title and an impossible deadline, then posts the parent, kind, units and deadline and opens the item', async () => {
    const api = fakeApi({
      'GET /auth/me': session(WRITER),
      'GET /plans/p/items': { body: { items: planItems, total: planItems.length } },
      'POST /plans/p/items': { status: 201, body: created },
    });
    render();
    fireEvent.click(await screen.findByTestId('item-create'));
    await screen.findByTestId('item-create-title');
    expect(kindShown()).toContain('部分'); // at the top level, a heading

    fireEvent.change(field('item-create-deadline'), { target: { value: '2025-02-30' } });
    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(errorsOf('item-create-title')).toBe('请填写事项标题'));
    expect(errorsOf('item-create-deadline')).toBe('请填写有效日期，格式为 YYYY-MM-DD');
    fireEvent.change(field('item-create-deadline'), { target: { value: '2025/06/30' } });
    fireEvent.change(field('item-create-title'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(errorsOf('item-create-deadline')).toBe('请填写有效日期，格式为 YYYY-MM-DD'));
    expect(errorsOf('item-create-title')).toBe('请填写事项标题');
    expect(api.sent('POST', '/plans/p/items')).toEqual([]);

    await pick('item-create-parent', '（一）推进工业源治理');
    await waitFor(() => expect(kindShown()).toContain('措施')); // under a task, a measure
    await pick('item-create-parent', '一、大气');
    await waitFor(() => expect(kindShown()).toContain('任务')); // under a heading, a task
    fireEvent.change(field('item-create-number'), { target: { value: '（二）' } });
    fireEvent.change(field('item-create-title'), { target: { value: ' 推进移动源治理 ' } });
    fireEvent.change(screen.getByTestId('item-create-text'), { target: { value: '淘汰国三及以下柴油货车' } });
    await pick('item-create-lead-units', '南宁市生态环境局');
    await pick('item-create-lead-units', '柳州市生态环境局');
    await pick('item-create-co-units', '生态环境厅');
    fireEvent.change(field('item-create-deadline'), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByTestId('item-create-submit'));

    await screen.findByTestId('item-page-opened');
    expect(api.sent('POST', '/plans/p/items')).toEqual([
      {
        parentId: 'sec',
        kind: 'task',
        number: '（二）',
        title: '推进移动源治理',
        text: '淘汰国三及以下柴油货车',
        leadUnitIds: ['nn', 'lz'],
        coUnitIds: ['dept'],
        regionCodes: [],
        deadline: '2025-06-30',
      },
    ]);
    await waitFor(() => expect(document.querySelector('.ant-message')?.textContent).toContain('事项已创建'));
  });

  it('新增下级事项: the parent fixed, a measure under a task; server refusals shown on their fields in Chinese', async () => {
    const answers = [
      {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'the item would be outside your reach',
            details: [{ path: 'body.leadUnitIds', message: 'name a unit in your reach' }],
          },
        },
      },
      {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'invalid body.title',
            details: [
              { path: 'body.title', message: 'Too big', code: 'too_big', params: { origin: 'string', maximum: 500 } },
            ],
          },
        },
      },
      {
        status: 404,
        body: {
          error: {
            code: 'ITEM_NOT_FOUND',
            message: 'parent item not found',
            details: [{ path: 'body.parentId', message: 'not found in your reach' }],
          },
        },
      },
      { status: 404, body: { error: { code: 'PLAN_NOT_FOUND', message: 'plan not found' } } },
    ];
    const api = fakeApi({
      'GET /auth/me': session(WRITER),
      'POST /plans/p/items': () => answers.shift()!,
    });
    render(task);
    fireEvent.click(await screen.findByTestId('item-create-child'));
    expect((await screen.findByTestId('item-create-parent')).textContent).toBe('（一）推进工业源治理');
    expect(kindShown()).toContain('措施');
    fireEvent.change(field('item-create-title'), { target: { value: '排查工业企业' } });
    await pick('item-create-lead-units', '柳州市生态环境局');

    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(errorsOf('item-create-lead-units')).toBe('单位不存在或不在您的权限范围内'));
    expect(api.sent('POST', '/plans/p/items')).toEqual([
      {
        parentId: 'a',
        kind: 'measure',
        number: '',
        title: '排查工业企业',
        text: '',
        leadUnitIds: ['lz'],
        coUnitIds: [],
        regionCodes: [],
        deadline: null,
      },
    ]);
    expect(screen.queryByTestId('item-create-error')).toBeNull(); // placed on its field, nothing left over

    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(errorsOf('item-create-title')).toBe('最多 500 个字符'));
    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(errorsOf('item-create-parent')).toBe('上级事项不存在或不在您的权限范围内'));
    fireEvent.click(screen.getByTestId('item-create-submit'));
    await waitFor(() => expect(screen.getByTestId('item-create-error').textContent).toContain('工作方案不存在'));
    expect(api.sent('POST', '/plans/p/items')).toHaveLength(4);
    expect(screen.queryByTestId('item-page-opened')).toBeNull();
  });

  // The session loads first: each waits until it has been asked for, then a moment more.
  it.each([
    ['a reader without workplan:write, on the board', ['workplan:read'], undefined],
    ['a reader without workplan:write, on an item', ['workplan:read'], task],
    ['a writer, on a parent shown only for context', WRITER, { ...task, context: true }],
  ] as const)('offers nothing to %s', async (_, permissions, parent) => {
    const api = fakeApi({ 'GET /auth/me': session([...permissions]) });
    render(parent);
    await waitFor(() => expect(api.fetchMock.mock.calls.some(([u]) => String(u).endsWith('/auth/me'))).toBe(true));
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('item-create')).toBeNull();
    expect(screen.queryByTestId('item-create-child')).toBeNull();
  });
});
