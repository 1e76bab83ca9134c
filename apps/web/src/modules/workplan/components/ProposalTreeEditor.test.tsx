import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-utils';
import type { ProposedItem } from '../types';
import { ProposalTreeEditor } from './ProposalTreeEditor';

const proposal: ProposedItem[] = [
  {
    level: 1,
    kind: 'section',
    number: '一、',
    title: '大气治理',
    text: '',
    tags: ['air'],
    regions: [],
    units: [],
    deadline: null,
    indicators: [],
    children: [
      {
        level: 2,
        kind: 'task',
        number: '（一）',
        title: '推进南宁市工业源治理',
        text: '',
        tags: ['air'],
        regions: ['450100'],
        units: [],
        deadline: null,
        indicators: [],
        children: [
          {
            level: 3,
            kind: 'measure',
            number: '',
            title: '完成率达到90%以上',
            text: '',
            tags: ['air'],
            regions: [],
            units: [],
            deadline: '2026-06-30',
            indicators: [
              {
                name: '工业企业深度治理完成率',
                unit: '%',
                direction: 'at_least',
                target: 90,
                deadline: '2026-06-30',
                sentence: 's',
              },
            ],
            children: [],
          },
          {
            level: 3,
            kind: 'measure',
            number: '',
            title: '多余的一句',
            text: '',
            tags: [],
            regions: [],
            units: [],
            deadline: null,
            indicators: [],
            children: [],
          },
        ],
      },
    ],
  },
];

/** The editor is controlled; this host keeps the tree and reports every change. */
function Host({ onChange }: { onChange: (items: ProposedItem[]) => void }) {
  const [items, setItems] = useState(proposal);
  return (
    <ProposalTreeEditor
      items={items}
      year={2026}
      onChange={(next) => {
        setItems(next);
        onChange(next);
      }}
    />
  );
}

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' ? el : el.querySelector('input')!;
};

describe('ProposalTreeEditor', () => {
  it('produces the edited JSON: renamed, renumbered, relevelled, unit set, indicator edited, branch deleted', () => {
    const onChange = vi.fn();
    renderWithProviders(<Host onChange={onChange} />, { locale: 'zh-CN' });

    fireEvent.change(input('proposal-title-0-0'), { target: { value: '推进工业源深度治理' } });
    fireEvent.change(input('proposal-number-0-0'), { target: { value: '（二）' } });
    fireEvent.change(input('proposal-units-0-0'), { target: { value: '南宁市生态环境局、' } });
    fireEvent.blur(input('proposal-units-0-0'));
    fireEvent.change(input('proposal-level-0-0-0'), { target: { value: '4' } });
    fireEvent.blur(input('proposal-level-0-0-0'));
    fireEvent.change(input('proposal-ind-target-0-0-0-0'), { target: { value: '95' } });
    fireEvent.blur(input('proposal-ind-target-0-0-0-0'));
    fireEvent.change(input('proposal-ind-name-0-0-0-0'), { target: { value: '深度治理完成率' } });
    fireEvent.click(screen.getByTestId('proposal-delete-0-0-1'));

    const last = onChange.mock.calls.at(-1)![0] as ProposedItem[];
    const task = last[0]!.children[0]!;
    expect(task).toMatchObject({
      title: '推进工业源深度治理',
      number: '（二）',
      units: ['南宁市生态环境局'],
      regions: ['450100'],
    });
    expect(task.children).toHaveLength(1);
    expect(task.children[0]).toMatchObject({ level: 4, title: '完成率达到90%以上', deadline: '2026-06-30' });
    expect(task.children[0]!.indicators).toEqual([
      { name: '深度治理完成率', unit: '%', direction: 'at_least', target: 95, deadline: '2026-06-30', sentence: 's' },
    ]);
    expect(last[0]).toMatchObject({ title: '大气治理', number: '一、', level: 1 });
    expect(screen.queryByTestId('proposal-node-0-0-1')).toBeNull();
  });

  it('adds a blank indicator due at the end of the plan year and deletes the whole tree branch by branch', () => {
    const onChange = vi.fn();
    renderWithProviders(<Host onChange={onChange} />, { locale: 'en' });
    fireEvent.click(screen.getByTestId('proposal-ind-add-0-0'));
    expect((onChange.mock.calls.at(-1)![0] as ProposedItem[])[0]!.children[0]!.indicators).toEqual([
      {
        name: '',
        unit: '',
        direction: 'at_least',
        target: 0,
        deadline: '2026-12-31',
        deadlineSource: 'default',
        sentence: '',
      },
    ]);
    fireEvent.click(screen.getByTestId('proposal-delete-0'));
    expect(onChange.mock.calls.at(-1)![0]).toEqual([]);
    expect(screen.queryAllByTestId(/^proposal-node-/)).toHaveLength(0);
  });
});

describe('ProposalTreeEditor on a large plan', () => {
  const measure = (i: number): ProposedItem => ({
    ...proposal[0]!.children[0]!.children[1]!,
    title: `措施${i}`,
    deadline: '2024-12-31',
    deadlineSource: 'default',
  });
  const big: ProposedItem[] = [
    {
      ...proposal[0]!,
      children: Array.from({ length: 6 }, (_, s) => ({
        ...proposal[0]!.children[0]!,
        title: `任务${s}`,
        deadline: s === 0 ? '2024-06-05' : '2024-12-31',
        deadlineSource: s === 0 ? 'text' : 'default',
        children: Array.from({ length: 8 }, (_, m) => measure(m)),
      })),
    },
  ];

  it('opens folded by section, unfolds one on a click, and marks default deadlines', () => {
    renderWithProviders(<ProposalTreeEditor items={big} year={2024} onChange={() => {}} />, { locale: 'zh-CN' });
    expect(screen.getByTestId('proposal-node-0-0')).toBeTruthy();
    expect(screen.queryByTestId('proposal-node-0-0-0')).toBeNull(); // 55 items: sections start folded
    expect(screen.getByTestId('proposal-folded-0-0').textContent).toBe('8 个事项，0 个指标，0 个文中时限');
    expect(screen.getByTestId('proposal-deadline-source-0-0').textContent).toBe('文中时限');
    expect(screen.getByTestId('proposal-deadline-source-0-1').textContent).toBe('默认：年底');
    fireEvent.click(screen.getByTestId('proposal-fold-0-0'));
    expect(screen.getByTestId('proposal-node-0-0-7')).toBeTruthy();
    expect(screen.queryByTestId('proposal-node-0-1-0')).toBeNull();
    fireEvent.click(screen.getByTestId('proposal-expand-all'));
    expect(screen.getByTestId('proposal-node-0-5-7')).toBeTruthy();
    fireEvent.click(screen.getByTestId('proposal-collapse-all'));
    expect(screen.queryByTestId('proposal-node-0-0')).toBeNull();
  });
});
