import type { InspectionObject } from '@ecocloud/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { json, meFixture } from '../../compliance/testing/fixtures';
import { InspectionLibraryPage } from './InspectionLibraryPage';

afterEach(() => vi.unstubAllGlobals());

const object = (overrides: Partial<InspectionObject>): InspectionObject => ({
  enterpriseId: 'e1',
  name: '南宁示范热电有限公司',
  uscc: '91450100MA5K000001',
  regionCode: '450103',
  library: 'key',
  reasons: [{ code: 'key_permit', text: '排污许可重点管理', source: 'register' }],
  manualLibrary: null,
  manualReasons: [],
  positiveList: false,
  updatedAt: null,
  ...overrides,
});

const OBJECTS = {
  items: [
    object({}),
    object({
      enterpriseId: 'e2',
      name: '南宁示范污水处理厂',
      library: 'special',
      reasons: [{ code: 'bad_credit', text: '环境信用评价为不良（失信）等级', source: 'manual' }],
      manualReasons: ['bad_credit'],
      positiveList: true,
    }),
    object({ enterpriseId: 'e3', name: '兴宁邕岚造纸有限公司', library: 'general', reasons: [] }),
  ],
  counts: { key: 1, special: 1, general: 1 },
  notes: ['三次以上经查实的投诉暂无数据来源，需人工设置'],
};

const INSPECTORS = {
  items: [
    {
      userId: 'u2',
      username: 'zhang',
      displayName: '张三',
      orgId: 'org-nn',
      orgName: '南宁市生态环境局',
      active: true,
      recusals: [{ enterpriseId: 'e1', name: '南宁示范热电有限公司' }],
    },
  ],
};

function serve(permissions: string[]) {
  const puts: { path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://test');
      if (url.pathname === '/api/v1/auth/me') return json(meFixture(permissions));
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        puts.push({ path: url.pathname, body });
        return json({ ...OBJECTS.items[0], ...body });
      }
      if (url.pathname === '/api/v1/enforcement/inspection-objects') return json(OBJECTS);
      if (url.pathname === '/api/v1/enforcement/inspectors') return json(INSPECTORS);
      return json({ error: { code: 'NOT_FOUND', message: input } }, 404);
    }),
  );
  renderWithProviders(<InspectionLibraryPage />, { locale: 'zh-CN', path: '/app/enforcement/inspection-library' });
  return puts;
}

describe('InspectionLibraryPage (检查对象名录)', () => {
  it('shows each unit in its library with the reasons and counts, in Chinese, and the notes', async () => {
    serve(['enforcement:read']);
    expect((await screen.findByTestId('object-library-e1')).textContent).toBe('重点排污单位');
    expect(screen.getByTestId('object-library-e2').textContent).toBe('特殊监管对象');
    expect(screen.getByTestId('object-library-e3').textContent).toBe('一般排污单位');
    const rows = screen.getByTestId('objects-table').querySelectorAll('tbody tr.ant-table-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('排污许可重点管理');
    expect(rows[1]!.textContent).toContain('环境信用评价为不良（失信）等级');
    expect(rows[2]!.textContent).toContain('—');
    expect(screen.getByTestId('object-counts').textContent).toBe('重点排污单位 1 家特殊监管对象 1 家一般排污单位 1 家');
    expect(screen.getByText('三次以上经查实的投诉暂无数据来源，需人工设置')).toBeTruthy();
    // Reading only: the positive-list switches are off limits, no edit buttons.
    expect(screen.getByTestId('object-positive-e2').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('object-positive-e1').hasAttribute('disabled')).toBe(true);
    expect(screen.queryByTestId('object-edit-e1')).toBeNull();
  });

  it('a planner puts a unit on the positive list, keeping its manual reasons', async () => {
    const puts = serve(['enforcement:read', 'enforcement:plan']);
    await screen.findByTestId('object-edit-e2');
    fireEvent.click(screen.getByTestId('object-positive-e1'));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({
      path: '/api/v1/enforcement/inspection-objects/e1',
      body: { reasons: [], positiveList: true },
    });
    fireEvent.click(screen.getByTestId('object-positive-e2'));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]!.body).toEqual({ reasons: ['bad_credit'], positiveList: false });
  });

  it('lists the inspectors with their recusals on the second tab', async () => {
    const puts = serve(['enforcement:read', 'enforcement:plan']);
    fireEvent.click(await screen.findByText('执法检查人员库'));
    const table = await screen.findByTestId('inspectors-table');
    await waitFor(() => expect(table.textContent).toContain('张三'));
    expect(table.textContent).toContain('南宁市生态环境局');
    expect(table.textContent).toContain('南宁示范热电有限公司');
    fireEvent.click(screen.getByTestId('inspector-active-u2'));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toEqual({ path: '/api/v1/enforcement/inspectors/u2', body: { active: false, recusals: ['e1'] } });
  });
});
