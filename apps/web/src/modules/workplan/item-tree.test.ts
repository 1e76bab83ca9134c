import { describe, expect, it } from 'vitest';
import { anItem } from './item-fixture.test-helpers';
import { mergeCandidates, moveTargets, TOP_LEVEL, type TargetNode } from './item-tree';

const items = [
  anItem({ id: 'sec', parentId: null, number: '一、', title: '大气', position: 1, context: true }),
  anItem({ id: 'a', parentId: 'sec', title: '甲', position: 2 }),
  anItem({ id: 'b', parentId: 'sec', title: '乙', position: 1 }),
  anItem({ id: 'a1', parentId: 'a', title: '甲的措施', position: 1 }),
  anItem({ id: 'x', parentId: 'hidden', title: '上级不可见', position: 1 }),
];

const shape = (nodes: TargetNode[]): unknown[] =>
  nodes.map((n) => [n.value, n.title, Boolean(n.disabled), ...(n.children.length ? [shape(n.children)] : [])]);

describe('moveTargets', () => {
  it('offers the top level, then the tree in order without the moved branch; context parents cannot be picked', () => {
    expect(shape(moveTargets(items, 'a', '顶层'))).toEqual([
      [TOP_LEVEL, '顶层', false],
      ['sec', '一、大气', true, [['b', '乙', false]]],
      ['x', '上级不可见', false],
    ]);
    expect(shape(moveTargets(items, 'x', '顶层'))[1]).toEqual([
      'sec',
      '一、大气',
      true,
      [
        ['b', '乙', false],
        ['a', '甲', false, [['a1', '甲的措施', false]]],
      ],
    ]);
  });
});

describe('mergeCandidates', () => {
  it('lists the siblings in reach of the same plan, itself excluded', () => {
    const others = [
      ...items,
      anItem({ id: 'c', parentId: 'sec', planId: 'other', title: '别的要点' }),
      anItem({ id: 'd', parentId: 'sec', title: '不在范围内', context: true }),
    ];
    expect(mergeCandidates(others, items[1]!).map((i) => i.id)).toEqual(['b']);
    expect(mergeCandidates(others, items[2]!).map((i) => i.id)).toEqual(['a']);
  });
});
