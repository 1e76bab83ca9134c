import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { anItem } from '../item-fixture.test-helpers';
import { ItemMoveModal } from './ItemMoveModal';
import { fakeApi, pick } from './pick.test-helpers';

afterEach(() => vi.unstubAllGlobals());

const item = anItem({ id: 'a', parentId: 'sec', title: '甲' });
const planItems = [
  anItem({ id: 'sec', parentId: null, number: '一、', title: '大气' }),
  item,
  anItem({ id: 'a1', parentId: 'a', title: '甲的措施' }),
  anItem({ id: 'sec2', parentId: null, number: '二、', title: '水', position: 2 }),
];

describe('ItemMoveModal', () => {
  it('offers the plan without the moved branch, then sends the parent picked (or null for the top level)', async () => {
    const api = fakeApi({
      'GET /plans/p/items': { body: { items: planItems, total: planItems.length } },
      'POST /items/a/move': { body: item },
    });
    renderWithProviders(<ItemMoveModal item={item} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-move'));
    const submit = await screen.findByTestId('item-move-submit');
    expect((submit as HTMLButtonElement).disabled).toBe(true); // nothing picked yet

    fireEvent.mouseDown(screen.getByTestId('item-move-parent').querySelector('.ant-select-content')!);
    await screen.findAllByText('二、水', { selector: '.ant-select-tree-title' });
    expect(screen.queryAllByText('甲的措施', { selector: '.ant-select-tree-title' })).toEqual([]); // its own branch
    await pick('item-move-parent', '二、水');
    await waitFor(() => expect((screen.getByTestId('item-move-submit') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('item-move-submit'));
    await waitFor(() => expect(api.sent('POST', '/items/a/move')).toEqual([{ parentId: 'sec2' }]));

    fireEvent.click(screen.getByTestId('item-move'));
    await pick('item-move-parent', '顶层');
    fireEvent.click(await screen.findByTestId('item-move-submit'));
    await waitFor(() => expect(api.sent('POST', '/items/a/move')).toEqual([{ parentId: 'sec2' }, { parentId: null }]));
  });
});
