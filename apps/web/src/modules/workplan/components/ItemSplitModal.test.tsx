import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import { anItem } from '../item-fixture.test-helpers';
import { ItemSplitModal } from './ItemSplitModal';
import { fakeApi, field, pick } from './pick.test-helpers';

afterEach(() => vi.unstubAllGlobals());

const item = anItem({ id: 'a', title: '推进南宁、柳州黑臭水体整治', deadline: '2024-12-31' });

describe('ItemSplitModal', () => {
  it('starts with two parts, refuses a bad date and an empty title, then sends each part as filled', async () => {
    const api = fakeApi({
      'POST /items/a/split': (body) => ({
        body: {
          items: (body as { parts: { title: string }[] }).parts.map((p, i) =>
            anItem({ id: i ? `new-${i}` : 'a', ...p }),
          ),
          total: 3,
        },
      }),
    });
    renderWithProviders(<ItemSplitModal item={item} />, { locale: 'zh-CN' });
    fireEvent.click(screen.getByTestId('item-split'));
    await waitFor(() => expect(field('item-split-part-0-title').value).toBe('推进南宁、柳州黑臭水体整治'));
    expect(field('item-split-part-1-title').value).toBe('');
    expect(screen.queryByTestId('item-split-part-0-remove')).toBeNull(); // never fewer than two parts

    fireEvent.click(screen.getByTestId('item-split-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('请填写事项标题'));
    fireEvent.change(field('item-split-part-0-title'), { target: { value: '推进南宁黑臭水体整治' } });
    fireEvent.change(field('item-split-part-1-title'), { target: { value: '推进柳州黑臭水体整治' } });
    fireEvent.change(field('item-split-part-1-deadline'), { target: { value: '2024/9/30' } });
    fireEvent.click(screen.getByTestId('item-split-submit'));
    await waitFor(() => expect(document.body.textContent).toContain('日期格式为 YYYY-MM-DD'));
    expect(api.sent('POST', '/items/a/split')).toEqual([]);

    fireEvent.change(field('item-split-part-1-deadline'), { target: { value: '2024-09-30' } });
    await pick('item-split-part-1-lead-units', '柳州市生态环境局');
    fireEvent.click(screen.getByTestId('item-split-add'));
    fireEvent.change(await waitFor(() => field('item-split-part-2-title')), { target: { value: '总结经验 ' } });
    expect(screen.getByTestId('item-split-part-2-remove')).toBeTruthy();
    fireEvent.click(screen.getByTestId('item-split-submit'));
    await waitFor(() => expect(api.sent('POST', '/items/a/split')).toHaveLength(1));
    expect(api.sent('POST', '/items/a/split')[0]).toEqual({
      parts: [
        { title: '推进南宁黑臭水体整治' },
        { title: '推进柳州黑臭水体整治', deadline: '2024-09-30', leadUnitIds: ['lz'] },
        { title: '总结经验' },
      ],
    });
    await waitFor(() => expect(document.body.textContent).toContain('已拆分为 3 项'));
  });
});
