import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { anItem } from '../item-fixture.test-helpers';
import { ItemMergeModal } from './ItemMergeModal';
import { fakeApi, pick } from './pick.test-helpers';

afterEach(() => vi.unstubAllGlobals());

const item = anItem({ id: 'a', parentId: 'sec', title: '南宁扬尘治理' });
const planItems = [
  anItem({ id: 'sec', parentId: null, title: '大气' }),
  item,
  anItem({ id: 'b', parentId: 'sec', title: '柳州扬尘治理', position: 2 }),
  anItem({ id: 'c', parentId: 'sec', title: '扬尘通报', position: 3 }),
  anItem({ id: 'b1', parentId: 'b', title: '道路保洁' }),
];

describe('ItemMergeModal', () => {
  it('offers only the siblings, sends the ones picked, and words a refusal from its code', async () => {
    let refuse = true;
    const api = fakeApi({
      'GET /plans/p/items': { body: { items: planItems, total: planItems.length } },
      'POST /items/a/merge': () =>
        refuse
          ? {
              status: 409,
              body: { error: { code: 'ITEM_MERGE_NOT_SIBLINGS', message: 'not siblings', requestId: 'r' } },
            }
          : { body: item },
    });
    renderWithProviders(<ItemMergeModal item={item} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-merge'));
    const submit = (await screen.findByTestId('item-merge-submit')) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    await pick('item-merge-others', '柳州扬尘治理');
    const shown = [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    expect(shown).toEqual(['柳州扬尘治理', '扬尘通报']); // not itself, its parent or a nephew
    await pick('item-merge-others', '扬尘通报');
    await waitFor(() => expect((screen.getByTestId('item-merge-submit') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('item-merge-submit'));
    expect(await screen.findByTestId('item-merge-error')).toBeTruthy();
    expect(screen.getByTestId('item-merge-error').textContent).toContain('只能合并同一工作要点中同一上级下的事项');

    refuse = false;
    fireEvent.click(screen.getByTestId('item-merge-submit'));
    await waitFor(() => expect(api.sent('POST', '/items/a/merge')).toHaveLength(2));
    expect(api.sent('POST', '/items/a/merge')[1]).toEqual({ otherIds: ['b', 'c'] });
    await waitFor(() => expect(document.body.textContent).toContain('已合并 2 项'));
  });
});
